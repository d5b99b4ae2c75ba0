//! Claim extraction: cues, their sources and contents.
//!
//! First version: "said" with the preceding capitalised word as source and the rest of
//! the sentence as content. The cue lexicons and patterns come in later stages.

use crate::document::Document;
use crate::model::{Claim, ClaimKind, Mention, Span};

pub fn extract(doc: &Document, _mentions: &[Mention]) -> Vec<Claim> {
    let mut claims = Vec::new();
    for s in &doc.sentences {
        for i in s.tokens.clone() {
            if doc.word(i) != "said" || i + 1 >= s.tokens.end || i == s.tokens.start {
                continue;
            }
            let source = doc.tokens[i - 1].span;
            let last = if doc.word(s.tokens.end - 1) == "." {
                s.tokens.end - 1
            } else {
                s.tokens.end
            };
            if last <= i + 1 {
                continue;
            }
            let content = doc.span_of(i + 1, last);
            claims.push(Claim {
                kind: ClaimKind::Attributed,
                cue: doc.tokens[i].span,
                source: Some(source),
                source_entity: None,
                content,
                direct: false,
            });
        }
    }
    claims.sort_by_key(|c| (c.cue.start, c.cue.end));
    let _ = Span::default();
    claims
}
