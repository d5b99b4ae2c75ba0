// The page: text in, annotations out. The annotator runs in a Web Worker (worker.js); this
// thread only debounces input, keeps the latest request and builds the DOM of each result, a
// slice at a time, so that no task of its holds the main thread for long even on a long text.
import { lazyDecode } from './annotations.js';
import { copyText, download, exportAs, FORMATS } from './export.js';
import { buildClaimList, buildEntityList, chunkBounds, CLAIM_KINDS, claimExtent, ENTITY_LABELS, el, fillChunk, firstMention, labelName,
  planChunks, renderClaimList, renderEntityList, summarize, summaryText } from './render.js';

const DEBOUNCE_MS = 150;
// Longest stretch of DOM building before the page gets the main thread back (style and layout of
// what was built come on top, in the frame that follows).
const SLICE_MS = 8;
// Blocks of the pane (render.js: some 2,000 characters each) per section (see makeView).
const SECTION_BLOCKS = 16;
// Buttons of a side list put in place per frame (about).
const LIST_BATCH = 120;
// A text of more blocks than this is filled only near the screen (see makeView): some 64 KB.
const EAGER_BLOCKS = 2 * SECTION_BLOCKS;
// Blocks of a long text filled before its first frame: a screenful and more (a block is some 600 px).
const FIRST_BLOCKS = 6;
// How far above and below the screen the blocks of a long text are filled.
const NEAR_PX = 1200;

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

// ---- the pane: every block's text at once, its annotations when it is near the screen ---------

/**
 * The pane of one result. All its blocks (render.js: some 2,000 characters each, in sections of
 * SECTION_BLOCKS) are put in at once, each as its plain text, so that the pane's text is the whole
 * text from the first frame on: selection, copy, find in page and the accessibility tree have all
 * of it. A block is *filled* when its text is drawn again with its marks and claim parts (until
 * then it has the attribute data-plain):
 *  - a short text (up to EAGER_BLOCKS blocks): every block, the first at once, the rest a slice a
 *    frame; then the pane is what it always was;
 *  - a long text: only the blocks near the screen (NEAR_PX above and below it, IntersectionObserver),
 *    a block going back to its plain text once it is far again (unless it holds the focus or an end
 *    of the selection), so that the page holds a few hundred marks, not tens of thousands, and its
 *    frames stay short. What the side panel shows is filled first (fillRange); a block with claim
 *    cues stands in for them in the tab order (tabindex) until it is filled; printing fills all.
 * Blocks are planned (render.js planChunks: which annotations each holds) in order, in slices aside
 * (planMore), or at once up to a block that is wanted now.
 */
function makeView(text, doc) {
  const bounds = chunkBounds(text);
  const n = text ? bounds.length - 1 : 0;
  const planner = planChunks(text, doc);
  const plans = [];
  const blocks = [];
  const index = new Map(); // block element -> its index
  const filled = new Uint8Array(n);
  const near = new Map(); // index of a block near the screen -> its distance from the screen's middle, when last seen
  const sections = [];
  for (let i = 0; i < n; i++) {
    if (i % SECTION_BLOCKS === 0) sections.push(el(document, 'div', { cls: 'chunks' }));
    const block = el(document, 'div', { cls: 'chunk', text: text.slice(bounds[i], bounds[i + 1]), attrs: { 'data-plain': '' } });
    blocks.push(block);
    index.set(block, i);
    sections[sections.length - 1].append(block);
  }
  const v = {
    text, doc, n, sections, index, filled, lazy: n > EAGER_BLOCKS, printing: false, io: null,
    planned: () => plans.length >= n,
    /** Plans blocks in order for about `ms`; true when all are planned. */
    planMore(ms = SLICE_MS) {
      const since = performance.now();
      while (plans.length < n && performance.now() - since < ms) plan(plans.length);
      return plans.length >= n;
    },
    fill,
    empty,
    /** Fills (at once) the blocks over text[start, end). */
    fillRange(start, end) {
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (bounds[mid] <= start) lo = mid; else hi = mid - 1; }
      for (let i = lo; i < n && (i === lo || bounds[i] < end); i++) fill(i);
    },
    /** Fills blocks near the screen, nearest first, for about SLICE_MS; more in the next frame. */
    pump() {
      if (v.pumping || view !== v) return;
      const since = performance.now();
      const waiting = [...near].filter(([i]) => !filled[i] && plans[i]).sort((a, b) => a[1] - b[1]);
      for (const [i] of waiting) {
        if (performance.now() - since >= SLICE_MS) {
          v.pumping = true;
          afterFrame().then(() => { v.pumping = false; v.pump(); });
          return;
        }
        fill(i);
      }
    },
    /** After planning: blocks not filled that hold claim cues stand in for them in the tab order. */
    standIns(from, to) {
      for (let i = from; i < to; i++) if (!filled[i] && plans[i].cues) blocks[i].tabIndex = 0;
    },
    observe() {
      v.io = new IntersectionObserver((entries) => {
        for (const e of entries) {
          const i = index.get(e.target);
          if (e.isIntersecting) {
            near.set(i, Math.abs(e.boundingClientRect.top + e.boundingClientRect.height / 2 - innerHeight / 2));
          } else {
            near.delete(i);
            if (!v.printing) empty(i);
          }
        }
        v.pump();
      }, { rootMargin: `${NEAR_PX}px 0px` });
      for (const block of blocks) v.io.observe(block);
    },
    /** Printing: every block filled, until afterprint empties those far from the screen again. */
    print(on) {
      v.printing = on;
      if (on) for (let i = 0; i < n; i++) fill(i);
      else if (v.lazy) for (let i = 0; i < n; i++) if (!near.has(i)) empty(i);
    },
    stop() { v.io?.disconnect(); },
  };

  function plan(i) {
    while (plans.length <= i) {
      const step = planner.next();
      if (step.done) break;
      plans.push(step.value);
    }
    return plans[i];
  }

  function fill(i) {
    if (filled[i]) return;
    const p = plan(i);
    const block = blocks[i];
    // An end of the selection inside the block is kept at the same character.
    const sel = getSelection();
    const ends = sel.rangeCount ? [[sel.anchorNode, sel.anchorOffset], [sel.focusNode, sel.focusOffset]] : [];
    const inside = ends.map(([node, offset]) => (block.contains(node) ? textOffset(block, node, offset) : null));
    block.replaceChildren(fillChunk(document.createDocumentFragment(), text, p));
    filled[i] = 1;
    block.removeAttribute('data-plain');
    if (block !== document.activeElement) block.removeAttribute('tabindex');
    markSelected(block);
    if (inside.some((at) => at != null)) {
      const [a, f] = ends.map((end, k) => (inside[k] != null ? textPoint(block, inside[k]) : end));
      sel.setBaseAndExtent(a[0], a[1], f[0], f[1]);
    }
  }

  function empty(i) {
    if (!filled[i] || !v.lazy) return;
    const block = blocks[i];
    const sel = getSelection();
    if (block.contains(document.activeElement) || (sel.rangeCount && (block.contains(sel.anchorNode) || block.contains(sel.focusNode)))) return;
    block.textContent = text.slice(bounds[i], bounds[i + 1]);
    block.dataset.plain = '';
    filled[i] = 0;
    if (plans[i].cues) block.tabIndex = 0;
  }
  return v;
}

/** Characters of `root`'s text before the DOM point (node, offset) inside it. */
function textOffset(root, node, offset) {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The DOM point at `at` characters into `root`'s text. */
function textPoint(root, at) {
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    if (at <= node.data.length) return [node, at];
    at -= node.data.length;
  }
  return [root, root.childNodes.length];
}

let view = null; // the pane's result (makeView)
let selected = null; // what the side panel shows in the pane: {entity} or {claim}, or null

/** Marks what is selected among the elements of `root` (a block, or the pane). */
function markSelected(root) {
  if (!selected) return;
  const query = selected.entity != null ? `mark[data-entity="${selected.entity}"]` : `[data-claim-id="${selected.claim}"]`;
  for (const e of root.querySelectorAll(query)) e.classList.add('is-selected');
}

addEventListener('beforeprint', () => view?.print(true));
addEventListener('afterprint', () => view?.print(false));

// A block that stands in for its claim cues in the tab order: reached by the keyboard, it is filled
// and the focus goes on to its first cue (its last, when the focus came back from after it).
pane.addEventListener('focusin', (e) => {
  const i = view?.index.get(e.target);
  if (i == null || view.filled[i] || !e.target.matches(':focus-visible')) return;
  view.fill(i);
  const cues = e.target.querySelectorAll('[data-part="cue"]');
  const back = e.relatedTarget && (e.target.compareDocumentPosition(e.relatedTarget) & Node.DOCUMENT_POSITION_FOLLOWING);
  e.target.removeAttribute('tabindex');
  (back ? cues[cues.length - 1] : cues[0])?.focus();
});

/**
 * Shows result `id` (`doc` from annotations.js's lazyDecode: lists become objects when read), in
 * slices of about SLICE_MS, so that no task and no frame of the page's is long, however long the
 * text (docs/bench.md measures it on 1 MB):
 *  1. the whole text replaces the old content at once, as blocks (makeView), the first of them
 *     filled (as many as one slice fills, which is more than a screenful; a long text's at most
 *     FIRST_BLOCKS, the rest are filled as they come near the screen);
 *  2. the summary and the legend's counts;
 *  3. the plans of the rest of the blocks, made aside (nothing to draw);
 *  4. the side lists, each built aside over a few slices and put in place in parts, a part a frame;
 *  5. a short text's other blocks are filled, a slice a frame.
 * Work done aside gives the browser nothing to draw; each change to the page is followed by the
 * frame that draws it (afterFrame) before the next, so that frames stay short too.
 * A newer request makes this result stale: its remaining slices are dropped, and the newer result
 * replaces what was shown. The pane is `aria-busy` until the last step is done, and only then
 * `data-state="ready"`.
 */
async function show(id, text, doc) {
  const stale = () => id !== latest;
  view?.stop();
  const v = makeView(text, doc);
  view = v;
  selected = null;
  const since = performance.now();
  let next = 0; // the first block not filled yet
  while (next < v.n && (next === 0 || (performance.now() - since < SLICE_MS && !(v.lazy && next >= FIRST_BLOCKS)))) v.fill(next++);
  shown = doc;
  shownText = text;
  for (const button of ['download', 'copy']) $(button).disabled = !text;
  $('export-status').textContent = '';
  alertBox.hidden = true;
  alertBox.replaceChildren();
  pane.replaceChildren(...v.sections);
  pane.dataset.state = text ? 'rendering' : 'empty';
  pane.setAttribute('aria-busy', 'true');
  if (v.lazy) v.observe();

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
  // The plans of the other blocks: aside, nothing to draw but the tabindex of stand-ins.
  while (!v.planned()) {
    await nextTask();
    if (stale()) return;
    v.planMore();
    v.pump(); // blocks near the screen that waited for their plans
  }
  if (v.lazy) v.standIns(0, v.n);
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
  // A short text: its other blocks, filled a slice a frame.
  while (!v.lazy && next < v.n) {
    const start = performance.now();
    while (next < v.n && performance.now() - start < SLICE_MS) v.fill(next++);
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

/**
 * Shows `what` ({entity: id} or {claim: id}, or null for nothing) in the pane: its elements marked,
 * the first scrolled to the middle of the screen. The blocks it lies in are filled first if they
 * were not; blocks filled later mark its elements too (markSelected). Returns the elements marked.
 */
function select(what) {
  selected = what;
  for (const e of pane.querySelectorAll('.is-selected')) e.classList.remove('is-selected');
  if (!what || !view) return [];
  const range = what.entity != null ? firstMention(view.text, view.doc, what.entity) : claimExtent(view.text, view.doc, what.claim);
  if (range) view.fillRange(range.start, range.end);
  markSelected(pane);
  const elements = [...pane.querySelectorAll('.is-selected')];
  elements[0]?.scrollIntoView({ block: 'center' });
  return elements;
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
  select(on ? { entity: Number(button.dataset.entity) } : null);
});

$('claims').addEventListener('click', (e) => {
  if (e.target.closest('button[data-more]')) {
    $('claims').replaceChildren(renderClaimList(shown, document, Infinity));
    return;
  }
  const button = e.target.closest('button[data-claim-id]');
  if (!button) return;
  for (const b of $('entities').querySelectorAll('button[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
  const parts = select({ claim: Number(button.dataset.claimId) });
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

/**
 * A text of more than FOLD_CHARS characters that arrives at once (a paste, a drop, a file, not
 * typing) is put away behind a line saying how long it is, with a button to edit it: the annotated
 * text is in the pane, and the browser's own textarea, holding a megabyte, made every frame of the
 * page some 30 ms longer (docs/bench.md). The value is kept as it is.
 */
const FOLD_CHARS = 200_000;
let lastLength = textarea.value.length;

function foldIfLong() {
  const n = textarea.value.length;
  if (n <= FOLD_CHARS) unfold(false);
  else if (n - lastLength > FOLD_CHARS / 2) {
    $('folded-size').textContent = `A long text (${n.toLocaleString('en')} characters): annotated below.`;
    const hadFocus = document.activeElement === textarea;
    $('folded').hidden = false;
    textarea.closest('.input').classList.add('is-folded');
    // The caret stays with the text it is in: moved to the button, it leaves the megabyte alone.
    textarea.setSelectionRange(0, 0);
    if (hadFocus) $('unfold').focus();
  }
  lastLength = n;
}

function unfold(focus) {
  if ($('folded').hidden) return;
  $('folded').hidden = true;
  textarea.closest('.input').classList.remove('is-folded');
  if (focus) textarea.focus();
}

textarea.addEventListener('input', () => {
  foldIfLong();
  annotateLater();
});
$('unfold').addEventListener('click', () => unfold(true));

$('sample').addEventListener('click', async () => {
  try {
    const response = await fetch(new URL('samples/seed.txt', document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    textarea.value = await response.text();
    foldIfLong();
    annotateNow();
  } catch (e) {
    showError(`Could not load the sample article (${e.message})`);
  }
});

$('clear').addEventListener('click', () => {
  textarea.value = '';
  foldIfLong();
  annotateNow();
  textarea.focus();
});

alertBox.addEventListener('click', (e) => { if (e.target.id === 'retry') annotateNow(); });

buildLegend();
worker = startWorker(); // load the annotator while the user finds an article
if (textarea.value) { // the browser may restore the text on reload
  lastLength = 0;
  foldIfLong();
  annotateNow();
}
