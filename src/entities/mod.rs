//! Entity recognition: finds mention spans and their OntoNotes labels.
//!
//! First version: capitalised runs that are not sentence-initial function words, and
//! four-digit years. Gazetteers, context rules and amounts come in later stages.

use crate::document::Document;
use crate::model::{Label, Span};
use crate::tokens::TokenKind;

/// A mention before grouping: where it is and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub span: Span,
    pub label: Label,
}

pub fn recognize(doc: &Document) -> Vec<Found> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        let t = &doc.tokens[i];
        let w = doc.word(i);
        if t.kind == TokenKind::Number
            && w.len() == 4
            && w.starts_with(['1', '2'])
            && w.bytes().all(|b| b.is_ascii_digit())
        {
            found.push(Found {
                span: t.span,
                label: Label::Date,
            });
        }
        i += 1;
    }
    found
}
