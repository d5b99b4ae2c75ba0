// Loads the annotator once for the widget. In the one-file build (scripts/build-dist.mjs)
// `./embedded.js` is replaced by the wasm itself, gzip-compressed and base64-encoded; here, in the
// source tree, it gives nothing and wasm-bindgen's glue fetches ../pkg/article_annotator_bg.wasm.
import init, { annotate as annotateText, version } from '../pkg/article_annotator.js';
import { embeddedWasm } from './embedded.js';

let loading = null;

/** Resolves to the annotator's version once it can annotate; rejects (always the same way) if it cannot. */
export function load() {
  loading ??= (async () => {
    if (typeof WebAssembly !== 'object') throw new Error('this browser has no WebAssembly');
    const bytes = await embeddedWasm();
    try {
      await init(bytes ? { module_or_path: bytes } : undefined);
    } catch (e) {
      const m = (e && e.message) || String(e);
      // Chromium: "Refused to compile or instantiate WebAssembly module because 'wasm-unsafe-eval' is not ..."
      throw new Error(/unsafe-eval|Content Security Policy/i.test(m)
        ? `the page's Content Security Policy does not allow WebAssembly (add 'wasm-unsafe-eval' to script-src): ${m}`
        : `the annotator could not start: ${m}`);
    }
    return version();
  })();
  return loading;
}

/** Annotates plain text: {offsets, sentences, entities, claims, groups}, offsets in UTF-16 code units. */
export async function annotate(text) {
  await load();
  return annotateLoaded(text);
}

/** annotate() for callers that already awaited load(). */
export function annotateLoaded(text) {
  return annotateText(text);
}
