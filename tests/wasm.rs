//! The wasm shell, run by wasm-bindgen-test-runner (node) with
//! `cargo test --target wasm32-unknown-unknown --no-default-features --test wasm`.
//! Plain `#[test]` functions would be skipped silently on wasm32: every test here is
//! a `#[wasm_bindgen_test]`.
#![cfg(target_arch = "wasm32")]

use article_annotator::wasm::annotate;
use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn utf16_slice(text: &str, start: f64, end: f64) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start as usize..end as usize]).unwrap()
}

#[wasm_bindgen_test]
fn offsets_are_utf16_code_units() {
    let text = "“Émilie” 👍🏽 東京 said in 2016 that the plan failed.";
    let doc = annotate(text, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&doc, "offsets").as_string().unwrap(), "utf16");
    let entities: Array = get(&doc, "entities").dyn_into().unwrap();
    assert!(entities.length() > 0, "2016 is a DATE");
    for e in entities.iter() {
        let (s, t) = (get(&e, "start").as_f64().unwrap(), get(&e, "end").as_f64().unwrap());
        assert_eq!(utf16_slice(text, s, t), get(&e, "text").as_string().unwrap());
    }
    let claims: Array = get(&doc, "claims").dyn_into().unwrap();
    for c in claims.iter() {
        for part in ["cue", "content"] {
            let p = get(&c, part);
            let (s, t) = (get(&p, "start").as_f64().unwrap(), get(&p, "end").as_f64().unwrap());
            assert_eq!(utf16_slice(text, s, t), get(&p, "text").as_string().unwrap());
        }
    }
}

#[wasm_bindgen_test]
fn missing_source_is_null_not_undefined() {
    let text = "The minister was allegedly paid by the firm.";
    let doc = annotate(text, JsValue::UNDEFINED).unwrap();
    let claims: Array = get(&doc, "claims").dyn_into().unwrap();
    for c in claims.iter() {
        let source = get(&c, "source");
        assert!(source.is_null() || source.is_object());
    }
    let groups: Array = get(&doc, "groups").dyn_into().unwrap();
    assert!(JsValue::from(groups).is_object());
}

#[wasm_bindgen_test]
fn empty_text_gives_empty_lists() {
    let doc = annotate("", JsValue::UNDEFINED).unwrap();
    for key in ["sentences", "entities", "claims", "groups"] {
        let list: Array = get(&doc, key).dyn_into().unwrap();
        assert_eq!(list.length(), 0, "{key}");
    }
}
