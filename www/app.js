// The page: text in, annotations out. The annotator runs in a Web Worker (worker.js); this
// thread only debounces input, keeps the latest request and builds the DOM of each result, a
// slice at a time, so that no task of its holds the main thread for long even on a long text.
import { lazyDecode } from './annotations.js';
import { copyText, download, exportAs, FORMATS } from './export.js';
import { buildClaimList, buildEntityList, chunkBounds, CLAIM_KINDS, ENTITY_LABELS, el, labelName, renderChunks, renderClaimList,
  renderEntityList, summarize, summaryText } from './render.js';

const DEBOUNCE_MS = 150;
// Longest stretch of DOM building before the page gets the main thread back (style and layout of
// what was built come on top, in the frame that follows).
const SLICE_MS = 8;
// Blocks of the pane (render.js: some 2,000 characters each) per section (see show).
const SECTION_BLOCKS = 16;
// Sections of the pane put in place per frame; buttons of a side list per frame (about).
const SECTION_BATCH = 8;
const LIST_BATCH = 120;

// A request still running this long while a newer one waits is abandoned with its worker.
const RESTART_MS = 2000;

const $ = (id) => document.getElementById(id);
const textarea = $('text');
const pane = $('pane');
const alertBox = $('alert');
const EMPTY_SUMMARY = $('summary').textContent; // index.html's invitation, shown again when the text is cleared

// ---- the worker -------------------------------------------------------------------------

let worker = null;
let latest = 0; // id of the newest request
let inFlight = null; // {id, text, since} posted to the worker, not yet answered
let pending = null; // {id, text} waiting for the worker to finish inFlight
let timer = 0; // the debounce: 0 when no edit waits for it
let stall = 0; // gives up on inFlight when it keeps a newer text waiting too long
let shown = null; // the annotations on screen, for the side panel's "show all" buttons and export
let shownText = ''; // their text

function startWorker() {
  const w = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  w.onmessage = ({ data }) => {
    if (w !== worker) return;
    if (data.ready) $('version').textContent = `Article Annotator ${data.ready}`;
    else if (data.fatal) fail(data.fatal);
    else if (data.id != null) answered(data);
  };
  w.onerror = (e) => {
    e.preventDefault();
    if (w === worker) fail(`the annotator stopped${e.message ? `: ${e.message}` : ' (its script did not load)'}`);
  };
  w.onmessageerror = () => { if (w === worker) fail('the annotator sent an unreadable result'); };
  return w;
}

function stopWorker() {
  worker?.terminate();
  worker = null;
  inFlight = null;
}

function annotateLater() {
  pane.setAttribute('aria-busy', 'true');
  clearTimeout(timer);
  timer = setTimeout(annotateNow, DEBOUNCE_MS);
}

function annotateNow() {
  clearTimeout(timer);
  timer = 0;
  const job = { id: ++latest, text: textarea.value };
  pane.setAttribute('aria-busy', 'true');
  if (!inFlight) {
    send(job);
    return;
  }
  // The worker is busy with an older text: this one waits, unless the older one takes too long.
  pending = job;
  const stuck = inFlight;
  clearTimeout(stall);
  stall = setTimeout(() => {
    if (inFlight !== stuck || !pending) return;
    stopWorker();
    send(pending);
  }, Math.max(0, stuck.since + RESTART_MS - performance.now()));
}

function send(job) {
  pending = null;
  clearTimeout(stall);
  worker ??= startWorker();
  inFlight = { ...job, since: performance.now() };
  worker.postMessage({ id: job.id, text: job.text });
}

function answered({ id, flat, error }) {
  if (!inFlight || id !== inFlight.id) return;
  const { text } = inFlight;
  inFlight = null;
  if (error != null) {
    stopWorker(); // a wasm instance that trapped is not trusted again
    if (id === latest) showError(`Could not annotate this text: ${error}`);
  } else if (id === latest) {
    show(id, text, lazyDecode(text, flat));
  }
  if (pending) send(pending);
}

function fail(message) {
  const lost = inFlight;
  stopWorker();
  if (pending) send(pending);
  else if (lost?.id === latest) showError(`Could not annotate: ${message}`);
  else if (!lost) showError(`Could not start the annotator: ${message}`);
}

function showError(message) {
  alertBox.replaceChildren(el(document, 'span', { text: `${message}. ` }),
    el(document, 'button', { text: 'Try again', attrs: { type: 'button', id: 'retry' } }));
  alertBox.hidden = false;
  pane.setAttribute('aria-busy', String(timer !== 0));
  pane.dataset.state = 'error';
}

// ---- showing a result ---------------------------------------------------------------------

/**
 * Waits until the browser has drawn a frame, so that the style, layout and paint of what a slice
 * put in the page come before the next slice. A hidden page draws no frames: there, the next task.
 */
const afterFrame = () => new Promise((resolve) => {
  if (document.hidden) setTimeout(resolve);
  else requestAnimationFrame(() => setTimeout(resolve));
});

/** The next task: for slices that build DOM aside, which gives the browser nothing new to draw. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Steps through `steps` (a generator) for about SLICE_MS, calling `each(value)` for what it yields.
 * Returns true when it is done.
 */
function slice(steps, each = () => {}) {
  const since = performance.now();
  do {
    const step = steps.next();
    if (step.done) return true;
    each(step.value);
  } while (performance.now() - since < SLICE_MS);
  return false;
}

/**
 * Shows result `id` (`doc` from annotations.js's lazyDecode: lists become objects when read), in
 * slices of about SLICE_MS, so that no task and no frame of the page's is long, however long the
 * text (docs/bench.md measures it on 1 MB):
 *  1. the first blocks of the pane (render.js: some 2,000 characters each), as many as one slice
 *     makes, which is more than a screenful, replace the old content at once; the rest of the pane
 *     is there too, as empty sections of SECTION_BLOCKS blocks, each as tall as its blocks are
 *     guessed to be (contain-intrinsic-size), so that the pane has about its final height;
 *  2. the summary and the legend's counts;
 *  3. the side lists, each built aside over a few slices and put in place in parts, a part a frame;
 *  4. the rest of the pane: sections built aside and put in place of their stand-ins, a few a
 *     frame. Sections off screen are skipped by the browser (content-visibility).
 * Work done aside gives the browser nothing to draw; each change to the page is followed by the
 * frame that draws it (afterFrame) before the next, so that frames stay short too.
 * A newer request makes this result stale: its remaining slices are dropped, and the newer result
 * replaces what was shown. The pane is `aria-busy` until its last section is in, and only then
 * `data-state="ready"`.
 */
async function show(id, text, doc) {
  const stale = () => id !== latest;
  const chunks = renderChunks(text, doc);
  const total = text ? chunkBounds(text).length - 1 : 0;
  const first = el(document, 'div', { cls: 'chunks' });
  let done = slice(chunks, (chunk) => first.append(chunk));
  const waiting = []; // stand-ins of the sections still to build
  for (let k = first.childNodes.length; k < total; k += SECTION_BLOCKS) waiting.push(el(document, 'div', { cls: 'chunks' }));
  shown = doc;
  shownText = text;
  for (const button of ['download', 'copy']) $(button).disabled = !text;
  $('export-status').textContent = '';
  alertBox.hidden = true;
  alertBox.replaceChildren();
  if (total) pane.replaceChildren(first, ...waiting);
  else pane.replaceChildren();
  pane.dataset.state = text ? 'rendering' : 'empty';
  pane.setAttribute('aria-busy', 'true');

  await afterFrame();
  if (stale()) return;
  const counts = summarize(doc);
  $('summary').textContent = text ? summaryText(doc, counts) : EMPTY_SUMMARY;
  for (const button of document.querySelectorAll('#legend button[data-label]')) {
    const n = counts.labels.get(button.dataset.label) ?? 0;
    button.querySelector('.count').textContent = String(n);
    // Labels the text does not have are left out of the legend, unless they are switched off.
    button.hidden = n === 0 && button.getAttribute('aria-pressed') === 'true';
  }
  for (const button of document.querySelectorAll('#legend button[data-kind]')) {
    button.querySelector('.count').textContent = String(counts.kinds.get(button.dataset.kind) ?? 0);
  }
  // The side lists: built aside, in slices between which the browser has nothing to draw, then put
  // in place a part at a time, a part a frame, so that no frame lays out hundreds of buttons.
  for (const [box, build] of [[$('entities'), buildEntityList], [$('claims'), buildClaimList]]) {
    const list = document.createDocumentFragment();
    const steps = build(list, doc);
    do {
      await nextTask();
      if (stale()) return;
    } while (!slice(steps));
    // Parts of about LIST_BATCH buttons: claims one by one, entities a label's section at a time.
    const parts = [];
    let buttons = LIST_BATCH;
    for (const node of [...list.childNodes]) {
      if (buttons >= LIST_BATCH) { parts.push([]); buttons = 0; }
      parts[parts.length - 1].push(node);
      buttons += node.querySelectorAll?.('button').length ?? 0;
    }
    box.replaceChildren(...(parts[0] ?? []));
    for (const part of parts.slice(1)) {
      await afterFrame();
      if (stale()) return;
      box.append(...part);
    }
    await afterFrame();
    if (stale()) return;
  }
  // The rest of the pane: sections built aside, put in place of their stand-ins SECTION_BATCH at a
  // time, a batch a frame. Sections off screen cost a frame little (content-visibility), but on a
  // busy machine every frame of a page this size costs tens of ms whatever it draws: so not one
  // frame per section either.
  for (let i = 0; i < waiting.length; i += SECTION_BATCH) {
    const batch = [];
    for (const standIn of waiting.slice(i, i + SECTION_BATCH)) {
      const section = el(document, 'div', { cls: 'chunks' });
      let blocks = 0;
      while (!done && blocks < SECTION_BLOCKS) {
        await nextTask();
        if (stale()) return;
        const since = performance.now();
        while (blocks < SECTION_BLOCKS && performance.now() - since < SLICE_MS) {
          const step = chunks.next();
          if ((done = step.done)) break;
          section.append(step.value);
          blocks++;
        }
      }
      batch.push([standIn, section]);
    }
    for (const [standIn, section] of batch) standIn.replaceWith(section);
    await afterFrame();
    if (stale()) return;
  }
  if (text) pane.dataset.state = 'ready';
  // A newer edit waiting for the debounce: this result is shown, but the pane is not done yet.
  pane.setAttribute('aria-busy', String(timer !== 0));
}

// ---- legend: toggles that set classes on the pane -------------------------------------------

function legendButton(attrs, swatchAttrs, label, title) {
  const button = el(document, 'button', { attrs: { type: 'button', 'aria-pressed': 'true', title, ...attrs } });
  button.append(el(document, 'span', { cls: 'swatch', attrs: { 'aria-hidden': 'true', ...swatchAttrs } }),
    el(document, 'span', { text: label }), ' ', el(document, 'span', { cls: 'count', text: '0' }));
  return button;
}

function buildLegend() {
  const entities = $('legend-entities');
  for (const label of ENTITY_LABELS) {
    const b = legendButton({ 'data-label': label }, { 'data-label': label }, label, `${labelName(label)}: show or hide`);
    b.hidden = true;
    entities.append(b);
  }
  const names = el(document, 'button', { cls: 'names', text: 'Label names',
    attrs: { type: 'button', 'aria-pressed': 'false', id: 'label-names', title: 'Show each entity’s label after it' } });
  entities.append(names);
  const claims = $('legend-claims');
  for (const kind of CLAIM_KINDS) {
    claims.append(legendButton({ 'data-kind': kind }, { 'data-claim': kind }, kind, `${kind} claims: show or hide`));
  }
  $('legend').addEventListener('click', (e) => {
    const button = e.target.closest('button');
    if (!button) return;
    const on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    if (button.id === 'label-names') pane.classList.toggle('show-labels', on);
    else pane.classList.toggle(`hide-${button.dataset.label ?? button.dataset.kind}`, !on);
  });
}

// ---- side panel: find an entity's mentions, or a claim -----------------------------------

function select(elements) {
  for (const e of pane.querySelectorAll('.is-selected')) e.classList.remove('is-selected');
  for (const e of elements) e.classList.add('is-selected');
  elements[0]?.scrollIntoView({ block: 'center' });
}

$('entities').addEventListener('click', (e) => {
  if (e.target.closest('button[data-more]')) {
    $('entities').replaceChildren(renderEntityList(shown, document, Infinity));
    return;
  }
  const button = e.target.closest('button[data-entity]');
  if (!button) return;
  const on = button.getAttribute('aria-pressed') !== 'true';
  for (const b of $('entities').querySelectorAll('button[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-pressed', String(on));
  select(on ? [...pane.querySelectorAll(`mark[data-entity="${Number(button.dataset.entity)}"]`)] : []);
});

$('claims').addEventListener('click', (e) => {
  if (e.target.closest('button[data-more]')) {
    $('claims').replaceChildren(renderClaimList(shown, document, Infinity));
    return;
  }
  const button = e.target.closest('button[data-claim-id]');
  if (!button) return;
  for (const b of $('entities').querySelectorAll('button[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
  const parts = [...pane.querySelectorAll(`[data-claim-id="${Number(button.dataset.claimId)}"]`)];
  select(parts);
  parts.find((p) => p.dataset.part === 'cue')?.focus({ preventScroll: true });
});

// ---- export (www/export.js, shared with the widget) --------------------------------------------

for (const [value, { label }] of Object.entries(FORMATS)) {
  $('export-format').append(el(document, 'option', { text: label, attrs: { value } }));
}

async function exportShown(how) {
  const { content, filename, type } = exportAs($('export-format').value, shownText, shown);
  if (how === 'copy') {
    const ok = await copyText(content);
    $('export-status').textContent = ok ? `Copied ${FORMATS[$('export-format').value].label} to the clipboard.` : 'Could not copy: the browser refused.';
  } else {
    download(content, filename, type);
    $('export-status').textContent = `Saved ${filename}.`;
  }
}
$('download').addEventListener('click', () => exportShown('download'));
$('copy').addEventListener('click', () => exportShown('copy'));

// ---- input ------------------------------------------------------------------------------------

textarea.addEventListener('input', annotateLater);

$('sample').addEventListener('click', async () => {
  try {
    const response = await fetch(new URL('samples/seed.txt', document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    textarea.value = await response.text();
    annotateNow();
  } catch (e) {
    showError(`Could not load the sample article (${e.message})`);
  }
});

$('clear').addEventListener('click', () => {
  textarea.value = '';
  annotateNow();
  textarea.focus();
});

alertBox.addEventListener('click', (e) => { if (e.target.id === 'retry') annotateNow(); });

buildLegend();
worker = startWorker(); // load the annotator while the user finds an article
if (textarea.value) annotateNow(); // the browser may restore the text on reload
