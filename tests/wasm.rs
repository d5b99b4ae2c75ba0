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
        let (s, t) = (
            get(&e, "start").as_f64().unwrap(),
            get(&e, "end").as_f64().unwrap(),
        );
        assert_eq!(
            utf16_slice(text, s, t),
            get(&e, "text").as_string().unwrap()
        );
    }
    let claims: Array = get(&doc, "claims").dyn_into().unwrap();
    for c in claims.iter() {
        for part in ["cue", "content"] {
            let p = get(&c, part);
            let (s, t) = (
                get(&p, "start").as_f64().unwrap(),
                get(&p, "end").as_f64().unwrap(),
            );
            assert_eq!(
                utf16_slice(text, s, t),
                get(&p, "text").as_string().unwrap()
            );
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

#[wasm_bindgen_test]
fn flat_annotations_agree_with_annotate() {
    use article_annotator::wasm::annotate_flat;
    use js_sys::Uint32Array;
    let text = "“Émilie” 👍🏽 東京 said in 2016 that the plan failed. Police said the minister was \
                allegedly paid by Acme Corp in Tokyo, and Acme denied it.";
    let doc = annotate(text, JsValue::UNDEFINED).unwrap();
    let flat = annotate_flat(text, JsValue::UNDEFINED).unwrap();
    let numbers =
        |key: &str| -> Vec<u32> { get(&flat, key).dyn_into::<Uint32Array>().unwrap().to_vec() };
    let labels: Array = get(&flat, "labels").dyn_into().unwrap();
    let kinds: Array = get(&flat, "kinds").dyn_into().unwrap();
    let num = |v: &JsValue, key: &str| get(v, key).as_f64().unwrap() as u32;
    assert_eq!(get(&flat, "offsets").as_string().unwrap(), "utf16");

    let entities: Array = get(&doc, "entities").dyn_into().unwrap();
    let flat_entities = numbers("entities");
    assert!(entities.length() > 0);
    assert_eq!(flat_entities.len(), entities.length() as usize * 4);
    for (i, e) in entities.iter().enumerate() {
        let f = &flat_entities[i * 4..i * 4 + 4];
        assert_eq!(
            [f[0], f[1], f[3]],
            [num(&e, "start"), num(&e, "end"), num(&e, "entity")]
        );
        assert_eq!(labels.get(f[2]).as_string(), get(&e, "label").as_string());
    }

    let claims: Array = get(&doc, "claims").dyn_into().unwrap();
    let flat_claims = numbers("claims");
    assert!(claims.length() > 0);
    assert_eq!(flat_claims.len(), claims.length() as usize * 9);
    for (i, c) in claims.iter().enumerate() {
        let f = &flat_claims[i * 9..i * 9 + 9];
        assert_eq!(kinds.get(f[0]).as_string(), get(&c, "kind").as_string());
        let (cue, content, source) = (get(&c, "cue"), get(&c, "content"), get(&c, "source"));
        assert_eq!([f[1], f[2]], [num(&cue, "start"), num(&cue, "end")]);
        assert_eq!([f[6], f[7]], [num(&content, "start"), num(&content, "end")]);
        if source.is_null() {
            assert_eq!([f[3], f[4]], [u32::MAX, u32::MAX]);
        } else {
            assert_eq!([f[3], f[4]], [num(&source, "start"), num(&source, "end")]);
        }
        let source_entity = get(&c, "sourceEntity");
        assert_eq!(
            f[5],
            if source_entity.is_null() {
                u32::MAX
            } else {
                source_entity.as_f64().unwrap() as u32
            }
        );
        assert_eq!(f[8] == 1, get(&c, "direct").as_bool().unwrap());
    }

    let groups: Array = get(&doc, "groups").dyn_into().unwrap();
    let flat_groups = numbers("groups");
    let names = get(&flat, "names").as_string().unwrap();
    let names: Vec<u16> = names.encode_utf16().collect();
    assert_eq!(flat_groups.len(), groups.length() as usize * 4);
    for (i, g) in groups.iter().enumerate() {
        let f = &flat_groups[i * 4..i * 4 + 4];
        assert_eq!(labels.get(f[0]).as_string(), get(&g, "label").as_string());
        assert_eq!(f[1], num(&g, "mentions"));
        let name = String::from_utf16(&names[f[2] as usize..f[3] as usize]).unwrap();
        assert_eq!(Some(name), get(&g, "name").as_string());
    }

    let sentences: Array = get(&doc, "sentences").dyn_into().unwrap();
    let flat_sentences = numbers("sentences");
    assert_eq!(flat_sentences.len(), sentences.length() as usize * 2);
    for (i, s) in sentences.iter().enumerate() {
        assert_eq!(
            flat_sentences[i * 2..i * 2 + 2],
            [num(&s, "start"), num(&s, "end")]
        );
    }
}
