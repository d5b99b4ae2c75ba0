// The embeddable widget (dist/article-annotator.js, built here from the current source into a temp
// folder): in-place annotation of wiki-like pages, the <article-annotator> box, export, keyboard,
// the brief's strict CSP (as a header) and a damaged file. Pages: tests/browser/fixtures/widget/.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from '../../scripts/build-dist.mjs';
import { serve } from '../../scripts/serve.mjs';
import { claimsToCSV, codePointMap, csvCell, toJSONLD, toWebAnnotation } from '../../www/export.js';
import { axeViolations, CSP as PAGE_CSP, WWW } from './harness.mjs';

const FIXTURES = fileURLToPath(new URL('./fixtures/widget/', import.meta.url));
// The policy of the brief, served as a header: no connect-src (the widget fetches nothing), no
// 'unsafe-inline' for scripts or styles.
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let root;
let server;
let url;
let browser;

before(async () => {
  assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (scripts/setup.sh test installs it; or set CHROMIUM)`);
  root = await mkdtemp(join(tmpdir(), 'annotator-widget-'));
  await cp(FIXTURES, root, { recursive: true });
  const { js } = await build({ outDir: root }); // needs www/pkg (make wasm)
  // A damaged copy: a run of the embedded base64 changed, as by a broken proxy or a bad upload.
  const good = await readFile(js, 'utf8');
  const at = good.indexOf('WASM_GZIP_BASE64 = "') + 5000;
  await mkdir(join(root, 'broken'));
  await writeFile(join(root, 'broken/article-annotator.js'), good.slice(0, at) + 'A'.repeat(400) + good.slice(at + 400));
  for (const page of ['wiki.html', 'box.html']) await cp(join(root, page), join(root, 'broken', page));
  await writeFile(join(root, 'gadget.js'), await gadgetFromGuide());
  ({ server, url } = await serve({ root, port: 0, csp: CSP }));
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, timeout: 30_000 });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** The MediaWiki gadget exactly as docs/EMBEDDING.md gives it, with the module's path of the test server. */
async function gadgetFromGuide() {
  const guide = await readFile(fileURLToPath(new URL('../../docs/EMBEDDING.md', import.meta.url)), 'utf8');
  const at = guide.indexOf('**MediaWiki:Gadget-annotator.js**');
  const m = /```js\n([\s\S]*?)\n\s*```/.exec(guide.slice(at));
  assert.ok(at >= 0 && m, 'docs/EMBEDDING.md has the gadget');
  const code = m[1].split('\n').map((l) => l.replace(/^ {3}/, '')).join('\n');
  assert.ok(code.includes("'/w/static/article-annotator.js'"));
  return code.replace("'/w/static/article-annotator.js'", "'/article-annotator.js'");
}

/** A page with problem reporting: page errors, console errors, CSP violations, every request. */
async function open(path, { context: ctxOptions = {}, media } = {}) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 800 }, ...ctxOptions });
  const page = await context.newPage();
  if (media) await page.emulateMedia(media);
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  await page.goto(`${url}/${path}`);
  return { page, context, problems, requests, close: () => context.close() };
}

/** Waits until the element's in-place annotation exists; returns its handle's data. */
async function waitAnnotated(page, selector) {
  await page.waitForFunction((sel) => window.ArticleAnnotator?.handleOf(document.querySelector(sel))?.annotations,
    selector, { timeout: 15_000, polling: 50 });
  return page.evaluate((sel) => {
    const h = window.ArticleAnnotator.handleOf(document.querySelector(sel));
    return { text: h.text, doc: h.annotations };
  }, selector);
}

/**
 * For every mention and claim part drawn under `selector`: the text of its pieces, in order. Keys
 * "mention 3", "claim 1 cue".
 */
function drawnPieces(page, selector) {
  return page.evaluate((sel) => {
    const out = {};
    for (const e of document.querySelector(sel).querySelectorAll('.aa-m, .aa-c')) {
      const key = e.classList.contains('aa-m') ? `mention ${e.dataset.aaMention}` : `claim ${e.dataset.aaClaimId} ${e.dataset.aaPart}`;
      (out[key] ??= []).push(e.textContent);
    }
    return out;
  }, selector);
}

/** Each annotation is drawn whole (its pieces' text, whitespace read as the annotator read it) and nothing else is. */
function checkDrawn(doc, pieces) {
  const want = {};
  doc.entities.forEach((m, i) => { want[`mention ${i}`] = m.text; });
  doc.claims.forEach((c, i) => {
    for (const part of ['cue', 'source', 'content']) if (c[part]) want[`claim ${i} ${part}`] = c[part].text;
  });
  const got = Object.fromEntries(Object.entries(pieces).map(([k, v]) => [k, v.join('').replace(/[\t\n\r\f]/g, ' ')]));
  // Paragraph breaks between blocks are in the annotated text but in no text node.
  const flat = (s) => s.replace(/\n/g, '');
  assert.deepEqual(Object.keys(got).sort(), Object.keys(want).sort(), 'drawn annotations');
  for (const [k, v] of Object.entries(want)) assert.equal(got[k], flat(v), `${k} draws its text`);
}

describe('widget: in place (one wiki page, loaded once)', () => {
  let wiki;
  before(async () => { wiki = await open('wiki.html'); });
  after(() => wiki?.close());

  test('strict CSP as a header: no violations, and exactly one file fetched besides the page', async () => {
    const { page, requests } = wiki;
    await waitAnnotated(page, '#auto');
    await page.hover('#auto mark');
    await page.waitForSelector('.aa-tip:not([hidden])');
    await page.mouse.move(0, 0);
    const fetched = requests.filter((u) => !u.endsWith('/favicon.ico'));
    assert.deepEqual(fetched, [`${url}/wiki.html`, `${url}/article-annotator.js`]);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.equal(await page.evaluate(() => document.querySelectorAll('style, [style]:not(.aa-tip)').length), 0,
      'no <style> element, no style attribute (the tooltip is positioned through CSSOM)');
    assert.deepEqual(wiki.problems, []);
  });

  test('annotateElement: links, bold and italic runs; textContent, links and listeners intact; clear() restores the DOM', async () => {
    const { page } = wiki;
    const before = await page.evaluate(() => {
      const plain = document.getElementById('plain');
      window.__clicks = 0;
      document.getElementById('link1').addEventListener('click', (e) => { e.preventDefault(); window.__clicks++; });
      window.__textNodes = [];
      const walker = document.createTreeWalker(plain, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) window.__textNodes.push(walker.currentNode);
      window.__link1 = document.getElementById('link1');
      return { html: plain.outerHTML, text: plain.textContent };
    });
    await page.evaluate(async () => {
      window.__handle = await window.ArticleAnnotator.annotateElement(document.getElementById('plain'));
    });
    const { text, doc } = await page.evaluate(() => ({ text: window.__handle.text, doc: window.__handle.annotations }));
    // One mention across a link and a bold run; one across a bold and an italic run.
    const names = doc.entities.map((m) => `${m.label}:${m.text}`);
    assert.ok(names.includes('PERSON:Anna Kowalski'), names.join(', '));
    assert.ok(names.includes('PERSON:John Smith'), names.join(', '));
    assert.ok(!text.includes('Barack') && !text.includes('Merkel') && !text.includes('notify'), 'pre, code and textarea are skipped');
    checkDrawn(doc, await drawnPieces(page, '#plain'));
    const anna = doc.entities.findIndex((m) => m.text === 'Anna Kowalski');
    const during = await page.evaluate((i) => {
      const plain = document.getElementById('plain');
      const link = document.getElementById('link1');
      const pieces = [...plain.querySelectorAll(`mark[data-aa-mention="${i}"]`)];
      link.querySelector('mark').click();
      return { text: plain.textContent, sameLink: link === window.__link1, href: link.getAttribute('href'),
        pieces: pieces.map((p) => p.parentElement.closest(':not(.aa-own)').localName), clicks: window.__clicks,
        marks: new Set([...plain.querySelectorAll('mark')].map((m) => m.dataset.aaMention)).size };
    }, anna);
    assert.equal(during.text, before.text, 'textContent unchanged');
    assert.ok(during.sameLink, 'the link element is the same');
    assert.equal(during.href, 'https://wiki.example/wiki/Anna_Kowalski');
    assert.deepEqual(during.pieces, ['a', 'b'], '"Anna <b>Kowalski</b>" is one mention in two pieces, inside the link and the bold run');
    assert.equal(during.clicks, 1, 'the link\'s click listener still fires');
    assert.equal(during.marks, doc.entities.length);
    const restored = await page.evaluate(() => {
      window.__handle.clear();
      const plain = document.getElementById('plain');
      const nodes = [];
      const walker = document.createTreeWalker(plain, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) nodes.push(walker.currentNode);
      return { html: plain.outerHTML, sameNodes: nodes.length === window.__textNodes.length && nodes.every((n, i) => n === window.__textNodes[i]) };
    });
    assert.equal(restored.html, before.html, 'clear() restores the markup exactly');
    assert.ok(restored.sameNodes, 'clear() restores the very same text nodes');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(wiki.problems, []);
  });

  test('keyboard: Tab reaches claim cues in reading order, each showing its tooltip', async () => {
    const { page } = wiki;
    const { doc } = await waitAnnotated(page, '#auto');
    const want = doc.claims.map((c, i) => ({ i, start: c.cue.start })).sort((a, b) => a.start - b.start).map((c) => String(c.i));
    await page.focus('#link3');
    const got = [];
    for (let n = 0; n < 20 && got.length < want.length; n++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a?.closest('#auto')) return null;
        const tip = document.querySelector('.aa-tip');
        return { id: a.dataset.aaClaimId ?? null, part: a.dataset.aaPart ?? null, tabIndex: a.tabIndex,
          tip: tip && !tip.hidden ? tip.textContent : null, describedBy: a.getAttribute('aria-describedby') === tip?.id };
      });
      if (!focus?.id) continue;
      assert.equal(focus.part, 'cue');
      assert.equal(focus.tabIndex, 0);
      const c = doc.claims[Number(focus.id)];
      assert.ok(focus.tip?.includes(`${c.kind} claim`), `tooltip of claim ${focus.id}: ${focus.tip}`);
      assert.ok(focus.describedBy, 'the focused cue is described by the tooltip');
      const named = doc.entities.filter((m) => [c.source, c.content].some((p) => p && p.start <= m.start && m.end <= p.end));
      const name = named.length && (doc.groups.find((g) => g.id === named[0].entity)?.name ?? named[0].text);
      if (named.length) assert.ok(focus.tip.includes(`${name} (${named[0].label})`), `the cue's tooltip names the claim's entities: ${focus.tip}`);
      got.push(focus.id);
    }
    assert.deepEqual(got, want, 'every cue, in reading order');
    await page.evaluate(() => document.activeElement.blur());
  });

  test('in-place export bar (data-annotate-toolbar): JSON and Web Annotation of the page', async () => {
    const { page } = wiki;
    const { text, doc } = await waitAnnotated(page, '#auto');
    const save = async (format) => {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`.aa-bar button[data-download="${format}"]`)]);
      return { name: dl.suggestedFilename(), body: await readFile(await dl.path(), 'utf8') };
    };
    const json = await save('json');
    assert.equal(json.name, 'springfield.json');
    assert.deepEqual(JSON.parse(json.body), { text, ...doc });
    const ld = JSON.parse((await save('jsonld')).body);
    checkWebAnnotation(ld, text, doc);
    assert.equal(ld.first.items[0].target.source, `${url}/wiki.html`);
    assert.equal(await page.evaluate(() => document.getElementById('auto').nextElementSibling.className), 'aa-own aa-bar',
      'the bar is outside the annotated element');
  });

  test('accessibility (axe) of in-place annotation, light and dark', async () => {
    const { page } = wiki;
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await axeViolations(page), [], colorScheme);
    }
  });

  test('data-annotate: annotated on load, contenteditable left alone, follows later changes without looping', async () => {
    const { page } = wiki;
    const { text, doc } = await waitAnnotated(page, '#auto');
    assert.ok(!text.includes('Merkel'), 'contenteditable content is not read');
    assert.ok(!text.includes('Obama'), 'a data-annotate="off" subtree is not read');
    assert.ok(doc.entities.some((m) => m.text === 'Maria Santos'), 'name split by <b><i> is one mention');
    assert.ok(doc.claims.length >= 2);
    checkDrawn(doc, await drawnPieces(page, '#auto'));
    assert.equal(await page.locator('[contenteditable] mark').count(), 0);
    // The page changes the content: annotated again (debounced), and then quiet.
    await page.evaluate(() => {
      window.__runs = 0;
      document.addEventListener('article-annotator:annotated', () => { window.__runs++; });
      const p = document.createElement('p');
      p.textContent = 'Police alleged that John Smith had leaked the report, according to Reuters.';
      document.getElementById('auto').append(p);
    });
    await page.waitForFunction(() => window.__runs >= 1, null, { timeout: 5000 });
    await page.waitForTimeout(800);
    assert.equal(await page.evaluate(() => window.__runs), 1, 'one run per change: the widget does not react to its own changes');
    const again = await waitAnnotated(page, '#auto');
    assert.ok(again.doc.entities.some((m) => m.text === 'John Smith'));
    checkDrawn(again.doc, await drawnPieces(page, '#auto'));
    // clear() after the page's own changes: nothing of ours left, the text as it is.
    const cleared = await page.evaluate(() => {
      const auto = document.getElementById('auto');
      const text = auto.textContent;
      window.ArticleAnnotator.handleOf(auto).clear();
      const walker = document.createTreeWalker(auto, NodeFilter.SHOW_TEXT);
      let adjacent = 0;
      while (walker.nextNode()) if (walker.currentNode.nextSibling?.nodeType === Node.TEXT_NODE) adjacent++;
      return { same: auto.textContent === text, own: document.querySelectorAll('.aa-own').length, adjacent,
        handle: window.ArticleAnnotator.handleOf(auto) };
    });
    assert.deepEqual(cleared, { same: true, own: 0, adjacent: 0, handle: null });
    assert.deepEqual(wiki.problems, []);
  });
});

describe('widget: loading', () => {
  test('injected after load: data-annotate elements, later ones and the box all work', async () => {
    const { page, problems, requests, close } = await open('late.html');
    try {
      await waitAnnotated(page, '#auto');
      assert.equal(await page.evaluate(() => window.loadedBeforeInjection), 'complete');
      const meta = await waitAnnotated(page, '#by-meta .content');
      assert.ok(meta.doc.claims.some((c) => c.kind === 'denied'));
      assert.deepEqual(await page.evaluate(() => [...new Set([...document.querySelectorAll('#by-meta .aa-c')].map((e) => e.dataset.aaClaim))]),
        ['attributed'], '<meta name="article-annotator"> selects the element, its data-annotate-kinds applies');
      const added = await waitAnnotated(page, '#added');
      assert.ok(added.doc.entities.some((m) => m.text === 'John Smith'));
      await page.fill('article-annotator#box textarea', 'Mayor Anna Kowalski said the bridge would open.');
      await page.waitForFunction(() => document.getElementById('box').annotations?.entities.length > 0, null, { timeout: 5000 });
      assert.equal(requests.filter((u) => u.endsWith('/article-annotator.js')).length, 1);
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('the MediaWiki gadget of docs/EMBEDDING.md: parser output annotated (edit links, references skipped), box placeholders', async () => {
    const { page, problems, close } = await open('mediawiki.html');
    try {
      const { text, doc } = await waitAnnotated(page, '.mw-parser-output');
      assert.ok(!text.includes('edit') && !text.includes('[1]'), `edit links and references are skipped: ${JSON.stringify(text)}`);
      assert.ok(doc.entities.some((m) => m.text === 'Anna Kowalski'));
      assert.ok(doc.claims.some((c) => c.kind === 'denied'));
      assert.equal(await page.getAttribute('.article-annotator-box article-annotator', 'labels'), 'PERSON');
      await page.locator('.aa-bar').waitFor();
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('www/embed-demo.html (source modules, the page\'s CSP): both modes work, no problems', async () => {
    const www = await serve({ root: WWW, port: 0, csp: PAGE_CSP });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.location().url)) problems.push(`console error: ${m.text()}`); });
      page.on('request', (r) => { if (!r.url().startsWith(`${www.url}/`)) problems.push(`request outside the origin: ${r.url()}`); });
      await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
      }));
      await page.goto(`${www.url}/embed-demo.html`);
      const { doc } = await waitAnnotated(page, 'article.wiki-article');
      assert.ok(doc.entities.some((m) => m.text === 'Anna Kowalski'));
      assert.ok(doc.claims.length >= 3);
      await page.waitForFunction(() => document.querySelector('article-annotator').annotations?.claims.length > 0, null, { timeout: 10_000 });
      const labels = await page.evaluate(() => [...document.querySelector('article-annotator').shadowRoot.querySelectorAll('mark')]
        .map((m) => m.dataset.aaLabel));
      assert.ok(labels.length > 0 && labels.every((l) => ['PERSON', 'ORG', 'GPE'].includes(l)), labels.join());
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      www.server.close();
    }
  });

  test('a damaged file: a visible alert, in place and in the box', async () => {
    const { page, close } = await open('broken/wiki.html');
    try {
      const alert = page.locator('[role="alert"].aa-alert').first();
      await alert.waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(await alert.textContent(), /could not load/);
      assert.equal(await page.evaluate(() => document.querySelectorAll('mark').length), 0);
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      // The box on the same page
      await page.evaluate(() => document.querySelector('main').append(document.createElement('article-annotator')));
      const boxAlert = page.locator('article-annotator [role="alert"]');
      await boxAlert.waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(await boxAlert.textContent(), /could not load/);
    } finally {
      await close();
    }
  });
});

describe('widget: the box and export', () => {
  let box;
  before(async () => { box = await open('box.html', { context: { permissions: ['clipboard-read', 'clipboard-write'] } }); });
  after(() => box?.close());

  test('<article-annotator>: labels and kinds attributes filter what is drawn', async () => {
    const { page } = box;
    await page.waitForFunction(() => document.getElementById('people').annotations, null, { timeout: 15_000 });
    const people = await page.evaluate(() => {
      const el = document.getElementById('people');
      const pane = el.shadowRoot.querySelector('.pane');
      return { labels: [...pane.querySelectorAll('mark')].map((m) => m.dataset.aaLabel),
        kinds: [...pane.querySelectorAll('.aa-c')].map((m) => m.dataset.aaClaim), claims: el.annotations.claims.length };
    });
    assert.ok(people.labels.length > 0 && people.labels.every((l) => l === 'PERSON'), people.labels.join());
    assert.ok(people.kinds.length > 0 && people.kinds.every((k) => k === 'denied'), people.kinds.join());
    assert.ok(people.claims >= 2, 'the filters hide claims, the annotations keep them');
    await page.evaluate(() => document.getElementById('people').setAttribute('kinds', 'attributed'));
    assert.deepEqual([...new Set(await page.evaluate(() => [...document.getElementById('people').shadowRoot
      .querySelectorAll('.aa-c')].map((m) => m.dataset.aaClaim)))], ['attributed'], 'attribute changes redraw');
  });

  test('<article-annotator>: tooltips; downloads (JSON, JSON-LD, CSV) and copy match the annotations', async () => {
    const { page } = box;
    const text = `${await readFile(join(fileURLToPath(new URL('../../www/samples/', import.meta.url)), 'seed.txt'), 'utf8')}\n\nJohn Smith 🙂 said “the vote was rigged”, according to Reuters.`;
    await page.fill('#box textarea', text);
    await page.waitForFunction(() => document.getElementById('box').annotations?.claims.length > 0, null, { timeout: 10_000 });
    const doc = await page.evaluate(() => document.getElementById('box').annotations);
    assert.equal(await page.evaluate(() => document.getElementById('box').shadowRoot.querySelector('.pane').textContent), text);
    await page.hover('#box mark');
    await page.waitForSelector('#box .aa-tip:not([hidden])');

    const save = async (format) => {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`#box button[data-download="${format}"]`)]);
      return { name: dl.suggestedFilename(), body: await readFile(await dl.path(), 'utf8') };
    };
    const json = await save('json');
    assert.equal(json.name, 'bridge.json');
    assert.deepEqual(JSON.parse(json.body), { text, ...doc });

    const ld = await save('jsonld');
    assert.equal(ld.name, 'bridge.jsonld');
    checkWebAnnotation(JSON.parse(ld.body), text, doc);

    const csv = await save('csv');
    assert.equal(csv.name, 'bridge.csv');
    const rows = parseCSV(csv.body.replace(/^\uFEFF/, ''));
    assert.equal(rows.length, doc.claims.length + 1, 'one row per claim after the header');
    assert.deepEqual(rows[0], ['claim', 'kind', 'direct', 'source', 'source_entity', 'cue', 'content', 'start', 'end']);
    rows.slice(1).forEach((r, i) => {
      assert.equal(r[1], doc.claims[i].kind);
      assert.equal(r[6], doc.claims[i].content.text.replace(/^[=+\-@\t\r]/, "'$&"));
    });

    await page.click('#box button[data-copy="json"]');
    await page.waitForFunction(() => document.getElementById('box').shadowRoot.querySelector('.status').textContent === 'Copied.');
    assert.deepEqual(JSON.parse(await page.evaluate(() => navigator.clipboard.readText())), { text, ...doc });
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(box.problems, []);
  });

  test('accessibility (axe) of the box, light and dark', async () => {
    const { page } = box;
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await axeViolations(page), [], colorScheme);
    }
  });
});

/** Checks a Web Annotation collection against the text and its annotations. */
function checkWebAnnotation(ld, text, doc) {
  assert.equal(ld['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(ld.type, 'AnnotationCollection');
  const items = ld.first.items;
  assert.equal(items.length, doc.entities.length + doc.claims.length, 'one annotation per mention and per claim');
  assert.equal(ld.total, items.length);
  const points = [...text];
  const map = codePointMap(text);
  for (const [i, a] of items.entries()) {
    assert.equal(a.type, 'Annotation');
    const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector');
    assert.equal(points.slice(pos.start, pos.end).join(''), quote.exact, `annotation ${i}: position and quote select the same text`);
    assert.equal(points.slice(Math.max(0, pos.start - [...quote.prefix].length), pos.start).join(''), quote.prefix);
    assert.equal(points.slice(pos.end, pos.end + [...quote.suffix].length).join(''), quote.suffix);
    if (i < doc.entities.length) {
      const m = doc.entities[i];
      assert.equal(quote.exact, m.text);
      assert.equal(pos.start, map.cp(m.start));
      assert.equal(a.body[0].value, m.label);
    }
  }
}

/** A strict RFC 4180 reader: rows of fields, CRLF line ends, quoted fields with doubled quotes. */
function parseCSV(s) {
  const rows = [];
  let row = [];
  let i = 0;
  while (i < s.length) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        assert.ok(q >= 0, 'unterminated quoted field');
        field += s.slice(i, q);
        i = q + 1;
        if (s[i] === '"') { field += '"'; i++; } else break;
      }
    } else {
      const m = /[,\r\n]/.exec(s.slice(i));
      const end = m ? i + m.index : s.length;
      field = s.slice(i, end);
      assert.ok(!field.includes('"'), `a bare quote in an unquoted field: ${field}`);
      i = end;
    }
    row.push(field);
    if (s[i] === ',') { i++; continue; }
    assert.ok(i >= s.length || s.startsWith('\r\n', i), `lines end CRLF (at ${i})`);
    rows.push(row);
    row = [];
    i += 2;
  }
  return rows;
}

describe('export (no browser)', () => {
  const text = 'A 🙂 said “x”.';
  const doc = {
    offsets: 'utf16', sentences: [], groups: [{ id: 0, label: 'PERSON', name: 'Bob', mentions: 1 }],
    entities: [{ start: 5, end: 9, label: 'PERSON', text: 'said', entity: 0 }],
    claims: [{ kind: 'attributed', cue: { start: 5, end: 9, text: 'said' }, source: null, sourceEntity: null,
      content: { start: 10, end: 13, text: '“x”' }, direct: true }],
  };

  test('TextPositionSelector counts code points (an emoji is one)', () => {
    const ld = toWebAnnotation(text, doc, { source: 'https://wiki.example/page', id: 'https://wiki.example/page/annotations' });
    const pos = ld.first.items[0].target.selector[1];
    assert.deepEqual(pos, { type: 'TextPositionSelector', start: 4, end: 8 });
    assert.equal(ld.first.items[0].id, 'https://wiki.example/page/annotations#entity-0');
    assert.equal(ld.first.items[0].target.selector[0].prefix, 'A 🙂 ');
    checkWebAnnotation(JSON.parse(toJSONLD(text, doc)), text, doc);
  });

  test('CSV: RFC 4180 quoting and formula injection guarded', () => {
    assert.equal(csvCell('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('-2'), "'-2");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
    assert.equal(csvCell(12), '12');
    const evil = { ...doc, claims: [{ ...doc.claims[0], content: { start: 0, end: 3, text: '=1+2' } }] };
    const rows = parseCSV(claimsToCSV(text, evil));
    assert.equal(rows.length, 2);
    assert.equal(rows[1][6], "'=1+2");
  });
});
