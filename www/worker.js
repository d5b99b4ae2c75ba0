// The annotator runs here, off the main thread, so that a long article never freezes the page.
// Protocol: the page posts {id, text}; the worker answers {id, doc} or {id, error}.
// Before any request it announces {ready: version} or {fatal: message} once the module loads.
// After an error the page throws this worker away: a trapped wasm instance is not reused.
import init, { annotate, version } from './pkg/article_annotator.js';

const ready = init().then(
  () => { self.postMessage({ ready: version() }); return true; },
  (e) => { self.postMessage({ fatal: `could not load the annotator: ${message(e)}` }); return false; },
);

self.onmessage = async ({ data: { id, text } }) => {
  if (!(await ready)) {
    self.postMessage({ id, error: 'the annotator did not load' });
    return;
  }
  try {
    self.postMessage({ id, doc: annotate(text) });
  } catch (e) {
    self.postMessage({ id, error: message(e) });
  }
};

function message(e) {
  return (e && e.message) || String(e);
}
