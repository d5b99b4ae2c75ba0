// <article-annotator>: a paste-and-annotate box with its own Shadow DOM and styles.
//
// Attributes: labels="PERSON ORG GPE" (entity labels to draw; default all), kinds="attributed
// denied" (claim kinds to draw; default all), theme="light|dark" (default: the system's),
// placeholder, basename (export file names, default "annotations"), source (the IRI the Web
// Annotation export points at). Its own text content, if any, is the initial text.
// Property `value` (the text), read-only `annotations`; method `annotate()`. Fires
// `article-annotator:annotated` ({detail: {text, annotations}}) after each annotation.
import { copyText, download, exportAs, FORMATS } from '../export.js';
import { CLAIM_KINDS } from '../render.js';
import { annotateLoaded, load } from './engine.js';
import { attachTips, draw, parseList } from './inplace.js';
import { adoptStyles } from './styles.js';

const DEBOUNCE_MS = 350;
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function summary(doc, shown) {
  const kinds = CLAIM_KINDS.map((k) => [k, doc.claims.filter((c) => c.kind === k).length]).filter(([, n]) => n);
  return `${plural(doc.entities.length, 'entity', 'entities')} (${doc.groups.length} distinct) · `
    + `${plural(doc.claims.length, 'claim')}${kinds.length ? ` (${kinds.map(([k, n]) => `${n} ${k}`).join(', ')})` : ''}`
    + (shown ? ` · showing ${shown}` : '');
}

const Base = globalThis.HTMLElement ?? class {};

export class ArticleAnnotatorElement extends Base {
  static get observedAttributes() { return ['labels', 'kinds', 'placeholder']; }

  #root;
  #ui = {};
  #text = '';
  #doc = null;
  #groups = new Map();
  #timer = 0;
  #built = false;
  #detachTips = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
  }

  /** The annotations of the text last annotated (null before the first). */
  get annotations() { return this.#doc; }
  /** The text in the box. */
  get value() { return this.#ui.text?.value ?? this.#text; }
  set value(v) {
    this.#build();
    this.#ui.text.value = String(v ?? '');
    this.annotate();
  }

  connectedCallback() {
    this.#build();
    load().then(() => {
      this.#ui.go.disabled = false;
      if (this.#ui.text.value.trim() && !this.#doc) this.annotate();
    }, (e) => this.#fail(e));
  }

  disconnectedCallback() { clearTimeout(this.#timer); }

  attributeChangedCallback(name, old, value) {
    if (!this.#built) return;
    if (name === 'placeholder') this.#ui.text.placeholder = value ?? 'Paste a news article here…';
    else if (this.#doc) this.#render();
  }

  #build() {
    if (this.#built) return;
    this.#built = true;
    const d = this.ownerDocument;
    adoptStyles(d, this.#root, ['box']);
    const el = (tag, attrs = {}, text) => {
      const e = d.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
      if (text != null) e.textContent = text;
      return e;
    };
    const ui = this.#ui;
    const head = el('div', { class: 'head' });
    head.append(el('label', { for: 'text' }, 'Text to annotate'),
      ui.go = el('button', { type: 'button', class: 'go', disabled: '' }, 'Annotate'),
      ui.clear = el('button', { type: 'button', class: 'clear' }, 'Clear'));
    ui.text = el('textarea', { id: 'text', spellcheck: 'false', autocomplete: 'off',
      placeholder: this.getAttribute('placeholder') ?? 'Paste a news article here…' });
    ui.text.value = this.getAttribute('text') ?? this.textContent.trim();
    ui.alert = el('div', { class: 'aa-alert', role: 'alert' });
    ui.alert.hidden = true;
    ui.summary = el('p', { class: 'summary', 'aria-live': 'polite' });
    ui.pane = el('div', { class: 'pane', role: 'group', 'aria-label': 'Annotated text', 'aria-busy': 'false' });
    ui.legend = el('div', { class: 'legend', 'aria-hidden': 'true' });
    for (const [k, sign] of [['attributed', '»'], ['alleged', '?'], ['denied', '×']]) {
      ui.legend.append(el('span', { 'data-aa-claim': k }, `${sign} ${k}`));
    }
    ui.legend.hidden = true;
    ui.bar = el('div', { class: 'bar', role: 'group', 'aria-label': 'Export' });
    ui.bar.hidden = true;
    ui.bar.append(el('span', { class: 'title' }, 'Export:'),
      el('button', { type: 'button', 'data-copy': 'json' }, 'Copy JSON'),
      ...Object.entries(FORMATS).map(([key, f]) => el('button', { type: 'button', 'data-download': key,
        title: `Download ${f.label}` }, f.label)),
      ui.status = el('span', { class: 'status', 'aria-live': 'polite' }));
    this.#root.append(head, ui.text, ui.alert, ui.summary, ui.pane, ui.legend, ui.bar);

    ui.text.addEventListener('input', () => {
      clearTimeout(this.#timer);
      ui.pane.setAttribute('aria-busy', 'true');
      this.#timer = setTimeout(() => this.annotate(), DEBOUNCE_MS);
    });
    ui.go.addEventListener('click', () => this.annotate());
    ui.clear.addEventListener('click', () => { ui.text.value = ''; this.annotate(); ui.text.focus(); });
    ui.bar.addEventListener('click', (e) => this.#export(e.target.closest('button')));
    this.#detachTips = attachTips(ui.pane, this.#root, () => ({ doc: this.#doc, groups: this.#groups }));
  }

  #fail(e) {
    const ui = this.#ui;
    ui.alert.textContent = `Article Annotator could not load, so nothing can be annotated here: ${(e && e.message) || e}`;
    ui.alert.hidden = false;
    ui.go.disabled = true;
    ui.pane.setAttribute('aria-busy', 'false');
  }

  /** Annotates the box's current text; resolves to the annotations (null if the annotator failed). */
  async annotate() {
    this.#build();
    clearTimeout(this.#timer);
    const ui = this.#ui;
    try {
      await load();
    } catch (e) {
      this.#fail(e);
      return null;
    }
    this.#text = ui.text.value;
    try {
      this.#doc = annotateLoaded(this.#text);
    } catch (e) {
      this.#doc = null;
      ui.alert.textContent = `This text could not be annotated: ${(e && e.message) || e}`;
      ui.alert.hidden = false;
      ui.pane.setAttribute('aria-busy', 'false');
      return null;
    }
    ui.alert.hidden = true;
    this.#groups = new Map(this.#doc.groups.map((g) => [g.id, g]));
    this.#render();
    this.dispatchEvent(new CustomEvent('article-annotator:annotated', { bubbles: true, composed: true,
      detail: { text: this.#text, annotations: this.#doc } }));
    return this.#doc;
  }

  #render() {
    const ui = this.#ui;
    const labels = parseList(this.getAttribute('labels'));
    const kinds = parseList(this.getAttribute('kinds'));
    const node = this.ownerDocument.createTextNode(this.#text);
    ui.pane.replaceChildren(node);
    draw([{ node, start: 0, end: this.#text.length }], this.#doc, { labels, kinds });
    const shown = [labels && labels.join(', '), kinds && `${kinds.join(', ')} claims`].filter(Boolean).join('; ');
    ui.summary.textContent = this.#text ? summary(this.#doc, shown) : '';
    ui.bar.hidden = !this.#text;
    ui.legend.hidden = !this.#doc.claims.length;
    ui.status.textContent = '';
    ui.pane.setAttribute('aria-busy', 'false');
  }

  async #export(button) {
    if (!button || !this.#doc) return;
    const d = this.ownerDocument;
    const options = { basename: this.getAttribute('basename') || 'annotations',
      source: this.getAttribute('source') || undefined };
    if (button.dataset.copy) {
      const { content } = exportAs(button.dataset.copy, this.#text, this.#doc, options);
      const ok = await copyText(content, d);
      this.#ui.status.textContent = ok ? 'Copied.' : 'Could not copy: the browser refused.';
    } else if (button.dataset.download) {
      const { content, filename, type } = exportAs(button.dataset.download, this.#text, this.#doc, options);
      download(content, filename, type, d);
      this.#ui.status.textContent = `Saved ${filename}.`;
    }
  }
}
