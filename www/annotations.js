// The annotator's two answers and how one becomes the other. `annotate(text)` gives plain objects
// (the documented API); `annotateFlat(text)` gives the same annotations as typed arrays, which the
// page's worker transfers to the page without copying, and which are turned into objects here only
// when something asks for them. Shared by the page (app.js, render.js) and the widget.
//
// The flat form (src/output.rs, FlatView): offsets in UTF-16 code units; per sentence start, end;
// per mention start, end, label, entity; per claim kind, cue start, cue end, source start, source
// end, source entity, content start, content end, direct; per entity label, mentions, name start,
// name end (in `names`). NONE marks a missing source or source entity.

export const NONE = 0xffffffff;
export const SENTENCE = 2;
export const ENTITY = 4;
export const CLAIM = 9;
export const GROUP = 4;

/** Where a lazily decoded document keeps its flat form: `doc[FLAT]` is {text, flat}. Not enumerable. */
export const FLAT = Symbol('flat annotations');

// The annotator reads a lone surrogate as U+FFFD (one code unit too, so offsets agree): its span
// texts have U+FFFD where the caller's string has the lone surrogate.
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (s) => (typeof s.toWellFormed === 'function' ? s.toWellFormed() : s.replace(LONE, '\uFFFD'));

/** text.slice(start, end) as the annotator's span texts have it. */
export const sliceOf = (text, start, end) => wellFormed(text.slice(start, end));

const LONE_ONE = new RegExp(LONE.source);
/** sliceOf for many spans of one text: a well-formed text (nearly every one) is checked once, not per span. */
const slicerOf = (text) => ((typeof text.isWellFormed === 'function' ? text.isWellFormed() : !LONE_ONE.test(text))
  ? (start, end) => text.slice(start, end)
  : (start, end) => sliceOf(text, start, end));

/** Does `doc` have its flat form at hand (a document from `lazyDecode`)? */
export const flatOf = (doc) => (doc && doc[FLAT]) || null;

function sentences(flat) {
  const s = flat.sentences;
  const out = new Array(s.length / SENTENCE);
  for (let i = 0, j = 0; j < s.length; i++, j += SENTENCE) out[i] = { start: s[j], end: s[j + 1] };
  return out;
}

// `slice`: slicerOf(text), made once per document (it checks the whole text).
function entities(flat, slice) {
  const e = flat.entities;
  const out = new Array(e.length / ENTITY);
  for (let i = 0, j = 0; j < e.length; i++, j += ENTITY) {
    out[i] = { start: e[j], end: e[j + 1], label: flat.labels[e[j + 2]], text: slice(e[j], e[j + 1]), entity: e[j + 3] };
  }
  return out;
}

/** Claim `i` of the flat form as the object `annotate` gives (`slice`: sliceOf for this text). */
export function claimAt(text, flat, i, slice = (a, b) => sliceOf(text, a, b)) {
  const c = flat.claims;
  const j = i * CLAIM;
  const span = (a, b) => ({ start: a, end: b, text: slice(a, b) });
  return {
    kind: flat.kinds[c[j]],
    cue: span(c[j + 1], c[j + 2]),
    source: c[j + 3] === NONE ? null : span(c[j + 3], c[j + 4]),
    sourceEntity: c[j + 5] === NONE ? null : c[j + 5],
    content: span(c[j + 6], c[j + 7]),
    direct: c[j + 8] !== 0,
  };
}

function claims(text, flat, slice) {
  const out = new Array(flat.claims.length / CLAIM);
  for (let i = 0; i < out.length; i++) out[i] = claimAt(text, flat, i, slice);
  return out;
}

function groups(flat) {
  const g = flat.groups;
  const out = new Array(g.length / GROUP);
  for (let i = 0, j = 0; j < g.length; i++, j += GROUP) {
    out[i] = { id: i, label: flat.labels[g[j]], name: flat.names.slice(g[j + 2], g[j + 3]), mentions: g[j + 1] };
  }
  return out;
}

/** The flat form of `text` as plain objects: exactly what `annotate(text)` returns. */
export function decode(text, flat) {
  const slice = slicerOf(text);
  return { offsets: flat.offsets, sentences: sentences(flat), entities: entities(flat, slice), claims: claims(text, flat, slice), groups: groups(flat) };
}

/**
 * decode(), list by list when first read: `offsets`, `sentences`, `entities`, `claims` and `groups`
 * are own enumerable getters that decode once, so `{...doc}` and JSON.stringify(doc) see plain
 * lists. `doc[FLAT]` keeps the typed arrays for code that can read them directly (render.js).
 */
export function lazyDecode(text, flat) {
  const doc = {};
  const lazy = (key, make) => {
    let value;
    Object.defineProperty(doc, key, { enumerable: true, configurable: true, get: () => (value ??= make()) });
  };
  Object.defineProperty(doc, 'offsets', { enumerable: true, value: flat.offsets });
  lazy('sentences', () => sentences(flat));
  let slice = null;
  const slicer = () => (slice ??= slicerOf(text));
  lazy('entities', () => entities(flat, slicer()));
  lazy('claims', () => claims(text, flat, slicer()));
  lazy('groups', () => groups(flat));
  Object.defineProperty(doc, FLAT, { value: { text, flat } });
  return doc;
}

/** The buffers of a flat form's typed arrays, each once (annotateFlat's share one), for postMessage's transfer list. */
export const transferables = (flat) => [...new Set([flat.sentences.buffer, flat.entities.buffer, flat.claims.buffer, flat.groups.buffer])];

/** Counts without decoding: mentions and claims, and mentions per label and claims per kind. */
export function flatCounts(flat) {
  const labels = new Map();
  const perLabel = new Uint32Array(flat.labels.length);
  for (let j = 2; j < flat.entities.length; j += ENTITY) perLabel[flat.entities[j]]++;
  flat.labels.forEach((l, i) => { if (perLabel[i]) labels.set(l, perLabel[i]); });
  const kinds = new Map(flat.kinds.map((k) => [k, 0]));
  for (let j = 0; j < flat.claims.length; j += CLAIM) kinds.set(flat.kinds[flat.claims[j]], kinds.get(flat.kinds[flat.claims[j]]) + 1);
  return { labels, kinds, entities: flat.entities.length / ENTITY, claims: flat.claims.length / CLAIM };
}
