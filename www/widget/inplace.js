// In-place annotation of an existing DOM subtree.
//
// The subtree's text nodes are read in document order into one text for the annotator (block
// elements and <br> add line breaks between them that exist in no node). Each annotation's range
// of that text is then mapped back to (text node, offset) pairs and drawn piecewise: the text nodes
// at its ends are split, and every text node it covers is wrapped in an element of ours. Nothing of
// the page is replaced or moved out of its parent, so links, listeners and textContent stay as
// they were; clear() unwraps our elements and joins back the text nodes we split, which restores
// the original nodes themselves.
import { labelName } from '../render.js';
import { copyText, download, exportAs, FORMATS } from '../export.js';
import { annotateLoaded, load } from './engine.js';
import { adoptStyles } from './styles.js';

/** Elements whose text is never read nor touched. */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'textarea', 'input', 'select', 'option', 'button',
  'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'kbd', 'samp',
  'var', 'head', 'title', 'article-annotator']);
/** Elements that end a line of text: the annotator gets a paragraph break around them. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'pre', 'textarea', 'select', 'figure', 'menu', 'legend']);
/** Marker class of every element the widget adds: such elements are never read as the page's text. */
export const OWN = 'aa-own';
const DEBOUNCE_MS = 300;
const SEPARATORS = ['', ' ', '\n', '\n\n'];

const handles = new WeakMap(); // element -> its live handle

/**
 * The text of `root` as the annotator gets it, and where each text node lies in it:
 * {text, segments: [{node, start, end}]} in document order. Text nodes keep their length; their
 * tabs and line breaks are read as spaces (HTML shows them so). Skipped subtrees, hidden ones and
 * contenteditable ones are left out; `skip` is an extra CSS selector of subtrees to leave out.
 */
export function collectText(root, { skip = '' } = {}) {
  const segments = [];
  let text = '';
  let gap = 0; // separator owed before the next text: an index in SEPARATORS
  const visit = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!child.data) continue;
        if (text && gap) text += SEPARATORS[gap];
        gap = 0;
        segments.push({ node: child, start: text.length, end: text.length + child.data.length });
        text += child.data.replace(/[\t\n\r\f]/g, ' ');
      } else if (child.nodeType === 1) {
        const name = child.localName;
        if (name === 'br') { gap = Math.max(gap, 2); continue; }
        const block = BLOCK.has(name);
        if (SKIP.has(name) || child.classList.contains(OWN) || child.hidden || child.hasAttribute('data-annotate-skip')
          || child.getAttribute('data-annotate') === 'off'
          || child.isContentEditable || child.getAttribute('contenteditable') === 'true' || (skip && child.matches(skip))) {
          gap = Math.max(gap, block ? 3 : 1);
          continue;
        }
        if (block) gap = 3;
        visit(child);
        if (block) gap = 3;
      }
    }
  };
  visit(root);
  return { text, segments };
}

/** Parses a list attribute ("PERSON ORG", "PERSON,ORG"); null for absent or empty (= all). */
export function parseList(value) {
  if (value == null) return null;
  const list = String(value).split(/[\s,]+/).filter(Boolean);
  return list.length ? list : null;
}

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The tooltip lines of an entity mention and of a claim. */
export function mentionTip(m, group) {
  return `${m.label} · ${labelName(m.label)}${group ? ` · ${group.name} (${plural(group.mentions, 'mention')})` : ''}`;
}
export function claimTip(c, groups) {
  const g = c.sourceEntity != null ? groups.get(c.sourceEntity) : null;
  const source = c.source ? `${c.source.text}${g && g.name !== c.source.text ? ` (${g.name})` : ''}` : 'not named';
  return `${c.kind} claim${c.direct ? ', direct quote' : ''} · source: ${source}`;
}

/** "Names: Anna Kowalski (PERSON), Springfield (GPE)": the distinct entities within a claim's parts. */
export function claimEntities(doc, c, groups, max = 6) {
  const parts = [c.source, c.cue, c.content].filter(Boolean);
  const seen = new Map();
  for (const m of doc.entities) {
    if (!parts.some((p) => p.start <= m.start && m.end <= p.end) || seen.has(m.entity)) continue;
    seen.set(m.entity, `${groups.get(m.entity)?.name ?? m.text} (${m.label})`);
  }
  if (!seen.size) return '';
  const list = [...seen.values()];
  return `Names: ${list.slice(0, max).join(', ')}${list.length > max ? `, and ${list.length - max} more` : ''}`;
}

/**
 * Every range to draw, outermost first where ranges share a start (claim parts, then mentions),
 * each with the element that draws it. `labels` and `kinds` (lists, or null for all) filter them.
 */
function ranges(doc, { labels = null, kinds = null } = {}) {
  const out = [];
  const groups = new Map((doc.groups ?? []).map((g) => [g.id, g]));
  doc.claims.forEach((c, i) => {
    if (kinds && !kinds.includes(c.kind)) return;
    for (const part of ['content', 'source', 'cue']) {
      const s = c[part];
      if (!s) continue;
      out.push({ start: s.start, end: s.end, rank: 0, order: out.length, make(d, first) {
        const e = d.createElement('span');
        e.className = `${OWN} aa-c`;
        e.dataset.aaClaim = c.kind;
        e.dataset.aaPart = part;
        e.dataset.aaClaimId = String(i);
        if (part === 'cue' && first) e.tabIndex = 0;
        return e;
      } });
    }
  });
  doc.entities.forEach((m, i) => {
    if (labels && !labels.includes(m.label)) return;
    out.push({ start: m.start, end: m.end, rank: 1, order: out.length, make(d) {
      const e = d.createElement('mark');
      e.className = `${OWN} aa-m`;
      e.dataset.aaLabel = m.label;
      e.dataset.aaEntity = String(m.entity);
      e.dataset.aaMention = String(i);
      return e;
    } });
  });
  return { list: out.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank || a.order - b.order), groups };
}

/**
 * Draws `doc` over the text nodes of `segments` (from collectText). Returns what undraw() needs:
 * {wrappers, splits} in the order they were made.
 *
 * First every text node is split at every range boundary inside it, in one pass, so that each
 * piece lies wholly inside or outside every range. Then, outermost range first, the pieces a range
 * covers are wrapped: pieces that are still adjacent siblings share one element (so a claim
 * part holding a mention is one element around the mention's element), others get one each.
 */
export function draw(segments, doc, options = {}) {
  const wrappers = [];
  const splits = []; // text nodes made by splitText
  const { list } = ranges(doc, options);
  const valid = list.filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start < r.end);
  const cuts = [...new Set(valid.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
  const pieces = []; // {node, start, end}, in text order
  let c = 0;
  for (const seg of segments) {
    while (c < cuts.length && cuts[c] <= seg.start) c++;
    let { node, start } = seg;
    for (; c < cuts.length && cuts[c] < seg.end; c++) {
      const rest = node.splitText(cuts[c] - start);
      splits.push(rest);
      pieces.push({ node, start, end: cuts[c] });
      node = rest;
      start = cuts[c];
    }
    pieces.push({ node, start, end: seg.end });
  }
  const firstAtOrAfter = (pos) => { // index of the first piece ending after pos
    let lo = 0;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pieces[mid].end <= pos) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
  for (const r of valid) {
    let first = true;
    let group = [];
    const flush = () => {
      if (!group.length) return;
      const head = group[0];
      const wrapper = r.make(head.ownerDocument, first);
      first = false;
      head.parentNode.insertBefore(wrapper, head);
      wrapper.append(...group);
      wrappers.push(wrapper);
      group = [];
    };
    for (let k = firstAtOrAfter(r.start); k < pieces.length && pieces[k].start < r.end; k++) {
      const { node } = pieces[k];
      if (group.length && group[group.length - 1].nextSibling !== node) flush();
      group.push(node);
    }
    flush();
  }
  return { wrappers, splits };
}

/** Undoes draw(): unwraps our elements and joins each split-off text node back into the one before it. */
export function undraw({ wrappers, splits }) {
  for (let i = wrappers.length - 1; i >= 0; i--) {
    const w = wrappers[i];
    if (w.parentNode) w.replaceWith(...w.childNodes);
  }
  for (let i = splits.length - 1; i >= 0; i--) {
    const n = splits[i];
    const prev = n.previousSibling;
    if (n.parentNode && prev && prev.nodeType === 3) {
      prev.appendData(n.data);
      n.remove();
    }
  }
}

// ---- tooltips and the reading experience -----------------------------------------------------

let tipCount = 0;

/**
 * Tooltips for the annotations inside `root` (an element), shown on hover and on keyboard focus;
 * `host` is where the tooltip element lives (document.body, or a shadow root). `state()` gives the
 * current {doc, groups}. Returns a function that removes the listeners and the tooltip.
 */
export function attachTips(root, host, state) {
  const d = root.ownerDocument;
  const tip = d.createElement('div');
  tip.className = `${OWN} aa-tip`;
  tip.id = `aa-tip-${++tipCount}`;
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  let attached = false;
  let current = null; // the element the tooltip describes
  let hot = [];

  const lines = (target) => {
    const { doc, groups } = state();
    if (!doc) return [];
    const out = [];
    const seen = new Set();
    for (let e = target; e && e !== root; e = e.parentElement) {
      if (e.classList.contains('aa-m')) {
        const m = doc.entities[Number(e.dataset.aaMention)];
        if (m) out.push({ cls: 'aa-tip-entity', text: mentionTip(m, groups.get(m.entity)), label: m.label });
      } else if (e.classList.contains('aa-c') && !seen.has(e.dataset.aaClaimId)) {
        seen.add(e.dataset.aaClaimId);
        const c = doc.claims[Number(e.dataset.aaClaimId)];
        if (c) out.push({ cls: 'aa-tip-claim', text: claimTip(c, groups), kind: c.kind });
        // On a cue (where the keyboard goes) also the entities the claim names, for keyboard users.
        if (c && e === target && e.dataset.aaPart === 'cue') {
          const names = claimEntities(doc, c, groups);
          if (names) out.push({ cls: 'aa-tip-names', text: names });
        }
      }
    }
    return out;
  };
  const highlight = (target) => {
    for (const e of hot) e.classList.remove('aa-hot');
    hot = [];
    if (!target) return;
    const sel = target.classList.contains('aa-m') ? `.aa-m[data-aa-mention="${Number(target.dataset.aaMention)}"]`
      : `.aa-c[data-aa-claim-id="${Number(target.dataset.aaClaimId)}"]`;
    hot = [...root.querySelectorAll(sel)];
    for (const e of hot) e.classList.add('aa-hot');
  };
  const show = (target) => {
    const l = lines(target);
    if (!l.length) return hide();
    if (!attached) { host.append(tip); attached = true; }
    tip.replaceChildren(...l.map((x) => {
      const p = d.createElement('div');
      p.className = x.cls;
      if (x.label) p.dataset.aaLabel = x.label;
      if (x.kind) p.dataset.aaClaim = x.kind;
      p.textContent = x.text;
      return p;
    }));
    tip.hidden = false;
    if (current && current !== target) current.removeAttribute('aria-describedby');
    current = target;
    if (target.tabIndex >= 0) target.setAttribute('aria-describedby', tip.id);
    highlight(target);
    // Position (CSSOM: allowed under a CSP without 'unsafe-inline'): below the target, kept on screen.
    const r = target.getClientRects()[0] ?? target.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const vw = d.documentElement.clientWidth;
    const vh = d.documentElement.clientHeight;
    let top = r.bottom + 6;
    if (top + h > vh && r.top - h - 6 >= 0) top = r.top - h - 6;
    tip.style.left = `${Math.max(4, Math.min(r.left, vw - w - 4))}px`;
    tip.style.top = `${Math.max(4, top)}px`;
  };
  function hide() {
    tip.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
    highlight(null);
  }
  const find = (t) => (t instanceof Element ? t.closest('.aa-m, .aa-c') : null);
  const over = (e) => { const t = find(e.target); if (t && root.contains(t)) show(t); };
  const out = (e) => {
    const to = find(e.relatedTarget);
    if (to && root.contains(to)) return;
    if (current && d.activeElement === current) return; // keep the focused cue's tooltip
    hide();
  };
  const focusIn = (e) => { const t = find(e.target); if (t && root.contains(t)) show(t); };
  const focusOut = () => hide();
  const key = (e) => { if (e.key === 'Escape' && !tip.hidden) hide(); };
  const scroll = () => { if (!tip.hidden) hide(); };
  root.addEventListener('mouseover', over);
  root.addEventListener('mouseout', out);
  root.addEventListener('focusin', focusIn);
  root.addEventListener('focusout', focusOut);
  root.addEventListener('keydown', key);
  d.addEventListener('scroll', scroll, { passive: true, capture: true });
  return () => {
    hide();
    root.removeEventListener('mouseover', over);
    root.removeEventListener('mouseout', out);
    root.removeEventListener('focusin', focusIn);
    root.removeEventListener('focusout', focusOut);
    root.removeEventListener('keydown', key);
    d.removeEventListener('scroll', scroll, { capture: true });
    tip.remove();
  };
}

// ---- the public entry point -----------------------------------------------------------------------

/**
 * Annotates the text under `element` in place. Options: `labels`, `kinds` (arrays: which entity
 * labels and claim kinds to draw; default all), `skip` (a CSS selector of subtrees to leave alone),
 * `observe` (default true: annotate again, debounced, when the content changes; a failure then
 * fires `article-annotator:error` on the element), `tooltips` (default true), `toolbar` (default
 * false: an export bar after the element), `basename` (its files' names, default "annotations"). Resolves to a handle {element, text, annotations,
 * refresh(), clear()}; `clear()` restores the original DOM. Rejects when the annotator cannot
 * load or annotate.
 */
export async function annotateElement(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('annotateElement: not an element');
  handles.get(element)?.clear();
  await load();
  const d = element.ownerDocument;
  adoptStyles(d);
  const opts = {
    labels: options.labels ?? null,
    kinds: options.kinds ?? null,
    skip: options.skip ?? '',
    observe: options.observe !== false,
    tooltips: options.tooltips !== false,
    toolbar: options.toolbar === true,
    basename: options.basename || 'annotations',
  };
  let drawn = null;
  let text = '';
  let doc = null;
  let groups = new Map();
  let timer = 0;
  let cleared = false;
  const observer = opts.observe ? new MutationObserver((records) => {
    if (records.some(foreign)) schedule();
  }) : null;
  const watch = () => observer?.observe(element, { childList: true, characterData: true, subtree: true });
  // Our own changes are made with the observer off; changes of the page's made before are read
  // anyway, as each run reads the whole content again.
  const quiet = (fn) => {
    observer?.takeRecords();
    observer?.disconnect();
    try { return fn(); } finally { if (!cleared) watch(); }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (cleared) return;
      try {
        run();
      } catch (e) { // the text is left as it is, without annotations, and the page is told
        element.dispatchEvent(new CustomEvent('article-annotator:error', { bubbles: true, detail: { error: e } }));
      }
    }, DEBOUNCE_MS);
  };
  const run = () => quiet(() => {
    if (drawn) undraw(drawn);
    drawn = null;
    doc = null;
    const collected = collectText(element, opts);
    text = collected.text;
    const result = annotateLoaded(text);
    groups = new Map((result.groups ?? []).map((g) => [g.id, g]));
    drawn = draw(collected.segments, result, opts);
    doc = result;
    element.dispatchEvent(new CustomEvent('article-annotator:annotated', { bubbles: true, detail: { text, annotations: doc } }));
  });
  try {
    run();
  } catch (e) {
    cleared = true;
    observer?.disconnect();
    if (drawn) undraw(drawn);
    throw e;
  }
  const detachTips = opts.tooltips ? attachTips(element, d.body ?? d.documentElement, () => ({ doc, groups })) : () => {};
  const toolbar = opts.toolbar ? exportBar(element, opts.basename, () => ({ text, doc })) : null;
  const handle = {
    element,
    get text() { return text; },
    get annotations() { return doc; },
    /** Annotates the current content again now. */
    refresh() { if (!cleared) run(); return handle; },
    /** Removes every element the widget added and joins the split text nodes: the DOM is as before. */
    clear() {
      if (cleared) return;
      clearTimeout(timer);
      detachTips();
      toolbar?.remove();
      observer?.takeRecords();
      observer?.disconnect();
      cleared = true;
      if (drawn) undraw(drawn);
      drawn = null;
      if (handles.get(element) === handle) handles.delete(element);
    },
  };
  handles.set(element, handle);
  return handle;
}

/**
 * A small export bar placed right after `element` (outside it, so its text is not the page's):
 * copy as JSON, download JSON, Web Annotation, CSV. The Web Annotation targets the page's address.
 */
function exportBar(element, basename, state) {
  const d = element.ownerDocument;
  const bar = d.createElement('div');
  bar.className = `${OWN} aa-bar`;
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Export the annotations');
  const button = (text, attrs) => {
    const b = d.createElement('button');
    b.type = 'button';
    b.textContent = text;
    for (const [k, v] of Object.entries(attrs)) b.setAttribute(k, v);
    return b;
  };
  const status = d.createElement('span');
  status.className = 'aa-status';
  status.setAttribute('aria-live', 'polite');
  const title = d.createElement('span');
  title.className = 'aa-title';
  title.textContent = 'Annotations:';
  bar.append(title, button('Copy JSON', { 'data-copy': 'json' }),
    ...Object.entries(FORMATS).map(([key, f]) => button(f.label, { 'data-download': key, title: `Download ${f.label}` })), status);
  const options = () => ({ basename, source: d.location ? d.location.href.replace(/#.*$/, '') : undefined });
  bar.addEventListener('click', async (e) => {
    const b = e.target.closest('button');
    const { text, doc } = state();
    if (!b || !doc) return;
    const format = b.dataset.copy ?? b.dataset.download;
    const { content, filename, type } = exportAs(format, text, doc, options());
    if (b.dataset.copy) status.textContent = (await copyText(content, d)) ? 'Copied.' : 'Could not copy: the browser refused.';
    else {
      download(content, filename, type, d);
      status.textContent = `Saved ${filename}.`;
    }
  });
  element.after(bar);
  return bar;
}

/** A mutation record not caused by the widget's tooltip or alert. */
function foreign(r) {
  const own = (n) => n.nodeType === 1 && n.classList.contains(OWN) && !n.classList.contains('aa-m') && !n.classList.contains('aa-c');
  if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(own)) return false;
  return true;
}

/** The handle of an element annotated by annotateElement, if it still is. */
export const handleOf = (element) => handles.get(element) ?? null;

