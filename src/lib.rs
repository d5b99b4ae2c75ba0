//! Article Annotator: finds who and what a news text names, and who claims what.
//!
//! The pipeline, one module a stage:
//! `tokens` and `sentences` (in `document`) -> `entities` (recognition, then `aliases`
//! grouping mentions into entities) -> `claims` -> `output` (offsets converted to the
//! caller's unit). `jsonl` reads and writes the gold format, `scoring` compares with it.
//! The CLI (`src/bin/annotate.rs`) and the wasm binding (`wasm`) are thin shells.

pub mod aliases;
pub mod bytes;
pub mod claims;
pub mod document;
pub mod entities;
pub mod jsonl;
pub mod lexicon;
pub mod model;
pub mod order;
pub mod output;
pub mod scoring;
pub mod sentences;
pub mod text;
pub mod tokens;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use document::Document;
pub use model::{Annotations, Claim, ClaimKind, Entity, Label, Mention, Span};

/// Annotates `text`: sentences, entity mentions grouped into entities, and claims.
pub fn annotate(text: &str) -> Annotations {
    let doc = Document::parse(text);
    let found = entities::recognize(&doc);
    let (mentions, entities) = aliases::group(text, found);
    let claims = claims::extract(&doc, &mentions);
    Annotations {
        sentences: doc.sentences.iter().map(|s| s.span).collect(),
        mentions,
        entities,
        claims,
    }
}
