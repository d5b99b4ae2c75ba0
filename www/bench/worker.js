// The bench page's minimal worker: annotate a text with our wasm, post the result back.
import init, { annotate } from '/www/pkg/article_annotator.js';

init().then(() => self.postMessage({ ready: true }), (e) => self.postMessage({ error: String(e) }));

self.onmessage = ({ data: text }) => {
  try {
    const t0 = performance.now();
    const doc = annotate(text);
    self.postMessage({ doc, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ error: String(e) });
  }
};
