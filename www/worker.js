// The annotator runs here, off the main thread, so that a long article never freezes the page.
// Protocol: the page posts {id, text}; the worker answers {id, flat} or {id, error}. `flat` is
// annotateFlat's answer, typed arrays moved to the page (transferred, not copied); the page makes
// objects of it only as it needs them (annotations.js). With it, `flat.orders`: the order in which
// render.js draws its spans (spanOrders), worked out here rather than on the page's thread.
// Before any request it announces {ready: version} or {fatal: message} once the module loads.
// After an error the page throws this worker away: a trapped wasm instance is not reused.
import init, { annotateFlat, version } from './pkg/article_annotator.js';
import { lazyDecode, transferables } from './annotations.js';
import { spanOrders } from './render.js';

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
    const flat = annotateFlat(text);
    flat.orders = spanOrders(text, lazyDecode(text, flat)); // what render.js would work out on the page's thread
    self.postMessage({ id, flat }, [...transferables(flat), flat.orders.parts.buffer, flat.orders.mentions.buffer]);
  } catch (e) {
    self.postMessage({ id, error: message(e) });
  }
};

function message(e) {
  return (e && e.message) || String(e);
}
