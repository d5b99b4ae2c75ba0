// The annotator's JavaScript module, which `make wasm` bundles into www/pkg/article_annotator.js:
// wasm-bindgen's glue (init, annotateFlat, version; generated into target/bindgen/) plus
// `annotate`, which builds its plain objects here from annotateFlat's typed arrays. Made in JS, an
// object per span costs a fraction of what it costs made across the wasm boundary field by field,
// and span texts are slices of the caller's own string rather than decoded copies of UTF-8.
import { annotateFlat } from '../target/bindgen/article_annotator.js';
import { decode } from './annotations.js';

export { default, initSync, annotateFlat, version } from '../target/bindgen/article_annotator.js';

/** Annotates `text`: {offsets, sentences, entities, claims, groups}, offsets in UTF-16 code units. */
export function annotate(text, options) {
  if (typeof text !== 'string') throw new TypeError(`annotate: the text must be a string, not ${text === null ? 'null' : typeof text}`);
  return decode(text, annotateFlat(text, options));
}
