//! The wasm shell, run by wasm-bindgen-test-runner (node) with
//! `cargo test --target wasm32-unknown-unknown --no-default-features --test wasm`.
//! Plain `#[test]` functions would be skipped silently on wasm32: every test here is
//! a `#[wasm_bindgen_test]`. The module's `annotateFlat` and `annotate` are `www/module.js` taking apart
//! this array; the browser tests compare them with the command line's output.
#![cfg(target_arch = "wasm32")]

use article_annotator::model::{ClaimKind, Label};
use article_annotator::output::{flat, FlatView};
use article_annotator::text::Unit;
use article_annotator::wasm::{annotate_packed, labels_and_kinds};
use wasm_bindgen_test::*;

const MIXED: &str = "“Émilie” 👍🏽 東京 said in 2016 that the plan failed. Police said the minister was \
                     allegedly paid by Acme Corp in Tokyo, and Acme denied it.";

/// `annotatePacked`'s array taken apart as www/module.js does: the four arrays and the names.
fn unpack(packed: &[u32]) -> (Vec<Vec<u32>>, String) {
    let (header, mut rest) = packed.split_at(FlatView::PACKED_HEADER);
    let mut arrays = Vec::new();
    for &len in &header[..4] {
        let (head, tail) = rest.split_at(len as usize);
        arrays.push(head.to_vec());
        rest = tail;
    }
    let bytes: Vec<u8> = rest.iter().flat_map(|w| w.to_le_bytes()).take(header[4] as usize).collect();
    (arrays, String::from_utf8(bytes).unwrap())
}

fn utf16_slice(text: &str, start: u32, end: u32) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start as usize..end as usize]).unwrap()
}

#[wasm_bindgen_test]
fn packed_array_carries_the_core_annotations() {
    let (arrays, names) = unpack(&annotate_packed(MIXED));
    let core = flat(MIXED, &article_annotator::annotate(MIXED), Unit::Utf16);
    assert!(!core.entities.is_empty() && !core.claims.is_empty());
    assert_eq!(arrays, [core.sentences, core.entities, core.claims, core.groups]);
    assert_eq!(names, core.names);
}

#[wasm_bindgen_test]
fn label_and_kind_names_in_their_numbers_order() {
    let labels: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
    let kinds: Vec<&str> = ClaimKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(labels_and_kinds(), format!("{}\n{}", labels.join(" "), kinds.join(" ")));
}

#[wasm_bindgen_test]
fn offsets_are_utf16_code_units() {
    let (arrays, _) = unpack(&annotate_packed(MIXED));
    let ann = article_annotator::annotate(MIXED);
    let entities = &arrays[1];
    assert_eq!(entities.len(), ann.mentions.len() * 4);
    for (m, e) in ann.mentions.iter().zip(entities.chunks(4)) {
        assert_eq!(utf16_slice(MIXED, e[0], e[1]), m.span.text(MIXED));
    }
    let claims = &arrays[2];
    assert_eq!(claims.len(), ann.claims.len() * 9);
    for (c, f) in ann.claims.iter().zip(claims.chunks(9)) {
        assert_eq!(utf16_slice(MIXED, f[1], f[2]), c.cue.text(MIXED));
        assert_eq!(utf16_slice(MIXED, f[6], f[7]), c.content.text(MIXED));
    }
}

#[wasm_bindgen_test]
fn empty_text_gives_empty_arrays() {
    assert_eq!(annotate_packed(""), [0; FlatView::PACKED_HEADER]);
}
