//! Output: annotations with offsets in the caller's unit and the text of each span.
//!
//! `view` serves JavaScript (UTF-16) and the CLI's JSON (scalar values); `to_gold`
//! writes the scheme's JSONL form so that any corpus can be scored.

use crate::jsonl::{GoldArticle, GoldClaim, GoldEntity, GoldSpan};
use crate::model::{Annotations, Span};
use crate::text::{OffsetMap, Unit};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SpanView {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SentenceView {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MentionView {
    pub start: usize,
    pub end: usize,
    pub label: &'static str,
    pub text: String,
    /// Id of the entity this mention names (index into `groups`).
    pub entity: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClaimView {
    pub kind: &'static str,
    pub cue: SpanView,
    pub source: Option<SpanView>,
    /// Id of the entity the source refers to, when known.
    #[serde(rename = "sourceEntity")]
    pub source_entity: Option<usize>,
    pub content: SpanView,
    pub direct: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntityView {
    pub id: usize,
    pub label: &'static str,
    pub name: String,
    pub mentions: usize,
}

/// What `annotate` returns to JavaScript and what the CLI prints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentView {
    /// The unit every offset counts in: "utf16", "scalar" or "byte".
    pub offsets: &'static str,
    pub sentences: Vec<SentenceView>,
    pub entities: Vec<MentionView>,
    pub claims: Vec<ClaimView>,
    /// Distinct entities, each with its id and number of mentions.
    pub groups: Vec<EntityView>,
}

fn all_offsets(ann: &Annotations) -> impl Iterator<Item = usize> + '_ {
    let spans = ann
        .sentences
        .iter()
        .copied()
        .chain(ann.mentions.iter().map(|m| m.span))
        .chain(ann.claims.iter().flat_map(|c| {
            [Some(c.cue), c.source, Some(c.content)]
                .into_iter()
                .flatten()
        }));
    spans.flat_map(|s| [s.start, s.end])
}

fn offset_map(text: &str, ann: &Annotations, unit: Unit) -> OffsetMap {
    OffsetMap::new(text, unit, all_offsets(ann))
}

pub fn view(text: &str, ann: &Annotations, unit: Unit) -> DocumentView {
    let map = offset_map(text, ann, unit);
    let span = |s: Span| SpanView {
        start: map.get(s.start),
        end: map.get(s.end),
        text: s.text(text).to_string(),
    };
    DocumentView {
        offsets: match unit {
            Unit::Utf16 => "utf16",
            Unit::Scalar => "scalar",
            Unit::Byte => "byte",
        },
        sentences: ann
            .sentences
            .iter()
            .map(|s| SentenceView {
                start: map.get(s.start),
                end: map.get(s.end),
            })
            .collect(),
        entities: ann
            .mentions
            .iter()
            .map(|m| MentionView {
                start: map.get(m.span.start),
                end: map.get(m.span.end),
                label: m.label.as_str(),
                text: m.span.text(text).to_string(),
                entity: m.entity,
            })
            .collect(),
        claims: ann
            .claims
            .iter()
            .map(|c| ClaimView {
                kind: c.kind.as_str(),
                cue: span(c.cue),
                source: c.source.map(span),
                source_entity: c.source_entity,
                content: span(c.content),
                direct: c.direct,
            })
            .collect(),
        groups: ann
            .entities
            .iter()
            .enumerate()
            .map(|(id, e)| EntityView {
                id,
                label: e.label.as_str(),
                name: e.name.clone(),
                mentions: e.mentions.len(),
            })
            .collect(),
    }
}

/// The annotations in the gold JSONL form (scalar-value offsets), for scoring.
pub fn to_gold(id: &str, text: &str, ann: &Annotations) -> GoldArticle {
    let map = offset_map(text, ann, Unit::Scalar);
    let span = |s: Span| GoldSpan {
        start: map.get(s.start),
        end: map.get(s.end),
        text: s.text(text).to_string(),
    };
    GoldArticle {
        id: id.to_string(),
        origin: None,
        license: None,
        layers: vec!["entities".into(), "claims".into()],
        entity_labels: None,
        text: text.to_string(),
        entities: ann
            .mentions
            .iter()
            .map(|m| GoldEntity {
                start: map.get(m.span.start),
                end: map.get(m.span.end),
                label: m.label.as_str().to_string(),
                text: m.span.text(text).to_string(),
            })
            .collect(),
        claims: ann
            .claims
            .iter()
            .map(|c| GoldClaim {
                kind: c.kind.as_str().to_string(),
                cue: span(c.cue),
                source: c.source.map(span),
                content: span(c.content),
                direct: c.direct,
            })
            .collect(),
    }
}
