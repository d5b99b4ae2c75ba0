// The annotator's JavaScript module, which `make wasm` bundles into www/pkg/article_annotator.js:
// wasm-bindgen's glue (init, version, annotatePacked; generated into target/bindgen/) plus
// `annotateFlat` and `annotate`, made here from annotatePacked's one array. That array is a single
// copy out of wasm memory; typed arrays are views of it, and objects made in JS cost a fraction of
// what they cost made across the wasm boundary field by field. Span texts are slices of the
// caller's own string rather than decoded copies of UTF-8.
import { annotatePacked, labelsAndKinds } from '../target/bindgen/article_annotator.js';
import { decode } from './annotations.js';

export { default, initSync, version } from '../target/bindgen/article_annotator.js';

// annotatePacked's layout (FlatView::packed in src/output.rs): the lengths of the four arrays and
// of the names in UTF-8 bytes, then the arrays, then the names' bytes four to a number.
const HEADER = 5;
const utf8 = new TextDecoder();
let names = null; // [labels, kinds], asked of the wasm once

function checked(fn, text) {
  if (typeof text !== 'string') throw new TypeError(`${fn}: the text must be a string, not ${text === null ? 'null' : typeof text}`);
  return text;
}

/** Annotates `text` like `annotate`, answering with typed arrays (see FlatAnnotations). */
export function annotateFlat(text, options) {
  const packed = annotatePacked(checked('annotateFlat', text));
  names ??= labelsAndKinds().split('\n').map((list) => list.split(' '));
  let at = HEADER;
  const next = (length) => packed.subarray(at, (at += length));
  const sentences = next(packed[0]), entities = next(packed[1]), claims = next(packed[2]), groups = next(packed[3]);
  return {
    offsets: 'utf16',
    // Each answer gets its own copy of the name lists, which a caller may change.
    labels: names[0].slice(),
    kinds: names[1].slice(),
    sentences, entities, claims, groups,
    names: utf8.decode(new Uint8Array(packed.buffer, packed.byteOffset + at * 4, packed[4])),
  };
}

/** Annotates `text`: {offsets, sentences, entities, claims, groups}, offsets in UTF-16 code units. */
export function annotate(text, options) {
  return decode(text, annotateFlat(checked('annotate', text), options));
}
