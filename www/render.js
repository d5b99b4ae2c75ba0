// Turns the annotator's output into DOM. User text reaches the DOM only as text nodes
// (createTextNode, textContent) and attribute values (setAttribute): never as markup.
// Offsets are UTF-16 code units, the unit of String.prototype.slice.
import { CLAIM, claimAt, ENTITY, flatCounts, flatOf, NONE, sliceOf } from './annotations.js';

export const ENTITY_LABELS = ['PERSON', 'NORP', 'FAC', 'ORG', 'GPE', 'LOC', 'PRODUCT', 'EVENT',
  'WORK_OF_ART', 'LAW', 'LANGUAGE', 'DATE', 'TIME', 'PERCENT', 'MONEY', 'QUANTITY', 'ORDINAL', 'CARDINAL'];
export const CLAIM_KINDS = ['attributed', 'alleged', 'denied'];
export const PARTS = ['content', 'source', 'cue'];

const CLAIM_LIST_CHARS = 160;
const CHUNK_CHARS = 2000;
// Items a side-panel list shows before its "show all" button: long lists are costly to lay out.
const LIST_LIMIT = 200;

const LABEL_NAMES = {
  PERSON: 'person', NORP: 'nationality or group', FAC: 'facility', ORG: 'organisation', GPE: 'country, city, state',
  LOC: 'other place', PRODUCT: 'product', EVENT: 'event', WORK_OF_ART: 'work of art', LAW: 'law', LANGUAGE: 'language',
  DATE: 'date', TIME: 'time', PERCENT: 'percent', MONEY: 'money', QUANTITY: 'quantity', ORDINAL: 'ordinal',
  CARDINAL: 'number',
};
export const labelName = (label) => LABEL_NAMES[label] ?? label;
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A claim's source as shown: its words, or "—" when the text names none. */
export const sourceText = (claim) => (claim.source ? claim.source.text : '—');

/** Tooltip of a claim cue: kind and source. */
export function claimTip(claim) {
  return `${claim.kind} claim${claim.direct ? ' (direct quote)' : ''} · source: ${sourceText(claim)}`;
}

const validSpan = (text, start, end) => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end
  && end <= text.length;

/**
 * The mentions of `doc` as accessors by index: from its typed arrays when it has them (a document
 * of annotations.js's lazyDecode, whose `entities` would cost one object each), else its objects.
 */
function mentionsOf(doc) {
  const f = flatOf(doc)?.flat;
  if (f) {
    const e = f.entities;
    return { n: e.length / ENTITY, start: (i) => e[i * ENTITY], end: (i) => e[i * ENTITY + 1],
      label: (i) => f.labels[e[i * ENTITY + 2]], entity: (i) => e[i * ENTITY + 3] };
  }
  const list = doc.entities;
  return { n: list.length, start: (i) => list[i].start, end: (i) => list[i].end, label: (i) => list[i].label,
    entity: (i) => list[i].entity };
}

/** Where each part of PARTS (content, source, cue) begins in a flat claim record. */
const PART_AT = [6, 3, 1];

/** The claims of `doc` as accessors (part p of PARTS), from its typed arrays when it has them. */
function claimsOf(text, doc) {
  const f = flatOf(doc)?.flat;
  if (f) {
    const c = f.claims;
    return { n: c.length / CLAIM, kind: (i) => f.kinds[c[i * CLAIM]], start: (i, p) => c[i * CLAIM + PART_AT[p]],
      end: (i, p) => c[i * CLAIM + PART_AT[p] + 1], claim: (i) => claimAt(text, f, i) };
  }
  const list = doc.claims;
  return { n: list.length, kind: (i) => list[i].kind, start: (i, p) => list[i][PARTS[p]]?.start,
    end: (i, p) => list[i][PARTS[p]]?.end, claim: (i) => list[i] };
}

/** Indices 0..n-1 with a drawable range, in order of `start` (stable; no sort when already in order). */
function byStart(n, start, end, text) {
  const keep = [];
  let sorted = true;
  for (let i = 0; i < n; i++) {
    if (!validSpan(text, start(i), end(i))) continue;
    if (keep.length && start(keep[keep.length - 1]) > start(i)) sorted = false;
    keep.push(i);
  }
  return sorted ? keep : sortedByStart(keep, start);
}

/**
 * `indices` (ascending) in order of `start`, ties in order of index: sorted as numbers start × M +
 * index (exact in a double for any text a page holds), which a typed array sorts natively, many
 * times faster than a comparator calling accessors: 1 MB of news has some 14,000 claim parts.
 */
function sortedByStart(indices, start) {
  const m = (indices.length ? indices[indices.length - 1] : 0) + 1;
  const keys = new Float64Array(indices.length);
  for (let j = 0; j < indices.length; j++) keys[j] = start(indices[j]) * m + indices[j];
  keys.sort();
  const out = new Array(keys.length);
  for (let j = 0; j < keys.length; j++) out[j] = keys[j] % m;
  return out;
}

/**
 * The order in which spans are drawn: `parts`, claim parts with a drawable range (claim × 3 + index
 * in PARTS) by start; `mentions`, the indices of drawable mentions by start. The page's worker
 * works them out beside the annotations (worker.js: `flat.orders`), which spares the page's main
 * thread most of the cost of starting to draw a long text.
 */
export function spanOrders(text, doc) {
  const c = claimsOf(text, doc);
  const parts = []; // claim * 3 + part index, for the parts there are
  for (let i = 0; i < c.n; i++) {
    for (let p = 0; p < 3; p++) if (validSpan(text, c.start(i, p), c.end(i, p))) parts.push(i * 3 + p);
  }
  const m = mentionsOf(doc);
  return { parts: Uint32Array.from(sortedByStart(parts, (k) => c.start(Math.floor(k / 3), k % 3))),
    mentions: Uint32Array.from(byStart(m.n, m.start, m.end, text)) };
}

/**
 * Every span to draw, in order of start, made as they are asked for: `upTo(to)` gives those that
 * begin before `to` and were not given yet. Each is {start, end, rank, order, make}: claim parts
 * (rank 0) before entity mentions (rank 1), so that where spans share a range a mention lies inside
 * the claim part that holds it; `order` keeps ties in the annotations' order.
 */
function spanStream(text, doc) {
  const c = claimsOf(text, doc);
  const m = mentionsOf(doc);
  const { parts, mentions } = flatOf(doc)?.flat.orders ?? spanOrders(text, doc);
  const partStart = (k) => c.start(Math.floor(k / 3), k % 3);
  let groups = null; // id -> group, made when the first mention is drawn
  let p = 0;
  let q = 0;
  const claimSpan = (k) => {
    const [i, p] = [Math.floor(k / 3), k % 3];
    const [kind, part] = [c.kind(i), PARTS[p]];
    return { start: c.start(i, p), end: c.end(i, p), rank: 0, order: k, cue: part === 'cue', make: (d) => {
      const node = d.createElement('span');
      node.dataset.claim = kind;
      node.dataset.part = part;
      node.dataset.claimId = String(i);
      if (part === 'cue') {
        node.tabIndex = 0;
        node.title = claimTip(c.claim(i));
      }
      return node;
    } };
  };
  const mentionSpan = (i) => {
    groups ??= new Map((doc.groups ?? []).map((g) => [g.id, g]));
    const [label, entity] = [m.label(i), m.entity(i)];
    return { start: m.start(i), end: m.end(i), rank: 1, order: c.n * 3 + i, make: (d) => {
      const g = groups.get(entity);
      const node = d.createElement('mark');
      node.dataset.label = label;
      node.dataset.entity = String(entity);
      node.dataset.mention = String(i);
      node.title = `${label} · ${labelName(label)}${g ? ` · ${g.name}, ${plural(g.mentions, 'mention')}` : ''}`;
      return node;
    } };
  };
  return {
    upTo(to) {
      const out = [];
      for (; p < parts.length && partStart(parts[p]) < to; p++) out.push(claimSpan(parts[p]));
      for (; q < mentions.length && m.start(mentions[q]) < to; q++) out.push(mentionSpan(mentions[q]));
      return out;
    },
  };
}

/**
 * Where the pane is cut into blocks: after the first line break at or past every `size` code
 * units. Each block is a <div class="chunk"> that the browser can skip laying out while it is off
 * screen (content-visibility), which keeps a long article cheap to show and to restyle. A text
 * with no line break is one block; so is a short text.
 */
export function chunkBounds(text, size = CHUNK_CHARS) {
  const bounds = [0];
  for (let at = size; at < text.length;) {
    const nl = text.indexOf('\n', at - 1);
    if (nl < 0 || nl + 1 >= text.length) break;
    bounds.push(nl + 1);
    at = nl + 1 + size;
  }
  bounds.push(text.length);
  return bounds;
}

/**
 * The pane's blocks as plans, one a block, in order: {from, to, spans, cues}: the block covers
 * text[from, to); `spans` are the annotations drawn in it, cut to the block and sorted for `fill`;
 * `cues` tells whether it holds a claim cue (something the keyboard reaches). Planning is cheap next
 * to making the elements (fillChunk), which a page can then do for the blocks it shows, in any order.
 */
export function* planChunks(text, doc, size = CHUNK_CHARS) {
  const stream = spanStream(text, doc);
  const bounds = chunkBounds(text, size);
  let carried = []; // spans begun in earlier chunks that go on past them
  for (let c = 0; c + 1 < bounds.length; c++) {
    const [from, to] = [bounds[c], bounds[c + 1]];
    const here = carried.map((s) => ({ ...s, start: from }));
    here.push(...stream.upTo(to));
    carried = here.filter((s) => s.end > to);
    if (from === to) continue; // the empty text
    yield { from, to, spans: here.map((s) => (s.end > to ? { ...s, end: to } : s)).sort(bySpan), cues: here.some((s) => s.cue) };
  }
}

/** Draws block `plan` (from planChunks) of `text` into `root` (an empty element or fragment). */
export function fillChunk(root, text, plan, d = document) {
  fill(root, text, plan.spans, plan.from, plan.to, d);
  return root;
}

/**
 * The pane's content, one <div class="chunk"> at a time: the text with its annotations as
 * properly nested elements. Its textContent, all chunks together, equals `text`, always.
 *
 * Within a chunk the text is cut at every span boundary; each piece lies inside a chain of spans,
 * ordered outermost first as `spans` orders them. Walking the pieces, the elements open for the
 * previous piece are kept as far as the two chains agree, closed beyond that, and the new chain's
 * rest is opened. Where two spans cross, the later one is closed and opened again: it is split
 * into two elements with the same attributes. A span across a chunk boundary is split there too.
 */
export function* renderChunks(text, doc, d = document, size = CHUNK_CHARS) {
  for (const plan of planChunks(text, doc, size)) {
    const chunk = d.createElement('div');
    chunk.className = 'chunk';
    yield fillChunk(chunk, text, plan, d);
  }
}

/**
 * Where the pane should show entity `entity` of `doc`: its first drawable mention, {start, end}, or
 * null when it has none.
 */
export function firstMention(text, doc, entity) {
  const m = mentionsOf(doc);
  let best = null;
  for (let i = 0; i < m.n; i++) {
    if (m.entity(i) !== entity || !validSpan(text, m.start(i), m.end(i))) continue;
    if (!best || m.start(i) < best.start) best = { start: m.start(i), end: m.end(i) };
  }
  return best;
}

/** Where the pane draws claim `id` of `doc`: from its first part's start to its last part's end, or null. */
export function claimExtent(text, doc, id) {
  const c = claimsOf(text, doc);
  if (!(id >= 0 && id < c.n)) return null;
  let out = null;
  for (let p = 0; p < PARTS.length; p++) {
    const [start, end] = [c.start(id, p), c.end(id, p)];
    if (!validSpan(text, start, end)) continue;
    out = out ? { start: Math.min(out.start, start), end: Math.max(out.end, end) } : { start, end };
  }
  return out;
}

const bySpan = (a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank || a.order - b.order;

/** Draws text[from, to) into `root` with `list` (sorted by `bySpan`, all within the range). */
function fill(root, text, list, from, to, d) {
  const cuts = new Set([from, to]);
  for (const s of list) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  let active = []; // spans over the current piece, in `list` order
  let next = 0; // index in `list` of the next span to begin
  const open = []; // [{span, node}], outermost first
  for (let p = 0; p + 1 < points.length; p++) {
    const [a, b] = [points[p], points[p + 1]];
    active = active.filter((s) => s.end > a);
    while (next < list.length && list[next].start === a) active.push(list[next++]);
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep].span === active[keep]) keep++;
    open.length = keep;
    for (let k = keep; k < active.length; k++) {
      const node = active[k].make(d);
      (k === 0 ? root : open[k - 1].node).append(node);
      open.push({ span: active[k], node });
    }
    (open.length ? open[open.length - 1].node : root).append(d.createTextNode(text.slice(a, b)));
  }
}

/** The whole pane content at once (see renderChunks), in a DocumentFragment. */
export function renderText(text, doc, d = document, size = CHUNK_CHARS) {
  const root = d.createDocumentFragment();
  for (const chunk of renderChunks(text, doc, d, size)) root.append(chunk);
  return root;
}

/**
 * Counts for the summary line and the legend. A flat document is counted from its typed arrays, its
 * mentions and claims never made objects (on 1 MB that would be most of a frame).
 */
export function summarize(doc) {
  const f = flatOf(doc);
  // A source is one entity when the annotator linked it, else its words (case and spacing aside).
  const sourceKey = (entity, text) => (entity != null ? `#${entity}` : text.toLowerCase().replace(/\s+/g, ' ').trim());
  const sources = new Set();
  if (f) {
    const { labels, kinds, entities, claims } = flatCounts(f.flat);
    const c = f.flat.claims;
    for (let j = 0; j < c.length; j += CLAIM) {
      if (c[j + 3] !== NONE) sources.add(sourceKey(c[j + 5] === NONE ? null : c[j + 5], sliceOf(f.text, c[j + 3], c[j + 4])));
    }
    for (const k of CLAIM_KINDS) if (!kinds.has(k)) kinds.set(k, 0);
    return { labels, kinds, sources: sources.size, entities, claims };
  }
  const labels = new Map();
  for (const m of doc.entities) labels.set(m.label, (labels.get(m.label) ?? 0) + 1);
  const kinds = new Map(CLAIM_KINDS.map((k) => [k, 0]));
  for (const c of doc.claims) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  for (const c of doc.claims) if (c.source) sources.add(sourceKey(c.sourceEntity, c.source.text));
  return { labels, kinds, sources: sources.size, entities: doc.entities.length, claims: doc.claims.length };
}

/** "12 entities (5 ORG, 4 GPE, …) · 3 claims (2 attributed, 1 alleged) · 2 distinct sources"; labels by count. */
export function summaryText(doc, s = summarize(doc)) {
  const byLabel = ENTITY_LABELS.filter((l) => s.labels.get(l)).sort((a, b) => s.labels.get(b) - s.labels.get(a))
    .map((l) => `${s.labels.get(l)} ${l}`);
  const byKind = CLAIM_KINDS.filter((k) => s.kinds.get(k)).map((k) => `${s.kinds.get(k)} ${k}`);
  return [
    plural(s.entities, 'entity', 'entities') + (byLabel.length ? ` (${byLabel.join(', ')})` : ''),
    plural(s.claims, 'claim') + (byKind.length ? ` (${byKind.join(', ')})` : ''),
    plural(s.sources, 'distinct source'),
  ].join(' · ');
}

/** Claims in reading order: by where their first part begins. */
export function claimsInOrder(doc) {
  const first = (c) => Math.min(c.cue.start, c.content.start, c.source ? c.source.start : Infinity);
  return doc.claims.map((claim, id) => ({ claim, id }))
    .sort((a, b) => first(a.claim) - first(b.claim) || a.claim.cue.start - b.claim.cue.start);
}

/**
 * claimsInOrder, each claim made an object only when `claim` is read: a flat document's claims are
 * ordered from its typed arrays, and a list that shows the first 200 decodes only those.
 */
function claimsInOrderLazily(doc) {
  const f = flatOf(doc);
  if (!f) return claimsInOrder(doc);
  const c = f.flat.claims;
  const n = c.length / CLAIM;
  const first = new Float64Array(n);
  for (let i = 0, j = 0; i < n; i++, j += CLAIM) first[i] = Math.min(c[j + 1], c[j + 6], c[j + 3] === NONE ? Infinity : c[j + 3]);
  const ids = Array.from({ length: n }, (_, i) => i).sort((a, b) => first[a] - first[b] || c[a * CLAIM + 1] - c[b * CLAIM + 1]);
  return ids.map((id) => ({ id, get claim() { return claimAt(f.text, f.flat, id); } }));
}

let collator = null;

/** Entity groups by label (in ENTITY_LABELS order), each label's groups by mentions then name. */
export function groupsByLabel(doc) {
  const out = new Map();
  for (const g of doc.groups) {
    if (!out.has(g.label)) out.set(g.label, []);
    out.get(g.label).push(g);
  }
  collator ??= new Intl.Collator(); // what localeCompare uses, made once: localeCompare makes one a call
  for (const list of out.values()) list.sort((a, b) => b.mentions - a.mentions || collator.compare(a.name, b.name));
  const order = (l) => { const i = ENTITY_LABELS.indexOf(l); return i < 0 ? ENTITY_LABELS.length : i; };
  return new Map([...out].sort(([a], [b]) => order(a) - order(b) || collator.compare(a, b)));
}

/** Shorthand: an element with classes and text (as a text node). */
export function el(d, tag, { cls, text, attrs } = {}) {
  const e = d.createElement(tag);
  if (cls) e.className = cls;
  if (attrs) for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text != null) e.textContent = text;
  return e;
}

/** A "show all" button for a list cut at `shown` of `total` items. */
function moreButton(d, shown, total, what, attrs = {}) {
  return el(d, 'button', { cls: 'more', text: `Show all ${total.toLocaleString('en')} ${what} (${(total - shown).toLocaleString('en')} more)`,
    attrs: { type: 'button', 'data-more': '', ...attrs } });
}

/** Runs a generator of buildEntityList or buildClaimList to its end. */
const drain = (steps) => { while (!steps.next().done); };

/**
 * The side panel's entity list: one heading per label, one button per distinct entity, the first
 * `limit` of each label (most mentioned first) and a "show all" button for the rest.
 */
export function renderEntityList(doc, d = document, limit = LIST_LIMIT) {
  const root = d.createDocumentFragment();
  drain(buildEntityList(root, doc, d, limit));
  return root;
}

/** renderEntityList into `root`, a step at a time: it yields after each item (for a page that builds in slices). */
export function* buildEntityList(root, doc, d = document, limit = LIST_LIMIT) {
  const byLabel = groupsByLabel(doc);
  yield;
  if (!byLabel.size) root.append(el(d, 'p', { cls: 'none', text: 'No entities found.' }));
  for (const [label, groups] of byLabel) {
    const section = el(d, 'section', { cls: 'entity-label', attrs: { 'data-label': label } });
    const h = el(d, 'h3');
    h.append(el(d, 'span', { cls: 'swatch', attrs: { 'data-label': label, 'aria-hidden': 'true' } }),
      el(d, 'span', { text: label }), ' ', el(d, 'span', { cls: 'hint', text: labelName(label) }));
    const list = el(d, 'ul');
    for (const g of groups.slice(0, limit)) {
      const button = el(d, 'button', { attrs: { type: 'button', 'data-entity': String(g.id), 'aria-pressed': 'false',
        title: `${plural(g.mentions, 'mention')} — show them in the text` } });
      button.append(el(d, 'span', { cls: 'name', text: g.name }), ' ', el(d, 'span', { cls: 'count', text: String(g.mentions) }));
      const li = el(d, 'li');
      li.append(button);
      list.append(li);
      yield;
    }
    section.append(h, list);
    if (groups.length > limit) section.append(moreButton(d, limit, groups.length, `${label} entities`, { 'data-label': label }));
    root.append(section);
  }
}

/** `s` cut to about `n` code units with "…", never inside a surrogate pair. */
export function shorten(s, n) {
  if (s.length <= n) return s;
  let cut = n - 1;
  if (/[\uDC00-\uDFFF]/.test(s[cut]) && /[\uD800-\uDBFF]/.test(s[cut - 1])) cut--;
  return `${s.slice(0, cut).trimEnd()}…`;
}

/**
 * The side panel's claim list, in reading order: "source → content (kind)"; the first `limit`
 * claims, and a "show all" button for the rest.
 */
export function renderClaimList(doc, d = document, limit = LIST_LIMIT) {
  const root = d.createDocumentFragment();
  drain(buildClaimList(root, doc, d, limit));
  return root;
}

/** renderClaimList into `root`, a step at a time: it yields after each item. */
export function* buildClaimList(root, doc, d = document, limit = LIST_LIMIT) {
  const claims = claimsInOrderLazily(doc);
  yield;
  for (const { claim, id } of claims.slice(0, limit)) {
    const content = claim.direct ? `“${claim.content.text}”` : claim.content.text;
    // The list is for finding claims: long contents are cut here, and whole in the tooltip and the pane.
    const short = shorten(content, CLAIM_LIST_CHARS);
    const button = el(d, 'button', { attrs: { type: 'button', 'data-claim-id': String(id), 'data-claim': claim.kind,
      title: `${claimTip(claim)} — cue: ${claim.cue.text}${short === content ? '' : ` — ${content}`}` } });
    button.append(el(d, 'span', { cls: claim.source ? 'source' : 'source unnamed', text: sourceText(claim) }),
      ' → ', el(d, 'span', { cls: 'content', text: short }),
      ' ', el(d, 'span', { cls: 'kind', text: `(${claim.kind})` }));
    const li = el(d, 'li', { attrs: { 'data-claim': claim.kind } });
    li.append(button);
    root.append(li);
    yield;
  }
  if (claims.length > limit) {
    const li = el(d, 'li', { cls: 'more' });
    li.append(moreButton(d, limit, claims.length, 'claims'));
    root.append(li);
  }
}
