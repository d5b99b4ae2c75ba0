// The page end to end: www/ served under a strict CSP, the annotator in its Web Worker, Chromium.
// The annotator's accuracy changes often: these tests check the page against whatever
// `annotate` returns in the same page, and ask of the seed article only what it plainly has.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { annotateInPage, axeViolations, paste, piecesInPage, readSample, renderingProblems, start, waitForAnnotation, withPage } from './harness.mjs';

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

describe('page', () => {
  let env;
  let seed;
  before(async () => { [env, seed] = await Promise.all([start(), readSample()]); });
  after(() => env?.close());

  it('seed article: the pane shows the text exactly, with every mention and claim part drawn', () => withPage(env, async ({ page }) => {
    await paste(page, seed);
    assert.equal(await page.textContent('#pane'), seed, 'the pane\'s textContent differs from the input');
    const doc = await annotateInPage(page, seed);
    const pieces = await piecesInPage(page);
    assert.deepEqual(renderingProblems(seed, doc, pieces), [], 'the pane does not draw what annotate() returned');
    const marks = pieces.filter((p) => p.tag === 'mark');
    const drawn = marks.map((m) => `${seed.slice(m.start, m.end)}/${m.label}`);
    assert.ok(drawn.includes('2016/DATE'), `no DATE mark for "2016"; marks: ${drawn.join(', ')}`);
    for (const m of marks) {
      assert.ok(doc.entities.some((e) => e.text === seed.slice(m.start, m.end) && e.label === m.label),
        `mark ${JSON.stringify(seed.slice(m.start, m.end))} (${m.label}) is no entity of annotate()`);
    }
    const parts = pieces.filter((p) => p.part);
    assert.ok(parts.some((p) => p.part === 'cue') && parts.some((p) => p.part === 'content'),
      `no claim cue or content drawn; annotate() gave ${doc.claims.length} claims`);
  }));

  it('seed article: GPE, ORG and NORP mentions are marked', () => withPage(env, async ({ page }) => {
    await paste(page, seed);
    const labels = await page.$$eval('#pane mark[data-label]', (ms) => ms.map((m) => `${m.textContent}/${m.dataset.label}`));
    for (const label of ['GPE', 'ORG', 'NORP']) {
      assert.ok(labels.some((l) => l.endsWith(`/${label}`)), `no ${label} mark in the seed article (the core's output); marks: ${labels.join(', ')}`);
    }
  }));

  it('side panel lists distinct entities by label and claims in reading order', () => withPage(env, async ({ page }) => {
    await paste(page, seed);
    const doc = await annotateInPage(page, seed);
    const entities = await page.$$eval('#entities section[data-label]', (sections) => sections.map((s) => ({
      label: s.dataset.label,
      items: [...s.querySelectorAll('button[data-entity]')].map((b) => ({
        id: Number(b.dataset.entity), name: b.querySelector('.name').textContent, count: Number(b.querySelector('.count').textContent),
      })),
    })));
    const listed = entities.flatMap((s) => s.items.map((i) => ({ ...i, label: s.label })));
    assert.equal(listed.length, doc.groups.length, 'one button per entity group');
    for (const g of doc.groups) {
      const item = listed.find((i) => i.id === g.id);
      assert.ok(item, `entity ${g.name} (${g.label}) is not listed`);
      assert.deepEqual(item, { id: g.id, name: g.name, count: g.mentions, label: g.label });
    }
    assert.equal(new Set(entities.map((s) => s.label)).size, entities.length, 'each label has one section');

    const claims = await page.$$eval('#claims li button', (bs) => bs.map((b) => ({ id: Number(b.dataset.claimId), text: b.textContent })));
    assert.equal(claims.length, doc.claims.length, 'one list item per claim');
    const first = (c) => Math.min(c.cue.start, c.content.start, c.source?.start ?? Infinity);
    claims.forEach((item, i) => {
      const c = doc.claims[item.id];
      assert.ok(c, `list item ${i} names claim ${item.id}, which annotate() did not return`);
      if (i > 0) assert.ok(first(doc.claims[claims[i - 1].id]) <= first(c), `claim list not in reading order at item ${i}`);
      const content = c.direct ? `“${c.content.text}”` : c.content.text;
      const want = `${c.source ? c.source.text : '—'} → ${content} (${c.kind})`;
      const cut = item.text.match(/^(.*)… \((\w+)\)$/s);
      if (cut) assert.ok(want.startsWith(cut[1]) && cut[2] === c.kind, `claim item ${JSON.stringify(item.text)} is no shortening of ${JSON.stringify(want)}`);
      else assert.equal(item.text, want);
    });
  }));

  it('summary line counts entities by label, claims by kind and distinct sources', () => withPage(env, async ({ page }) => {
    await paste(page, seed);
    const doc = await annotateInPage(page, seed);
    const summary = await page.textContent('#summary');
    assert.match(summary, new RegExp(`^${doc.entities.length} entit`), summary);
    for (const label of new Set(doc.entities.map((e) => e.label))) {
      const n = doc.entities.filter((e) => e.label === label).length;
      assert.ok(summary.includes(`${n} ${label}`), `summary ${JSON.stringify(summary)} lacks "${n} ${label}"`);
    }
    for (const kind of new Set(doc.claims.map((c) => c.kind))) {
      const n = doc.claims.filter((c) => c.kind === kind).length;
      assert.ok(summary.includes(`${n} ${kind}`), `summary ${JSON.stringify(summary)} lacks "${n} ${kind}"`);
    }
    assert.match(summary, / distinct sources?$/, summary);
  }));

  it('legend toggles hide and show highlights without re-rendering', () => withPage(env, async ({ page }) => {
    await paste(page, seed);
    const styles = () => page.$$eval('#pane mark, #pane [data-part="cue"]', (es) => es.map((e) => ({
      label: e.dataset.label, kind: e.dataset.part && e.dataset.claim,
      background: getComputedStyle(e).backgroundColor, line: getComputedStyle(e).borderBottomColor,
    })));
    const before = await styles();
    const label = before.find((s) => s.label)?.label;
    const kind = before.find((s) => s.kind)?.kind;
    assert.ok(label && kind, 'the seed article needs a mark and a claim cue for this test');
    await page.$eval('#pane', (p) => { p.firstElementChild.dataset.sentinel = 'kept'; });

    const entityButton = `#legend button[data-label="${label}"]`;
    const kindButton = `#legend button[data-kind="${kind}"]`;
    assert.equal(await page.getAttribute(entityButton, 'aria-pressed'), 'true');
    await page.click(entityButton);
    await page.click(kindButton);
    assert.equal(await page.getAttribute(entityButton, 'aria-pressed'), 'false');
    assert.equal(await page.getAttribute(kindButton, 'aria-pressed'), 'false');
    const hidden = await styles();
    hidden.forEach((s, i) => {
      if (s.label === label) assert.equal(s.background, TRANSPARENT, `a ${label} mark is still highlighted`);
      else if (s.label) assert.equal(s.background, before[i].background, `a ${s.label} mark changed when ${label} was hidden`);
      if (s.kind === kind) assert.equal(s.line, TRANSPARENT, `a ${kind} cue is still underlined`);
      else if (s.kind) assert.equal(s.line, before[i].line, `a ${s.kind} cue changed when ${kind} was hidden`);
    });
    assert.notEqual(before.find((s) => s.label === label).background, TRANSPARENT, `${label} marks are not highlighted at all`);

    await page.click(entityButton);
    await page.click(kindButton);
    assert.deepEqual(await styles(), before, 'switching back on does not restore the highlights');
    assert.equal(await page.$eval('#pane', (p) => p.firstElementChild.dataset.sentinel), 'kept', 'the pane was re-rendered');
  }));

  it('clicking an entity highlights all its mentions and scrolls the first into view', () => withPage(env, async ({ page }) => {
    await paste(page, seed);
    const doc = await annotateInPage(page, seed);
    // The entity whose first mention comes last in the text: the one most likely off screen.
    const firstAt = (g) => Math.min(...doc.entities.filter((e) => e.entity === g.id).map((e) => e.start));
    const group = doc.groups.reduce((a, b) => (firstAt(b) > firstAt(a) ? b : a));
    await page.click(`#entities button[data-entity="${group.id}"]`);
    assert.equal(await page.getAttribute(`#entities button[data-entity="${group.id}"]`, 'aria-pressed'), 'true');
    const marks = await page.$$eval('#pane mark', (ms) => ms.map((m) => {
      const r = m.getBoundingClientRect();
      return { entity: Number(m.dataset.entity), selected: m.classList.contains('is-selected'), visible: r.top >= 0 && r.bottom <= innerHeight };
    }));
    const mine = marks.filter((m) => m.entity === group.id);
    assert.equal(mine.length, doc.entities.filter((e) => e.entity === group.id).length, `marks of ${group.name}`);
    assert.ok(mine.every((m) => m.selected), `not every mention of ${group.name} is highlighted`);
    assert.ok(marks.every((m) => m.selected === (m.entity === group.id)), 'marks of other entities are highlighted');
    assert.ok(mine[0].visible, `the first mention of ${group.name} is not scrolled into view`);
    await page.click(`#entities button[data-entity="${group.id}"]`);
    assert.equal(await page.$$eval('#pane .is-selected', (es) => es.length), 0, 'a second click does not clear the highlight');
  }));

  it('claim cues are reached by keyboard and show their kind and source', () => withPage(env, async ({ page }) => {
    await paste(page, seed);
    const doc = await annotateInPage(page, seed);
    assert.ok(doc.claims.length, 'the seed article needs a claim for this test');
    await page.focus('#legend button[data-kind]:last-of-type');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      return { part: e.dataset.part, id: Number(e.dataset.claimId), tip: getComputedStyle(e, '::after').content, title: e.title };
    });
    assert.equal(focused.part, 'cue', 'Tab after the legend does not reach the first claim cue');
    const first = Math.min(...doc.claims.map((c) => c.cue.start));
    const claim = doc.claims[focused.id];
    assert.equal(claim.cue.start, first, 'the first cue reached is not the first in the text');
    for (const want of [claim.kind, claim.source ? claim.source.text : '—']) {
      assert.ok(focused.title.includes(want), `cue title ${JSON.stringify(focused.title)} lacks ${JSON.stringify(want)}`);
      assert.ok(focused.tip.includes(want), `the focused cue's tooltip ${focused.tip} lacks ${JSON.stringify(want)}`);
    }
  }));

  it('tricky text: curly quotes, accents, CJK, emoji, CRLF, tabs, a lone surrogate and markup', () => withPage(env, async ({ page }) => {
    const tricky = '“Émilie” 👍🏽 東京 said in 2016 that the plan failed.\r\n\tZoë’s café — naïve 😀 ‘yes’, '
      + 'said the Japanese minister in Tokyo.\r\n\r\nLone \uD800 surrogate \uDFFF here, in March 2016, said NHK. 🇯🇵 end\n'
      + '<b>Bold</b> <img src="x.png" onerror="window.pwned = 1"> <script>window.pwned = 2</script> &amp; &lt;i&gt;';
    await page.evaluate((t) => {
      const area = document.getElementById('text');
      area.value = t;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, tricky);
    await waitForAnnotation(page);
    const value = await page.$eval('#text', (a) => a.value);
    // A textarea's value has LF line breaks (HTML normalises CRLF); everything else stays as it was.
    assert.equal(value, tricky.replace(/\r\n/g, '\n'), 'the textarea changed the text beyond CRLF');
    assert.equal(await page.textContent('#pane'), value, 'the pane\'s textContent differs from the input');
    const doc = await annotateInPage(page, value);
    assert.deepEqual(renderingProblems(value, doc, await piecesInPage(page)), []);
    assert.ok(doc.entities.length > 0, 'no entity at all in the tricky text (2016 is a DATE)');
    assert.equal(await page.$$eval('#pane b, #pane img, #pane script, #pane i', (es) => es.length), 0, 'markup in the text became elements');
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'markup in the text ran');
  }));

  // The real annotator behind a wrapper that takes `n` ms over a text starting "SLOW<n>".
  const slowAnnotator = (page) => page.route('**/pkg/article_annotator.js', (route) => route.fulfill({
    contentType: 'text/javascript',
    body: `import init, * as real from './article_annotator.js?real';
      export default init;
      export const version = real.version;
      const wait = (text) => {
        const ms = Number(/^SLOW(\\d+)/.exec(text)?.[1] ?? 0);
        for (const end = Date.now() + ms; Date.now() < end;);
      };
      export function annotate(text) { wait(text); return real.annotate(text); }
      export function annotateFlat(text) { wait(text); return real.annotateFlat(text); }`,
  }));
  // A result is put in the pane at once (one record), then section by section in place of empty
  // stand-ins (not counted).
  const countRenders = (page) => page.$eval('#pane', (p) => {
    window.paneRenders = 0;
    const standIn = (n) => n.classList?.contains('chunks') && !n.hasChildNodes();
    new MutationObserver((records) => {
      window.paneRenders += records.filter((r) => !(r.removedNodes.length === 1 && standIn(r.removedNodes[0]))).length;
    }).observe(p, { childList: true });
  });
  const sleep = (page, ms) => page.evaluate((t) => new Promise((r) => setTimeout(r, t)), ms);

  it('a newer text wins: the older result is dropped and the pane is built once per result', () => withPage(env, async ({ page }) => {
    await slowAnnotator(page);
    await page.reload();
    await paste(page, 'Warm-up text in 2016.');
    await countRenders(page);
    await page.fill('#text', `SLOW1500 ${seed}`); // under RESTART_MS: answered, then dropped
    await sleep(page, 300); // past the debounce: the slow text is with the worker
    const newer = 'Police said on Tuesday that Tokyo was calm in 2016.';
    await page.fill('#text', newer);
    await waitForAnnotation(page);
    await sleep(page, 300);
    assert.equal(await page.textContent('#pane'), newer);
    assert.equal(await page.evaluate(() => window.paneRenders), 1, 'the pane was built for the dropped result too, or more than once');
  }));

  it('an annotation that keeps a newer text waiting over 2 s is abandoned with its worker', () => withPage(env, async ({ page, requests }) => {
    await slowAnnotator(page);
    await page.reload();
    await page.fill('#text', `SLOW60000 ${seed}`);
    await sleep(page, 300);
    const newer = 'The ministry denied it on Friday.';
    const t0 = Date.now();
    await page.fill('#text', newer);
    await waitForAnnotation(page, 40_000);
    const waited = Date.now() - t0;
    assert.equal(await page.textContent('#pane'), newer);
    // The stuck annotation takes 60 s; the newer text should wait about 2 s (more on a busy machine).
    assert.ok(waited < 30_000, `the newer text waited ${waited} ms: the stuck worker was not abandoned`);
    const workers = requests.filter((u) => u.endsWith('/worker.js')).length;
    assert.ok(workers >= 3, `the stuck worker was not replaced (${workers} worker starts, with the reload's)`);
  }));

  it('the sample button loads the seed article; nothing leaves the origin; no inline style', () => withPage(env, async ({ page, requests }) => {
    await page.click('#sample');
    await page.waitForFunction(() => document.getElementById('text').value.length > 0);
    assert.equal(await page.$eval('#text', (a) => a.value), seed, 'the sample is not the seed article');
    await waitForAnnotation(page);
    assert.ok(requests.some((u) => u.endsWith('/pkg/article_annotator_bg.wasm')), `the wasm was not requested: ${requests.join(', ')}`);
    for (const u of requests) assert.ok(u.startsWith(`${env.url}/`), `request outside the origin: ${u}`);
    assert.equal(await page.$$eval('[style]', (es) => es.length), 0, 'elements with a style attribute');
    assert.equal(await page.$$eval('script:not([src]), style', (es) => es.length), 0, 'inline scripts or styles');
  }));

  it('export: JSON and claims CSV downloaded, Web Annotation copied, all of the annotations shown', () => withPage(env, async ({ page }) => {
    assert.equal(await page.isDisabled('#download'), true, 'export is offered before there is anything to export');
    await paste(page, seed);
    const doc = await annotateInPage(page, seed);
    const save = async (format) => {
      await page.selectOption('#export-format', format);
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      return { name: file.suggestedFilename(), content: await readFile(await file.path(), 'utf8') };
    };
    const json = await save('json');
    assert.equal(json.name, 'annotations.json');
    const parsed = JSON.parse(json.content);
    assert.equal(parsed.text, seed);
    assert.deepEqual({ entities: parsed.entities, claims: parsed.claims, groups: parsed.groups },
      { entities: doc.entities, claims: doc.claims, groups: doc.groups });
    const csv = await save('csv');
    assert.equal(csv.name, 'annotations.csv');
    assert.equal(csv.content.replace(/^\uFEFF/, '').split('\r\n')[0], 'claim,kind,direct,source,source_entity,cue,content,start,end');

    await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
    await page.selectOption('#export-format', 'jsonld');
    await page.click('#copy');
    await page.waitForFunction(() => document.getElementById('export-status').textContent.startsWith('Copied'));
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(copied.type, 'AnnotationCollection');
    const n = doc.entities.length + doc.claims.length;
    assert.equal(copied.total, n, 'one annotation per mention and per claim');
    assert.equal(copied.first.items.length, n);
  }));

  it('Clear empties the text, the pane and the side lists', () => withPage(env, async ({ page }) => {
    const invitation = await page.textContent('#summary');
    await paste(page, seed);
    assert.notEqual(await page.textContent('#summary'), invitation);
    await page.click('#clear');
    await waitForAnnotation(page);
    assert.equal(await page.$eval('#text', (a) => a.value), '');
    assert.equal(await page.textContent('#pane'), '');
    assert.equal(await page.getAttribute('#pane', 'data-state'), 'empty');
    assert.equal(await page.textContent('#summary'), invitation);
    assert.equal(await page.$$eval('#claims li, #entities button', (es) => es.length), 0);
  }));

  it('if the annotator cannot load, an alert says so and the next edit starts a new worker', () => withPage(env, async ({ page }) => {
    await page.route('**/pkg/article_annotator_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.reload();
    await page.fill('#text', 'The minister said in 2016 that Japan would act.');
    const alert = page.locator('[role="alert"]');
    await alert.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await alert.textContent(), /annotat/i);
    await page.unroute('**/pkg/article_annotator_bg.wasm');
    await page.fill('#text', 'The minister said in 2016 that Japan would act!');
    await waitForAnnotation(page);
    assert.equal(await alert.isVisible(), false, 'the alert stays after a good annotation');
  }, { allow: /status of 404|Failed to load resource|WebAssembly|could not load/ }));

  it('if annotate throws, an alert says so and a new worker annotates the next edit', () => withPage(env, async ({ page }) => {
    const broken = 'export default async function init() {}\nexport function version() { return "broken"; }\n'
      + 'export function annotate() { throw new Error("RuntimeError: unreachable"); }\n'
      + 'export function annotateFlat() { throw new Error("RuntimeError: unreachable"); }\n';
    await page.route('**/pkg/article_annotator.js', (route) => route.fulfill({ contentType: 'text/javascript', body: broken }));
    await page.reload();
    await page.fill('#text', 'Tokyo, 2016.');
    const alert = page.locator('[role="alert"]');
    await alert.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await alert.textContent(), /unreachable/);
    await page.unroute('**/pkg/article_annotator.js');
    await page.click('#retry');
    await waitForAnnotation(page);
    assert.equal(await alert.isVisible(), false);
    assert.match(await page.textContent('#version'), /Article Annotator \d/);
  }));

  it('dark colour scheme and print stylesheet', () => withPage(env, async ({ page }) => {
    await paste(page, seed);
    const look = () => page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      input: getComputedStyle(document.querySelector('.input')).display,
    }));
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await look();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await look();
    assert.notEqual(dark.body, light.body, 'prefers-color-scheme: dark changes nothing');
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    assert.equal((await look()).input, 'none', 'the text box is printed');
  }));

  it('accessibility: axe finds no WCAG 2.1 AA violation, light or dark', () => withPage(env, async ({ page }) => {
    await paste(page, seed);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await axeViolations(page), [], `axe, ${colorScheme} scheme`);
    }
  }));
});
