// The widget's styles, applied as constructable stylesheets (document.adoptedStyleSheets and the
// custom element's shadow root): no <style> element and no style attribute, so a page whose CSP
// says `style-src 'self'` needs no 'unsafe-inline' for them.
//
// Colours: Okabe–Ito, as on the page (www/style.css), safe for the common colour-vision
// deficiencies. Claim kinds differ without colour too: solid, dashed or dotted underline, and a
// sign before the cue (» attributed, ? alleged, × denied).

const PALETTE = `
  --aa-orange: #e69f00; --aa-sky: #56b4e9; --aa-green: #009e73; --aa-yellow: #f0e442;
  --aa-blue: #0072b2; --aa-vermillion: #d55e00; --aa-purple: #cc79a7; --aa-grey: #999999;
  --aa-attributed: var(--aa-blue); --aa-alleged: var(--aa-vermillion); --aa-denied: var(--aa-purple);
  --aa-tint: 32%; --aa-tip-bg: #1d1d1f; --aa-tip-fg: #ffffff; --aa-focus: #0072b2;
  --aa-alert-bg: #fdecea; --aa-alert-fg: #7a1f12;`;
const DARK = `
  --aa-attributed: var(--aa-sky); --aa-alleged: var(--aa-orange); --aa-tint: 38%;
  --aa-tip-bg: #e9e9ec; --aa-tip-fg: #161618; --aa-focus: #56b4e9;
  --aa-alert-bg: #3d1a14; --aa-alert-fg: #ffd2c7;`;

/** For annotations drawn in a page, the tooltip and the alert (document and shadow root alike). */
export const MARKS_CSS = `
.aa-m, .aa-c, .aa-tip, .aa-alert { ${PALETTE} }
@media (prefers-color-scheme: dark) { .aa-m, .aa-c, .aa-tip, .aa-alert { ${DARK} } }

.aa-m[data-aa-label="PERSON"] { --aa-c: var(--aa-orange); }
.aa-m[data-aa-label="ORG"] { --aa-c: var(--aa-sky); }
.aa-m[data-aa-label="GPE"] { --aa-c: var(--aa-green); }
.aa-m[data-aa-label="LOC"] { --aa-c: var(--aa-blue); }
.aa-m[data-aa-label="NORP"] { --aa-c: var(--aa-purple); }
.aa-m[data-aa-label="DATE"], .aa-m[data-aa-label="TIME"] { --aa-c: var(--aa-yellow); }
.aa-m[data-aa-label="MONEY"], .aa-m[data-aa-label="PERCENT"], .aa-m[data-aa-label="QUANTITY"],
.aa-m[data-aa-label="CARDINAL"], .aa-m[data-aa-label="ORDINAL"] { --aa-c: var(--aa-vermillion); }
.aa-c[data-aa-claim="attributed"], .aa-tip-claim[data-aa-claim="attributed"] { --aa-k: var(--aa-attributed); }
.aa-c[data-aa-claim="alleged"], .aa-tip-claim[data-aa-claim="alleged"] { --aa-k: var(--aa-alleged); }
.aa-c[data-aa-claim="denied"], .aa-tip-claim[data-aa-claim="denied"] { --aa-k: var(--aa-denied); }

mark.aa-m {
  all: unset;
  color: inherit;
  background: color-mix(in srgb, var(--aa-c, var(--aa-grey)) var(--aa-tint), transparent);
  border-radius: 2px;
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
}
mark.aa-m.aa-hot { outline: 2px solid currentColor; outline-offset: 0; }
span.aa-c { border-bottom: 2px solid var(--aa-k); }
span.aa-c[data-aa-claim="alleged"] { border-bottom-style: dashed; }
span.aa-c[data-aa-claim="denied"] { border-bottom-style: dotted; border-bottom-width: 3px; }
span.aa-c[data-aa-part="source"] { border-bottom-style: double; border-bottom-width: 4px; }
span.aa-c .aa-c { padding-bottom: 3px; }
span.aa-c[data-aa-part="cue"] { font-weight: 700; border-radius: 2px; cursor: help; }
span.aa-c[data-aa-part="cue"][tabindex]::before {
  display: inline-block;
  font: 700 .7em/1.3 system-ui, sans-serif;
  width: 1.3em;
  margin-right: .15em;
  text-align: center;
  vertical-align: .3em;
  border-radius: 50%;
  color: var(--aa-tip-fg);
  background: var(--aa-k);
}
span.aa-c[data-aa-claim="attributed"][data-aa-part="cue"][tabindex]::before { content: "»"; content: "»" / ""; }
span.aa-c[data-aa-claim="alleged"][data-aa-part="cue"][tabindex]::before { content: "?"; content: "?" / ""; }
span.aa-c[data-aa-claim="denied"][data-aa-part="cue"][tabindex]::before { content: "×"; content: "×" / ""; }
span.aa-c.aa-hot { background: color-mix(in srgb, var(--aa-k) 16%, transparent); }
span.aa-c[data-aa-part="cue"]:focus-visible { outline: 2px solid var(--aa-focus); outline-offset: 2px; }

.aa-tip {
  position: fixed;
  z-index: 2147483000;
  max-width: min(30rem, calc(100vw - 8px));
  padding: .3rem .5rem;
  border-radius: 4px;
  font: 400 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left;
  color: var(--aa-tip-fg);
  background: var(--aa-tip-bg);
  box-shadow: 0 2px 8px rgb(0 0 0 / .25);
  pointer-events: none;
}
.aa-tip[hidden] { display: none; }
.aa-tip > div { padding-left: .9rem; position: relative; }
.aa-tip > div::before { content: ""; position: absolute; left: 0; top: .3em; width: .6rem; height: .6rem; border-radius: 2px; }
.aa-tip-entity[data-aa-label="PERSON"] { --aa-c: var(--aa-orange); }
.aa-tip-entity[data-aa-label="ORG"] { --aa-c: var(--aa-sky); }
.aa-tip-entity[data-aa-label="GPE"] { --aa-c: var(--aa-green); }
.aa-tip-entity[data-aa-label="LOC"] { --aa-c: var(--aa-blue); }
.aa-tip-entity[data-aa-label="NORP"] { --aa-c: var(--aa-purple); }
.aa-tip-entity::before { background: var(--aa-c, var(--aa-grey)); }
.aa-tip > .aa-tip-names { padding-left: .9rem; opacity: .85; }
.aa-tip > .aa-tip-names::before { content: none; }
.aa-tip-claim::before { border-bottom: 3px solid var(--aa-k); height: .3rem !important; border-radius: 0 !important; }
.aa-tip-claim[data-aa-claim="alleged"]::before { border-bottom-style: dashed; }
.aa-tip-claim[data-aa-claim="denied"]::before { border-bottom-style: dotted; }

.aa-alert {
  display: block;
  margin: .5rem 0;
  padding: .45rem .7rem;
  border: 1px solid var(--aa-alert-fg);
  border-radius: 4px;
  font: 400 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--aa-alert-fg);
  background: var(--aa-alert-bg);
}
.aa-alert[hidden] { display: none; }
.aa-bar { ${PALETTE} display: flex; flex-wrap: wrap; align-items: center; gap: .35rem; margin: .4rem 0 1rem;
  font: 400 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.aa-bar .aa-title, .aa-bar .aa-status { opacity: .8; }
.aa-bar button { font: inherit; color: inherit; background: transparent; border: 1px solid currentColor; border-radius: 4px;
  padding: .1rem .5rem; cursor: pointer; opacity: .9; }
.aa-bar button:hover { opacity: 1; }
.aa-bar button:focus-visible { outline: 2px solid var(--aa-focus); outline-offset: 2px; }
/* Forced colours (Windows high contrast) drop backgrounds: entities keep an outline there. */
@media (forced-colors: active) {
  mark.aa-m { outline: 1px solid CanvasText; outline-offset: -1px; }
  span.aa-c[data-aa-part="cue"][tabindex]::before { forced-color-adjust: none; color: Canvas; background: CanvasText; }
}
.aa-copy-buffer { position: fixed; top: 0; left: -9999px; opacity: 0; }
`;

/** The <article-annotator> box, inside its shadow root (with MARKS_CSS). */
export const BOX_CSS = `
:host {
  ${PALETTE}
  --aa-bg: #ffffff; --aa-fg: #1d1d1f; --aa-muted: #5b5b60; --aa-line: #d4d4cf; --aa-panel: #f5f5f2;
  display: block;
  margin: 1rem 0;
  color: var(--aa-fg);
  background: var(--aa-bg);
  border: 1px solid var(--aa-line);
  border-radius: 6px;
  padding: .7rem .8rem .8rem;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) { ${DARK} --aa-bg: #161618; --aa-fg: #e9e9ec; --aa-muted: #a5a5ad; --aa-line: #3c3c43; --aa-panel: #222226; color-scheme: dark; }
  :host(:not([theme="light"])) .aa-m, :host(:not([theme="light"])) .aa-c, :host(:not([theme="light"])) .aa-tip { ${DARK} }
}
:host([theme="dark"]) { ${DARK} --aa-bg: #161618; --aa-fg: #e9e9ec; --aa-muted: #a5a5ad; --aa-line: #3c3c43; --aa-panel: #222226; color-scheme: dark; }
:host([theme="dark"]) .aa-m, :host([theme="dark"]) .aa-c, :host([theme="dark"]) .aa-tip { ${DARK} }
:host([theme="light"]) .aa-m, :host([theme="light"]) .aa-c, :host([theme="light"]) .aa-tip { ${PALETTE} }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.head { display: flex; align-items: center; gap: .5rem; flex-wrap: wrap; margin-bottom: .3rem; }
label { font-weight: 600; margin-right: auto; }
textarea {
  display: block;
  width: 100%;
  min-height: 6rem;
  resize: vertical;
  font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace;
  color: inherit;
  background: var(--aa-bg);
  border: 1px solid var(--aa-line);
  border-radius: 4px;
  padding: .4rem .5rem;
}
button {
  font: inherit;
  font-size: .9em;
  color: inherit;
  background: var(--aa-panel);
  border: 1px solid var(--aa-line);
  border-radius: 4px;
  padding: .12rem .55rem;
  cursor: pointer;
}
button:hover { border-color: var(--aa-muted); }
button:disabled { opacity: .55; cursor: default; }
:focus-visible { outline: 2px solid var(--aa-focus); outline-offset: 2px; }
.summary { margin: .5rem 0 .3rem; font-weight: 600; font-size: .92em; }
.summary:empty { display: none; }
.pane {
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  font: 16px/1.8 Georgia, "DejaVu Serif", "Noto Serif", serif;
  max-height: var(--article-annotator-max-height, 32rem);
  overflow: auto;
  padding: .4rem .6rem;
  border: 1px solid var(--aa-line);
  border-radius: 4px;
}
.pane:empty { display: none; }
.pane[aria-busy="true"] { border-style: dashed; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: .35rem; margin-top: .45rem; font-size: .9em; }
.bar[hidden] { display: none; }
.bar .title { color: var(--aa-muted); margin-right: .2rem; }
.status { color: var(--aa-muted); font-size: .9em; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem .8rem; margin-top: .35rem; font-size: .82em; color: var(--aa-muted); }
.legend span[data-aa-claim]::before { content: ""; display: inline-block; width: 1.4em; margin-right: .3em; vertical-align: .25em; border-top: 3px solid var(--aa-k); }
.legend span[data-aa-claim="alleged"]::before { border-top-style: dashed; }
.legend span[data-aa-claim="denied"]::before { border-top-style: dotted; }
.legend span[data-aa-claim="attributed"] { --aa-k: var(--aa-attributed); }
.legend span[data-aa-claim="alleged"] { --aa-k: var(--aa-alleged); }
.legend span[data-aa-claim="denied"] { --aa-k: var(--aa-denied); }
`;

const sheets = new WeakMap(); // document -> {marks, box}

function sheet(d, css) {
  const S = d.defaultView?.CSSStyleSheet;
  if (!S) return null;
  try {
    const s = new S();
    s.replaceSync(css);
    return s;
  } catch {
    return null; // no constructable stylesheets (very old browsers): unstyled but working
  }
}

export function sheetsFor(d) {
  let s = sheets.get(d);
  if (!s) {
    s = { marks: sheet(d, MARKS_CSS), box: sheet(d, BOX_CSS) };
    sheets.set(d, s);
  }
  return s;
}

/**
 * Adds the annotation styles (and, for a shadow root, `extra` ones) to a document or a shadow root,
 * once. Browsers without constructable stylesheets (Safari before 16.4) get a <style> element
 * instead, which a page whose CSP forbids inline styles blocks: unstyled there, but working.
 */
export function adoptStyles(d, root = d, extra = []) {
  const { marks, box } = sheetsFor(d);
  const wanted = [marks, ...extra.map((k) => ({ box })[k])];
  if (marks && 'adoptedStyleSheets' in root) {
    const add = wanted.filter((s) => s && !root.adoptedStyleSheets.includes(s));
    if (add.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...add];
    return;
  }
  const parent = root === d ? d.head ?? d.documentElement : root;
  if (parent.querySelector(':scope > style.aa-own')) return;
  const style = d.createElement('style');
  style.className = 'aa-own';
  style.textContent = MARKS_CSS + (extra.includes('box') ? BOX_CSS : '');
  parent.append(style);
}
