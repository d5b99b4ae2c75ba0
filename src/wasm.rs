//! The WebAssembly shell: `annotatePacked(text)`, the annotations as one array of numbers (cheap to
//! make and to copy out of wasm memory). The module's `annotateFlat` (typed arrays, transferable
//! between threads without copying) and `annotate` (plain objects) are `www/module.js` taking that
//! array apart in JavaScript: built there, an object per span costs a fraction of what
//! serde-wasm-bindgen's field-by-field conversion cost (15% of a call on the dev articles).
//!
//! Offsets are UTF-16 code units, the unit `String.prototype.slice` uses. A JS string
//! with a lone surrogate arrives as U+FFFD, which is one code unit too, so offsets
//! still line up with the caller's string.

use crate::model::{ClaimKind, Label};
use crate::output::flat;
use crate::text::Unit;
use wasm_bindgen::prelude::*;

/// Talc rather than the default dlmalloc: 2.2 KB less of the module under gzip, as fast and
/// with the same memory after 10,000 calls.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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
 * stands for a missing value. The four arrays are views of one ArrayBuffer, which can be
 * transferred between threads (postMessage) as a whole: `[flat.sentences.buffer]`.
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

/// The annotations of `text` in one array (`FlatView::packed`, offsets in UTF-16 code units), which
/// `www/module.js` turns into `annotateFlat`'s typed arrays (views of this one array's buffer) and
/// `annotate`'s objects. One array is one copy out of wasm memory: the five typed arrays and the
/// object made here before cost 9% of a call on the dev articles.
#[wasm_bindgen(js_name = annotatePacked, skip_typescript)]
pub fn annotate_packed(text: &str) -> Vec<u32> {
    flat(text, &crate::annotate(text), Unit::Utf16).packed()
}

/// The label names, a line break, then the claim kinds, each list separated by spaces, in
/// the order of the numbers `annotatePacked` gives them: asked once by `www/module.js`. (One
/// string: a list of strings would bring the glue for arrays of JS values along.)
#[wasm_bindgen(js_name = labelsAndKinds, skip_typescript)]
pub fn labels_and_kinds() -> String {
    let labels = Label::ALL.map(|l| l.as_str()).join(" ");
    labels + "\n" + &ClaimKind::ALL.map(|k| k.as_str()).join(" ")
}

/// The crate version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
