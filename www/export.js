// Export of an annotated text, shared by the page and the embeddable widget: JSON, W3C Web
// Annotation (JSON-LD) and the claims as CSV; plus copying to the clipboard and downloading.
// Every function here is pure (text and annotations in, a string out) except copyText and download.
//
// Offsets: the annotator's are UTF-16 code units (JavaScript string indices). The Web Annotation
// TextPositionSelector counts Unicode code points ("characters"), so positions are converted there:
// an emoji is one position in JSON-LD and two in the JSON.

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const QUOTE_CONTEXT_CHARS = 32; // code points of prefix and suffix in a TextQuoteSelector

/** The annotations as JSON: `{text, offsets, sentences, entities, claims, groups}`. */
export function toJSON(text, doc, { indent = 2 } = {}) {
  return JSON.stringify({ text, ...doc }, null, indent);
}

/**
 * Maps UTF-16 offsets of `text` to code point offsets and back. An offset inside a surrogate pair
 * (which the annotator never gives) counts as the start of that pair's code point.
 */
export function codePointMap(text) {
  const toCp = new Uint32Array(text.length + 1);
  const toUnit = [];
  let cp = 0;
  for (let i = 0; i < text.length; cp++) {
    toUnit.push(i);
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length
      && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    toCp[i] = cp;
    if (pair) toCp[i + 1] = cp;
    i += pair ? 2 : 1;
  }
  toCp[text.length] = cp;
  toUnit.push(text.length);
  return { cp: (unit) => toCp[unit], unit: (point) => toUnit[Math.max(0, Math.min(point, toUnit.length - 1))], length: cp };
}

/** Selectors for text[start, end) (UTF-16): a TextQuoteSelector and a TextPositionSelector (code points). */
export function selectors(text, start, end, map = codePointMap(text)) {
  const [a, b] = [map.cp(start), map.cp(end)];
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(map.unit(a - QUOTE_CONTEXT_CHARS), start),
      suffix: text.slice(end, map.unit(b + QUOTE_CONTEXT_CHARS)),
    },
    { type: 'TextPositionSelector', start: a, end: b },
  ];
}

/** A random URN (RFC 4122 version 4); crypto.randomUUID needs a secure context, this does not. */
export function uuidUrn() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Where a claim's parts begin and end, together (UTF-16). */
export function claimExtent(claim) {
  const parts = [claim.cue, claim.content, claim.source].filter(Boolean);
  return { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
}

const groupName = (doc, id) => (id == null ? null : (doc.groups ?? []).find((g) => g.id === id)?.name ?? null);

/**
 * The annotations as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/):
 * one Annotation per entity mention (motivation "tagging": the label, and the entity it refers to)
 * and one per claim (motivation "classifying": its kind, its source and what it says), each aimed
 * at `source` with a TextQuoteSelector and a TextPositionSelector (code points of `text`).
 *
 * Options: `source` the IRI of the annotated document (default: a fresh urn:uuid, for pasted text),
 * `id` the collection's IRI (annotations get `${id}#entity-3`, `${id}#claim-0`; default a urn:uuid
 * each), `generator` {name, homepage}, `created` an ISO date.
 */
export function toWebAnnotation(text, doc, { source, id, generator, created = new Date().toISOString() } = {}) {
  const map = codePointMap(text);
  const src = source || uuidUrn();
  const idOf = (frag) => (id ? `${id}#${frag}` : uuidUrn());
  const gen = { type: 'Software', name: generator?.name ?? 'Article Annotator', ...(generator?.homepage ? { homepage: generator.homepage } : {}) };
  const target = (start, end) => ({ source: src, selector: selectors(text, start, end, map) });
  const items = [];
  doc.entities.forEach((m, i) => {
    const body = [{ type: 'TextualBody', purpose: 'tagging', value: m.label }];
    const name = groupName(doc, m.entity);
    if (name) body.push({ type: 'TextualBody', purpose: 'identifying', value: name });
    items.push({ id: idOf(`entity-${i}`), type: 'Annotation', motivation: 'tagging', created, generator: gen, body,
      target: target(m.start, m.end) });
  });
  doc.claims.forEach((c, i) => {
    const { start, end } = claimExtent(c);
    const body = [{ type: 'TextualBody', purpose: 'classifying', value: `${c.kind} claim` }];
    if (c.source) {
      const name = groupName(doc, c.sourceEntity);
      body.push({ type: 'TextualBody', purpose: 'identifying', value: name && name !== c.source.text ? `${c.source.text} (${name})` : c.source.text });
    }
    const said = c.direct ? `“${c.content.text}”` : c.content.text;
    body.push({ type: 'TextualBody', purpose: 'describing', value: `${c.source ? c.source.text : 'unnamed source'} — ${c.cue.text} — ${said}` });
    items.push({ id: idOf(`claim-${i}`), type: 'Annotation', motivation: 'classifying', created, generator: gen, body,
      target: target(start, end) });
  });
  return {
    '@context': CONTEXT,
    id: id || uuidUrn(),
    type: 'AnnotationCollection',
    label: 'Entities and claims found by Article Annotator',
    total: items.length,
    first: { id: id ? `${id}#page-1` : uuidUrn(), type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** toWebAnnotation as a JSON-LD string. */
export function toJSONLD(text, doc, options = {}) {
  return JSON.stringify(toWebAnnotation(text, doc, options), null, 2);
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * Text that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return)
 * gets a leading apostrophe first. Numbers and booleans are written as they are.
 */
export function csvCell(value) {
  if (value == null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = ['claim', 'kind', 'direct', 'source', 'source_entity', 'cue', 'content', 'start', 'end'];

/**
 * The claims as CSV, one row per claim after a header row, lines ending CRLF (RFC 4180). `start`
 * and `end` are the claim's extent (source, cue and content together) in UTF-16 code units, like the JSON.
 */
export function claimsToCSV(text, doc) {
  const rows = [CSV_COLUMNS];
  doc.claims.forEach((c, i) => {
    const { start, end } = claimExtent(c);
    rows.push([i + 1, c.kind, c.direct ? 'yes' : 'no', c.source?.text ?? '', groupName(doc, c.sourceEntity) ?? '',
      c.cue.text, c.content.text, start, end]);
  });
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The export formats: file name suffix, MIME type and how to make the content. */
export const FORMATS = {
  json: { label: 'JSON', ext: '.json', type: 'application/json', make: toJSON },
  jsonld: { label: 'Web Annotation (JSON-LD)', ext: '.jsonld', type: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"', make: toJSONLD },
  csv: { label: 'Claims (CSV)', ext: '.csv', type: 'text/csv;charset=utf-8', make: claimsToCSV },
};

/** {content, filename, type} of `text` and `doc` in `format` (a key of FORMATS). */
export function exportAs(format, text, doc, { basename = 'annotations', ...options } = {}) {
  const f = FORMATS[format];
  if (!f) throw new Error(`unknown export format ${JSON.stringify(format)}`);
  return { content: f.make(text, doc, options), filename: `${basename}${f.ext}`, type: f.type };
}

/**
 * Copies `content` to the clipboard: the asynchronous Clipboard API where the page may use it
 * (secure contexts), else a selected hidden textarea and the copy command. Resolves to true when copied.
 */
export async function copyText(content, d = document) {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(content);
      return true;
    }
  } catch { /* fall back below */ }
  const area = d.createElement('textarea');
  area.value = content;
  area.setAttribute('readonly', '');
  area.className = 'aa-copy-buffer';
  // Off screen, set through the CSSOM (which a CSP without 'unsafe-inline' allows), not a style attribute.
  Object.assign(area.style, { position: 'fixed', top: '0', left: '-9999px', opacity: '0' });
  (d.body ?? d.documentElement).append(area);
  area.select();
  let ok = false;
  try { ok = d.execCommand('copy'); } catch { ok = false; }
  area.remove();
  return ok;
}

/** Saves `content` as a file: a Blob, an object URL and a click on a detached link. */
export function download(content, filename, type = 'application/octet-stream', d = document) {
  // Spreadsheets read UTF-8 CSV correctly only with a byte order mark.
  const parts = /^text\/csv/.test(type) ? ['\uFEFF', content] : [content];
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = d.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
