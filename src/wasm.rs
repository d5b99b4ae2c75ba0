//! The WebAssembly shell: `annotate(text, options?)` for JavaScript.
//!
//! Offsets are UTF-16 code units, the unit `String.prototype.slice` uses. A JS string
//! with a lone surrogate arrives as U+FFFD, which is one code unit too, so offsets
//! still line up with the caller's string.

use crate::output::view;
use crate::text::Unit;
use serde::Serialize;
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
"#;

#[wasm_bindgen(skip_typescript)]
pub fn annotate(text: &str, _options: JsValue) -> Result<JsValue, JsError> {
    let annotations = crate::annotate(text);
    let doc = view(text, &annotations, Unit::Utf16);
    // json_compatible: `null` for a missing source, plain objects rather than Maps.
    doc.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not return the annotations: {e}")))
}

/// The crate version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
