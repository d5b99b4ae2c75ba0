// The bench page's minimal worker: annotate a text with our wasm, post the result back, either as
// objects (annotate, structured-cloned to the page) or as typed arrays (annotateFlat, transferred).
import init, { annotate, annotateFlat } from '/www/pkg/article_annotator.js';
import { transferables } from '/www/annotations.js';

init().then(() => self.postMessage({ ready: true }), (e) => self.postMessage({ error: String(e) }));

self.onmessage = ({ data: { text, flat } }) => {
  try {
    const t0 = performance.now();
    if (flat) {
      const result = annotateFlat(text);
      self.postMessage({ flat: result, ms: performance.now() - t0 }, transferables(result));
      return;
    }
    const doc = annotate(text);
    self.postMessage({ doc, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ error: String(e) });
  }
};
