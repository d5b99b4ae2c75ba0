//! The invariants every annotation must keep, whatever the input: shared by
//! `tests/properties.rs`, `tests/hostile.rs`, `tests/regressions.rs` and the fuzz
//! targets (which include this file by path).
//!
//! Each check panics with a message naming the broken invariant and the span.
#![allow(dead_code)]

use article_annotator::model::{Annotations, Span};
use article_annotator::output::{view, DocumentView};
use article_annotator::text::Unit;

/// Beyond this many code units compared by slicing, `check_view` only compares offsets
/// against an independently built table (still exact, but linear in the span count).
const SLICE_BUDGET: usize = 32 << 20;

/// Annotates `text` twice, checks every invariant on the result and on its views in
/// both units, and returns it.
pub fn check(text: &str) -> Annotations {
    let ann = check_once(text);
    let again = article_annotator::annotate(text);
    assert!(
        again == ann,
        "annotating the same text twice gave different results"
    );
    ann
}

/// `check` without the second run (the fuzz target's choice: twice the executions).
pub fn check_once(text: &str) -> Annotations {
    let ann = article_annotator::annotate(text);
    check_annotations(text, &ann);
    check_view(text, &ann, Unit::Utf16);
    check_view(text, &ann, Unit::Scalar);
    ann
}

fn check_span(text: &str, what: &str, s: Span) {
    assert!(
        s.start < s.end,
        "{what} {}..{} is empty or reversed",
        s.start,
        s.end
    );
    assert!(
        s.end <= text.len(),
        "{what} {}..{} ends past the text ({} bytes)",
        s.start,
        s.end,
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} {}..{} is not on char boundaries",
        s.start,
        s.end
    );
}

/// Characters the tokenizer skips: the only ones allowed outside every sentence.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x2069 | 0xFEFF)
}

/// The structural invariants on byte offsets.
pub fn check_annotations(text: &str, ann: &Annotations) {
    // Sentences: valid, sorted, non-overlapping, and nothing but separators between them.
    let mut prev_end = 0;
    for (i, &s) in ann.sentences.iter().enumerate() {
        check_span(text, &format!("sentence {i}"), s);
        assert!(
            s.start >= prev_end,
            "sentence {i} {}..{} overlaps or precedes the previous one (ending at {prev_end})",
            s.start,
            s.end
        );
        if let Some(c) = text[prev_end..s.start].chars().find(|&c| !is_separator(c)) {
            panic!(
                "{c:?} before sentence {i} (at {}) is in no sentence",
                s.start
            );
        }
        prev_end = s.end;
    }
    if let Some(c) = text[prev_end..].chars().find(|&c| !is_separator(c)) {
        panic!("{c:?} after the last sentence (from {prev_end}) is in no sentence");
    }

    // Mentions: valid, sorted, non-overlapping, pointing at an entity that counts them and is named
    // after one of them.
    let mut prev_end = 0;
    for (i, m) in ann.mentions.iter().enumerate() {
        check_span(text, &format!("mention {i}"), m.span);
        assert!(
            m.span.start >= prev_end,
            "mention {i} {}..{} overlaps or precedes the previous one (ending at {prev_end})",
            m.span.start,
            m.span.end
        );
        prev_end = m.span.end;
        assert!(
            m.entity < ann.entities.len(),
            "mention {i} names entity {} of {}",
            m.entity,
            ann.entities.len()
        );
    }
    let mut counted = vec![0; ann.entities.len()];
    for m in &ann.mentions {
        counted[m.entity] += 1;
    }
    for (id, e) in ann.entities.iter().enumerate() {
        assert!(e.mentions > 0, "entity {id} has no mentions");
        assert_eq!(e.mentions, counted[id], "entity {id} counts {} mentions, {} name it", e.mentions, counted[id]);
        assert!(
            ann.mentions.iter().any(|m| m.entity == id && m.span == e.name),
            "entity {id}'s name {:?} is none of its mentions",
            e.name
        );
    }

    // Claims: valid spans, cue / source / content disjoint, sorted by cue.
    let mut prev_cue = 0;
    for (i, c) in ann.claims.iter().enumerate() {
        check_span(text, &format!("claim {i} cue"), c.cue);
        check_span(text, &format!("claim {i} content"), c.content);
        assert!(
            !c.cue.overlaps(c.content),
            "claim {i}: cue {:?} overlaps content {:?}",
            c.cue,
            c.content
        );
        if let Some(s) = c.source {
            check_span(text, &format!("claim {i} source"), s);
            assert!(
                !s.overlaps(c.cue),
                "claim {i}: source {s:?} overlaps cue {:?}",
                c.cue
            );
            assert!(
                !s.overlaps(c.content),
                "claim {i}: source {s:?} overlaps content {:?}",
                c.content
            );
        }
        if let Some(e) = c.source_entity {
            assert!(
                e < ann.entities.len(),
                "claim {i} names source entity {e} of {}",
                ann.entities.len()
            );
        }
        assert!(
            c.cue.start >= prev_cue,
            "claim {i}: cue at {} comes before the previous claim's cue at {prev_cue}",
            c.cue.start
        );
        prev_cue = c.cue.start;
    }
}

/// Offsets in `unit` of every char boundary, indexed by byte offset (`usize::MAX`
/// inside a char): built independently of the crate's `OffsetMap`.
fn unit_table(text: &str, unit: Unit) -> Vec<usize> {
    let mut table = vec![usize::MAX; text.len() + 1];
    let mut n = 0;
    for (i, c) in text.char_indices() {
        table[i] = n;
        n += match unit {
            Unit::Utf16 => c.len_utf16(),
            Unit::Scalar => 1,
            Unit::Byte => c.len_utf8(),
        };
    }
    table[text.len()] = n;
    table
}

/// `view(text, ann, unit)` slices exactly what the byte offsets slice: checked against
/// the UTF-16 encoding or the char vector, and each span's `text` equals its slice.
pub fn check_view(text: &str, ann: &Annotations, unit: Unit) -> DocumentView {
    let v = view(text, ann, unit);
    let table = unit_table(text, unit);
    let units: Vec<u16> = if unit == Unit::Utf16 {
        text.encode_utf16().collect()
    } else {
        Vec::new()
    };
    let chars: Vec<char> = if unit == Unit::Scalar {
        text.chars().collect()
    } else {
        Vec::new()
    };
    let mut budget = SLICE_BUDGET;
    let mut same = |what: &str, byte: Span, start: usize, end: usize, shown: Option<&str>| {
        let expected = &text[byte.start..byte.end];
        assert_eq!(
            (start, end),
            (table[byte.start], table[byte.end]),
            "{what}: {unit:?} offsets of bytes {}..{}",
            byte.start,
            byte.end
        );
        if let Some(shown) = shown {
            assert!(
                shown == expected,
                "{what}: text {shown:?} is not the slice {expected:?}"
            );
        }
        if end - start > budget {
            return;
        }
        budget -= end - start;
        match unit {
            Unit::Utf16 => {
                let sliced = String::from_utf16(&units[start..end])
                    .unwrap_or_else(|_| panic!("{what}: UTF-16 {start}..{end} splits a pair"));
                assert!(
                    sliced == expected,
                    "{what}: UTF-16 {start}..{end} slices {sliced:?}, bytes slice {expected:?}"
                );
            }
            Unit::Scalar => {
                let sliced: String = chars[start..end].iter().collect();
                assert!(
                    sliced == expected,
                    "{what}: scalars {start}..{end} slice {sliced:?}, bytes slice {expected:?}"
                );
            }
            Unit::Byte => {}
        }
    };
    assert_eq!(v.sentences.len(), ann.sentences.len());
    for (i, (sv, &s)) in v.sentences.iter().zip(&ann.sentences).enumerate() {
        same(&format!("sentence {i}"), s, sv.start, sv.end, None);
    }
    assert_eq!(v.entities.len(), ann.mentions.len());
    for (i, (mv, m)) in v.entities.iter().zip(&ann.mentions).enumerate() {
        same(
            &format!("mention {i}"),
            m.span,
            mv.start,
            mv.end,
            Some(&mv.text),
        );
        assert_eq!(mv.entity, m.entity, "mention {i}: entity id");
        assert_eq!(mv.label, m.label.as_str(), "mention {i}: label");
    }
    assert_eq!(v.claims.len(), ann.claims.len());
    for (i, (cv, c)) in v.claims.iter().zip(&ann.claims).enumerate() {
        same(
            &format!("claim {i} cue"),
            c.cue,
            cv.cue.start,
            cv.cue.end,
            Some(&cv.cue.text),
        );
        same(
            &format!("claim {i} content"),
            c.content,
            cv.content.start,
            cv.content.end,
            Some(&cv.content.text),
        );
        match (&cv.source, c.source) {
            (Some(sv), Some(s)) => same(
                &format!("claim {i} source"),
                s,
                sv.start,
                sv.end,
                Some(&sv.text),
            ),
            (None, None) => {}
            _ => panic!("claim {i}: source present in only one of view and annotations"),
        }
        assert_eq!(
            cv.source_entity, c.source_entity,
            "claim {i}: source entity"
        );
        assert_eq!(cv.kind, c.kind.as_str(), "claim {i}: kind");
    }
    assert_eq!(v.groups.len(), ann.entities.len());
    for (id, (g, e)) in v.groups.iter().zip(&ann.entities).enumerate() {
        assert_eq!((g.id, g.mentions), (id, e.mentions), "group {id}");
    }
    v
}
