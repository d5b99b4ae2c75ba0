//! Entity recognition: finds mention spans and their OntoNotes labels.
//!
//! - `numeric`: dates, times and amounts, found first; their tokens are not names.
//! - `names`: capitalised runs labelled from the gazetteers, head words, titles,
//!   naming cues and the rest of the document.
//! - `spans`: one sorted, non-overlapping list, and rules between neighbours.
//! - `teams`: in a match report, the places that play are teams (ORG).
//! - `gazetteer` and `lists`: the word lists, compiled in and loaded once.

pub mod gazetteer;
pub mod lists;
pub mod names;
pub mod numeric;
pub mod spans;
pub mod teams;

use crate::document::Document;
use crate::model::{Label, Span};

/// A mention before grouping: where it is and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub span: Span,
    pub label: Label,
}

/// The entity mentions of `doc`: sorted, non-overlapping, on token boundaries.
pub fn recognize(doc: &Document) -> Vec<Found> {
    let numeric = numeric::find(doc);
    let names = names::find(doc, &numeric);
    let mut all = numeric;
    all.extend(names);
    let mut found = spans::finish(doc, all);
    teams::relabel(doc, &mut found);
    found
}
