// Article Annotator, the embeddable widget. Loaded as a module script, it
//  - annotates in place every element with the attribute `data-annotate` (now, when loaded after
//    the page, and when such elements appear later), reading `data-annotate-labels`,
//    `data-annotate-kinds`, `data-annotate-skip` (a CSS selector) and `data-annotate-toolbar`
//    (an export bar after the element) from it;
//  - does the same for the elements that `<meta name="article-annotator" content="CSS selector">` selects;
//  - defines <article-annotator>, a paste-and-annotate box (see element.js);
//  - exports annotateElement and the export functions, and sets `globalThis.ArticleAnnotator`
//    (then fires `article-annotator:ready` on document) for classic scripts such as wiki gadgets.
// scripts/build-dist.mjs bundles it, with the wasm and the styles, into dist/article-annotator.js.
import * as exporters from '../export.js';
import { ArticleAnnotatorElement } from './element.js';
import { annotate, load } from './engine.js';
import { annotateElement, handleOf, OWN, parseList } from './inplace.js';
import { adoptStyles } from './styles.js';

export { annotate, annotateElement, ArticleAnnotatorElement, handleOf, load };
export { claimsToCSV, copyText, download, exportAs, FORMATS, toJSON, toJSONLD, toWebAnnotation } from '../export.js';

const SELECTOR = '[data-annotate]';
const started = new WeakSet();
let alertShown = false;

/** The options an element asks for through its attributes. */
export function optionsFromAttributes(element) {
  return {
    labels: parseList(element.getAttribute('data-annotate-labels')),
    kinds: parseList(element.getAttribute('data-annotate-kinds')),
    skip: element.getAttribute('data-annotate-skip') || '',
    toolbar: element.hasAttribute('data-annotate-toolbar'),
    basename: element.getAttribute('data-annotate-basename') || null,
  };
}

/** The options an element's own attributes set (those it does not set are left out). */
function definedOptions(element) {
  const all = optionsFromAttributes(element);
  return Object.fromEntries(Object.entries(all).filter(([k, v]) => (k === 'toolbar' ? v : v != null && v !== '')));
}

/** Shows, once, before the first element it could not annotate, why it could not. */
function showFailure(element, error, phase) {
  if (alertShown) return;
  alertShown = true;
  const d = element.ownerDocument;
  adoptStyles(d);
  const box = d.createElement('div');
  box.className = `${OWN} aa-alert`;
  box.setAttribute('role', 'alert');
  box.textContent = `Article Annotator could not ${phase === 'load' ? 'load' : 'annotate this page'}, so the text below is not annotated: ${(error && error.message) || error}`;
  element.before(box);
}

/**
 * What to annotate: `[data-annotate]`, plus the selectors of a `<meta name="article-annotator"
 * content="#main-content, .page-body">` in the page (for hosts where only the <head> can be
 * changed); that meta element's own data-annotate-* attributes are defaults for what it selects.
 */
function targets(d) {
  const meta = d.querySelector('meta[name="article-annotator"][content]');
  let selector = SELECTOR;
  if (meta) {
    try {
      d.querySelector(meta.content);
      selector = `${SELECTOR}, ${meta.content}`;
    } catch { /* not a valid selector: ignored */ }
  }
  return { selector, meta };
}

/** Annotates every `[data-annotate]` element of `root` (and those a meta element selects) not done yet, the outermost only. */
export function annotateAll(root = document) {
  const jobs = [];
  const d = root.ownerDocument ?? root;
  const { selector, meta } = targets(d);
  for (const element of root.querySelectorAll(selector)) {
    if (started.has(element) || element.parentElement?.closest(selector)) continue;
    if (element.getAttribute('data-annotate') === 'off' || element.closest('[data-annotate="off"]')) continue;
    started.add(element);
    const options = { ...(meta ? optionsFromAttributes(meta) : {}), ...definedOptions(element) };
    jobs.push(load().then(
      () => annotateElement(element, options).catch((e) => { showFailure(element, e, 'annotate'); return null; }),
      (e) => { showFailure(element, e, 'load'); return null; },
    ));
  }
  return Promise.all(jobs);
}

/** Watches the document for `[data-annotate]` elements added later (wikis that render on the client). */
function watchDocument(d) {
  let timer = 0;
  const observer = new MutationObserver((records) => {
    let selector = null;
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1 || n.classList.contains(OWN)) continue;
        selector ??= targets(d).selector;
        if (n.matches(selector) || n.querySelector(selector)) {
          clearTimeout(timer);
          timer = setTimeout(() => annotateAll(d), 50);
          return;
        }
      }
    }
  });
  observer.observe(d.documentElement, { childList: true, subtree: true });
}

const api = { annotate, annotateElement, annotateAll, handleOf, load, ArticleAnnotatorElement, ...exporters };

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  if (!customElements.get('article-annotator')) customElements.define('article-annotator', ArticleAnnotatorElement);
  const start = () => {
    annotateAll(document);
    watchDocument(document);
  };
  // Module scripts run after parsing; one injected while the page still loads waits for it.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  globalThis.ArticleAnnotator ??= api;
  document.dispatchEvent(new CustomEvent('article-annotator:ready', { detail: api }));
}
