//! The wasm shell, run by wasm-bindgen-test-runner (node) with
//! `cargo test --target wasm32-unknown-unknown --no-default-features --test wasm`.
//! Plain `#[test]` functions would be skipped silently on wasm32: every test here is
//! a `#[wasm_bindgen_test]`. The module's `annotate` (plain objects) is `www/module.js` decoding
//! these arrays; the browser tests compare it with the command line's output.
#![cfg(target_arch = "wasm32")]

use article_annotator::model::{ClaimKind, Label};
use article_annotator::output::flat;
use article_annotator::text::Unit;
use article_annotator::wasm::annotate_flat;
use js_sys::{Array, Reflect, Uint32Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

const MIXED: &str = "“Émilie” 👍🏽 東京 said in 2016 that the plan failed. Police said the minister was \
                     allegedly paid by Acme Corp in Tokyo, and Acme denied it.";

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn numbers(v: &JsValue, key: &str) -> Vec<u32> {
    get(v, key).dyn_into::<Uint32Array>().unwrap().to_vec()
}

fn strings(v: &JsValue, key: &str) -> Vec<String> {
    get(v, key).dyn_into::<Array>().unwrap().iter().map(|s| s.as_string().unwrap()).collect()
}

fn utf16_slice(text: &str, start: u32, end: u32) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start as usize..end as usize]).unwrap()
}

#[wasm_bindgen_test]
fn flat_arrays_carry_the_core_annotations() {
    let js = annotate_flat(MIXED, JsValue::UNDEFINED).unwrap();
    let core = flat(MIXED, &article_annotator::annotate(MIXED), Unit::Utf16);
    assert_eq!(get(&js, "offsets").as_string().unwrap(), "utf16");
    assert!(!core.entities.is_empty() && !core.claims.is_empty());
    assert_eq!(numbers(&js, "sentences"), core.sentences);
    assert_eq!(numbers(&js, "entities"), core.entities);
    assert_eq!(numbers(&js, "claims"), core.claims);
    assert_eq!(numbers(&js, "groups"), core.groups);
    assert_eq!(get(&js, "names").as_string().unwrap(), core.names);
    let labels: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
    assert_eq!(strings(&js, "labels"), labels);
    let kinds: Vec<&str> = ClaimKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(strings(&js, "kinds"), kinds);
}

#[wasm_bindgen_test]
fn offsets_are_utf16_code_units() {
    let js = annotate_flat(MIXED, JsValue::UNDEFINED).unwrap();
    let ann = article_annotator::annotate(MIXED);
    let entities = numbers(&js, "entities");
    assert_eq!(entities.len(), ann.mentions.len() * 4);
    for (m, e) in ann.mentions.iter().zip(entities.chunks(4)) {
        assert_eq!(utf16_slice(MIXED, e[0], e[1]), m.span.text(MIXED));
    }
    let claims = numbers(&js, "claims");
    assert_eq!(claims.len(), ann.claims.len() * 9);
    for (c, f) in ann.claims.iter().zip(claims.chunks(9)) {
        assert_eq!(utf16_slice(MIXED, f[1], f[2]), c.cue.text(MIXED));
        assert_eq!(utf16_slice(MIXED, f[6], f[7]), c.content.text(MIXED));
    }
}

#[wasm_bindgen_test]
fn empty_text_gives_empty_arrays() {
    let js = annotate_flat("", JsValue::UNDEFINED).unwrap();
    for key in ["sentences", "entities", "claims", "groups"] {
        assert!(numbers(&js, key).is_empty(), "{key}");
    }
    assert_eq!(get(&js, "names").as_string().unwrap(), "");
}
