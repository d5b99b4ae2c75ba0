//! Output: annotations with offsets in the caller's unit and the text of each span.
//!
//! `view` serves JavaScript (UTF-16) and the CLI's JSON (scalar values); `to_gold`
//! writes the scheme's JSONL form so that any corpus can be scored.

use crate::jsonl::{GoldArticle, GoldClaim, GoldEntity, GoldSpan};
use crate::model::{Annotations, ClaimKind, Label, Span};
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

pub fn view(text: &str, ann: &Annotations, unit: Unit) -> DocumentView {
    let map = OffsetMap::new(text, unit);
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
                name: e.name.text(text).to_string(),
                mentions: e.mentions,
            })
            .collect(),
    }
}

/// "No value" in a [`FlatView`] array: a claim without a source, or a source with no entity.
pub const NONE: u32 = u32::MAX;

/// The annotations as flat arrays of numbers, for JavaScript's typed arrays (`annotateFlat`):
/// the same content as [`view`] without one object or string per span. Span texts are not
/// repeated (they are slices of the caller's text); labels and kinds are indices into
/// [`Label::ALL`] and [`ClaimKind::ALL`]; group names are concatenated into `names`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FlatView {
    /// Per sentence: start, end.
    pub sentences: Vec<u32>,
    /// Per mention: start, end, label, entity.
    pub entities: Vec<u32>,
    /// Per claim: kind, cue start, cue end, source start, source end, source entity, content
    /// start, content end, direct (0 or 1). No source: start, end and entity are [`NONE`].
    pub claims: Vec<u32>,
    /// Per entity (its id is its position): label, mentions, name start, name end (offsets into
    /// `names`, in the same unit as the spans).
    pub groups: Vec<u32>,
    pub names: String,
}

impl FlatView {
    pub const SENTENCE: usize = 2;
    pub const ENTITY: usize = 4;
    pub const CLAIM: usize = 9;
    pub const GROUP: usize = 4;
    /// Numbers before the arrays in [`FlatView::packed`].
    pub const PACKED_HEADER: usize = 5;

    /// All of it in one array, for the wasm boundary: one copy out of wasm memory where five
    /// arrays and a string cost a JS allocation each (9% of a call on the dev articles). First
    /// the lengths of `sentences`, `entities`, `claims`, `groups` and of `names` in UTF-8 bytes,
    /// then those four arrays, then the names' bytes four to a number (little-endian, the last
    /// one padded with zeros). `www/module.js` takes it apart again.
    pub fn packed(&self) -> Vec<u32> {
        let names = self.names.as_bytes();
        let arrays = [&self.sentences, &self.entities, &self.claims, &self.groups];
        let mut out = Vec::with_capacity(
            Self::PACKED_HEADER + arrays.iter().map(|a| a.len()).sum::<usize>() + names.len().div_ceil(4),
        );
        out.extend(arrays.iter().map(|a| a.len() as u32));
        out.push(names.len() as u32);
        for a in arrays {
            out.extend_from_slice(a);
        }
        out.extend(names.chunks(4).map(|chunk| {
            let mut word = [0u8; 4];
            word[..chunk.len()].copy_from_slice(chunk);
            u32::from_le_bytes(word)
        }));
        out
    }
}

fn label_index(label: Label) -> u32 {
    Label::ALL
        .iter()
        .position(|&l| l == label)
        .expect("a label of Label::ALL") as u32
}

fn kind_index(kind: ClaimKind) -> u32 {
    ClaimKind::ALL
        .iter()
        .position(|&k| k == kind)
        .expect("a kind of ClaimKind::ALL") as u32
}

fn length_in(s: &str, unit: Unit) -> usize {
    // Most names are ASCII: a byte a unit, whatever the unit.
    if s.is_ascii() {
        return s.len();
    }
    match unit {
        Unit::Byte => s.len(),
        Unit::Utf16 => s.encode_utf16().count(),
        Unit::Scalar => s.chars().count(),
    }
}

/// The annotations as a [`FlatView`], offsets in `unit`: what [`view`] gives, number for number.
pub fn flat(text: &str, ann: &Annotations, unit: Unit) -> FlatView {
    let map = OffsetMap::new(text, unit);
    let at = |byte: usize| map.get(byte) as u32;
    let mut out = FlatView {
        sentences: Vec::with_capacity(ann.sentences.len() * FlatView::SENTENCE),
        entities: Vec::with_capacity(ann.mentions.len() * FlatView::ENTITY),
        claims: Vec::with_capacity(ann.claims.len() * FlatView::CLAIM),
        groups: Vec::with_capacity(ann.entities.len() * FlatView::GROUP),
        // At its length: pushed to name by name, it was regrown several times a call.
        names: String::with_capacity(ann.entities.iter().map(|e| e.name.len()).sum()),
    };
    for s in &ann.sentences {
        out.sentences.extend([at(s.start), at(s.end)]);
    }
    for m in &ann.mentions {
        out.entities.extend([
            at(m.span.start),
            at(m.span.end),
            label_index(m.label),
            m.entity as u32,
        ]);
    }
    for c in &ann.claims {
        let (source_start, source_end) =
            c.source.map_or((NONE, NONE), |s| (at(s.start), at(s.end)));
        out.claims.extend([
            kind_index(c.kind),
            at(c.cue.start),
            at(c.cue.end),
            source_start,
            source_end,
            c.source_entity.map_or(NONE, |e| e as u32),
            at(c.content.start),
            at(c.content.end),
            c.direct as u32,
        ]);
    }
    let mut name_at = 0;
    for e in &ann.entities {
        let name = e.name.text(text);
        let len = length_in(name, unit);
        out.groups.extend([
            label_index(e.label),
            e.mentions as u32,
            name_at as u32,
            (name_at + len) as u32,
        ]);
        out.names.push_str(name);
        name_at += len;
    }
    out
}

/// The annotations in the gold JSONL form (scalar-value offsets), for scoring.
pub fn to_gold(id: &str, text: &str, ann: &Annotations) -> GoldArticle {
    let map = OffsetMap::new(text, Unit::Scalar);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `flat` gives what `view` gives, number for number, in every unit.
    #[test]
    fn flat_agrees_with_view() {
        let text = "“Émilie” 👍🏽 東京 said in 2016 that the plan failed. Police said the minister \
                    was allegedly paid by Acme Corp in Tokyo, and Acme denied it.";
        let ann = crate::annotate(text);
        assert!(!ann.mentions.is_empty() && !ann.claims.is_empty());
        for unit in [Unit::Utf16, Unit::Scalar, Unit::Byte] {
            let (v, f) = (view(text, &ann, unit), flat(text, &ann, unit));
            let sentences: Vec<u32> = v
                .sentences
                .iter()
                .flat_map(|s| [s.start as u32, s.end as u32])
                .collect();
            assert_eq!(f.sentences, sentences);
            let entities: Vec<u32> = v
                .entities
                .iter()
                .flat_map(|m| {
                    let label = Label::parse(m.label).unwrap();
                    [
                        m.start as u32,
                        m.end as u32,
                        label_index(label),
                        m.entity as u32,
                    ]
                })
                .collect();
            assert_eq!(f.entities, entities);
            let span = |s: &Option<SpanView>| {
                s.as_ref()
                    .map_or([NONE, NONE], |s| [s.start as u32, s.end as u32])
            };
            let claims: Vec<u32> = v
                .claims
                .iter()
                .flat_map(|c| {
                    let [ss, se] = span(&c.source);
                    [
                        kind_index(ClaimKind::parse(c.kind).unwrap()),
                        c.cue.start as u32,
                        c.cue.end as u32,
                        ss,
                        se,
                        c.source_entity.map_or(NONE, |e| e as u32),
                        c.content.start as u32,
                        c.content.end as u32,
                        c.direct as u32,
                    ]
                })
                .collect();
            assert_eq!(f.claims, claims);
            assert_eq!(f.groups.len(), v.groups.len() * FlatView::GROUP);
            for (g, nums) in v.groups.iter().zip(f.groups.chunks(FlatView::GROUP)) {
                assert_eq!(nums[0], label_index(Label::parse(g.label).unwrap()));
                assert_eq!(nums[1] as usize, g.mentions);
                let name: String = match unit {
                    Unit::Byte => f.names[nums[2] as usize..nums[3] as usize].to_string(),
                    Unit::Scalar => f
                        .names
                        .chars()
                        .skip(nums[2] as usize)
                        .take((nums[3] - nums[2]) as usize)
                        .collect(),
                    Unit::Utf16 => {
                        let units: Vec<u16> = f.names.encode_utf16().collect();
                        String::from_utf16(&units[nums[2] as usize..nums[3] as usize]).unwrap()
                    }
                };
                assert_eq!(name, g.name);
            }
        }
    }

    /// `packed` holds the four arrays and the names, in that order, after their lengths; the
    /// names' bytes (here 1 to 4 bytes short of a multiple of four, and non-ASCII) come back whole.
    #[test]
    fn packed_holds_every_array_and_the_names() {
        for text in ["Acme Corp hired Émilie Dubois.", "Police said Ana Ruiz of Acme Corp met 東京電力.", ""] {
            let f = flat(text, &crate::annotate(text), Unit::Utf16);
            assert_eq!(f.names.is_empty(), text.is_empty());
            let p = f.packed();
            let (header, mut rest) = p.split_at(FlatView::PACKED_HEADER);
            for (array, &len) in [&f.sentences, &f.entities, &f.claims, &f.groups].into_iter().zip(header) {
                let (head, tail) = rest.split_at(len as usize);
                assert_eq!(head, &array[..]);
                rest = tail;
            }
            let bytes: Vec<u8> = rest.iter().flat_map(|w| w.to_le_bytes()).collect();
            assert_eq!(rest.len(), f.names.len().div_ceil(4));
            assert_eq!(&bytes[..header[4] as usize], f.names.as_bytes());
            assert!(bytes[header[4] as usize..].iter().all(|&b| b == 0));
        }
    }
}
