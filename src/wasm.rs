//! The WebAssembly shell: `annotateFlat(text, options?)`, the annotations as typed arrays (cheap
//! to make, and transferable between threads without copying). The module's `annotate`, the same
//! annotations as plain objects, is `www/module.js` decoding these arrays in JavaScript: built
//! there, an object per span costs a fraction of what serde-wasm-bindgen's field-by-field
//! conversion cost (15% of a call on the dev articles).
//!
//! Offsets are UTF-16 code units, the unit `String.prototype.slice` uses. A JS string
//! with a lone surrogate arrives as U+FFFD, which is one code unit too, so offsets
//! still line up with the caller's string.

use crate::model::{ClaimKind, Label};
use crate::output::flat;
use crate::text::Unit;
use js_sys::{Array, Object, Reflect, Uint32Array};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
export type EntityLabel = "PERSON" | "NORP" | "FAC" | "ORG" | "GPE" | "LOC" | "PRODUCT" | "EVENT"
  | "WORK_OF_ART" | "LAW" | "LANGUAGE" | "DATE" | "TIME" | "PERCENT" | "MONEY" | "QUANTITY"
  | "ORDINAL" | "CARDINAL";
export type ClaimKind = "attributed" | "alleged" | "denied";
/** A span of the input; offsets in UTF-16 code units (text.slice(start, end) === text). */
export interface TextSpan { start: number; end: number; text: string; }
export interface Sentence { start: number; end: number; }
export interface EntityMention extends TextSpan { label: EntityLabel; /** id of the entity in `groups` */ entity: number; }
export interface Claim {
  kind: ClaimKind;
  cue: TextSpan;
  source: TextSpan | null;
  /** id of the entity (in `groups`) the source refers to, when known */
  sourceEntity: number | null;
  content: TextSpan;
  /** true when the whole content is one quotation */
  direct: boolean;
}
export interface EntityGroup { id: number; label: EntityLabel; name: string; mentions: number; }
export interface Annotations {
  offsets: "utf16";
  sentences: Sentence[];
  entities: EntityMention[];
  claims: Claim[];
  groups: EntityGroup[];
}
export interface AnnotateOptions {}
/** Annotates `text`. Throws an Error with a message if it cannot. */
export function annotate(text: string, options?: AnnotateOptions): Annotations;
/**
 * The annotations of `annotate` as flat arrays: fields of a record one after another, offsets in
 * UTF-16 code units, span texts left out (they are `text.slice(start, end)`). NONE (0xFFFFFFFF)
 * stands for a missing value. The arrays can be transferred between threads (postMessage).
 */
export interface FlatAnnotations {
  offsets: "utf16";
  /** Label names, indexed by the label numbers below. */
  labels: EntityLabel[];
  /** Claim kinds, indexed by the kind numbers below. */
  kinds: ClaimKind[];
  /** Per sentence: start, end. */
  sentences: Uint32Array;
  /** Per mention: start, end, label, entity (its id in groups). */
  entities: Uint32Array;
  /** Per claim: kind, cue start, cue end, source start, source end, source entity, content start, content end, direct (0/1). */
  claims: Uint32Array;
  /** Per entity (id = position): label, mentions, name start, name end (offsets into `names`). */
  groups: Uint32Array;
  /** The entities' names, one after another. */
  names: string;
}
/** Annotates `text` like `annotate`, answering with typed arrays. Throws an Error if it cannot. */
export function annotateFlat(text: string, options?: AnnotateOptions): FlatAnnotations;
"#;

/// The keys of `annotateFlat`'s answer, in the order of `FlatAnnotations`.
const KEYS: [&str; 8] = ["offsets", "labels", "kinds", "sentences", "entities", "claims", "groups", "names"];

/// What every answer holds alike, made JS values once: each JS string made from Rust is a UTF-8
/// decode in the glue, and these 30 were most of a short text's call (in node, an empty text took
/// 53 µs a call with them made each time).
struct Fixed {
    keys: [JsValue; 8],
    utf16: JsValue,
    labels: Array,
    kinds: Array,
}

impl Fixed {
    fn new() -> Fixed {
        let strings = |list: &mut dyn Iterator<Item = &'static str>| list.map(JsValue::from_str).collect::<Array>();
        Fixed {
            keys: KEYS.map(JsValue::from_str),
            utf16: JsValue::from_str("utf16"),
            labels: strings(&mut Label::ALL.iter().map(|l| l.as_str())),
            kinds: strings(&mut ClaimKind::ALL.iter().map(|k| k.as_str())),
        }
    }
}

thread_local! {
    static FIXED: Fixed = Fixed::new();
}

/// The annotations as typed arrays: see `output::FlatView` and the `FlatAnnotations` type above.
#[wasm_bindgen(js_name = annotateFlat, skip_typescript)]
pub fn annotate_flat(text: &str, _options: JsValue) -> Result<JsValue, JsError> {
    let annotations = crate::annotate(text);
    let f = flat(text, &annotations, Unit::Utf16);
    FIXED.with(|fixed| {
        // Each answer gets its own copy of the name lists, which a caller may change.
        let values: [JsValue; 8] = [
            fixed.utf16.clone(),
            fixed.labels.slice(0, fixed.labels.length()).into(),
            fixed.kinds.slice(0, fixed.kinds.length()).into(),
            Uint32Array::from(&f.sentences[..]).into(),
            Uint32Array::from(&f.entities[..]).into(),
            Uint32Array::from(&f.claims[..]).into(),
            Uint32Array::from(&f.groups[..]).into(),
            JsValue::from_str(&f.names),
        ];
        let out = Object::new();
        for (key, value) in fixed.keys.iter().zip(values) {
            Reflect::set(&out, key, &value).map_err(|_| JsError::new("could not return the annotations"))?;
        }
        Ok(out.into())
    })
}

/// The crate version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
