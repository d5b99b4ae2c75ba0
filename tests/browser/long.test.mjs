// The fast path for long texts: annotateFlat (typed arrays, what the page's worker transfers) and
// annotations.js's decoding of it, and the page's rendering in slices (the first blocks at once,
// then section by section in place of empty stand-ins, dropped when a newer text comes). How long
// the page's tasks and frames are is measured by `make bench` (docs/bench.md), not here: these
// tests check that what is shown is complete and right.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { annotateInPage, piecesInPage, readSample, renderingProblems, start, waitForAnnotation, withPage } from './harness.mjs';

/** About `chars` code units of news: the seed article again and again, its year changed each time. */
const longText = (seed, chars) => {
  const parts = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const part = `${seed.replace(/2016/g, String(1900 + (i % 120)))}\n\n`;
    parts.push(part);
    n += part.length;
  }
  return parts.join('');
};

/** Sets the textarea as a paste does (one input event), without waiting. */
const setText = (page, text) => page.evaluate((t) => {
  const area = document.getElementById('text');
  area.value = t;
  area.dispatchEvent(new Event('input', { bubbles: true }));
}, text);

describe('long texts', () => {
  let env;
  let seed;
  before(async () => { [env, seed] = await Promise.all([start(), readSample()]); });
  after(() => env?.close());

  it('annotateFlat, decoded, is exactly what annotate returns; lazily decoded too', () => withPage(env, async ({ page }) => {
    const texts = [
      seed,
      '“Émilie” 👍🏽 東京 said in 2016 that the plan failed.\r\n\tLone \uD800 surrogate \uDFFF here, in March 2016, said NHK. 🇯🇵',
      '',
      'The minister was allegedly paid by the firm, police said.',
      longText(seed, 300_000),
    ];
    const results = await page.evaluate(async (list) => {
      const m = await import(new URL('pkg/article_annotator.js', document.baseURI).href);
      await m.default();
      const a = await import(new URL('annotations.js', document.baseURI).href);
      return list.map((text) => {
        const flat = m.annotateFlat(text);
        const want = JSON.stringify(m.annotate(text));
        const lazy = a.lazyDecode(text, flat);
        return {
          types: ['sentences', 'entities', 'claims', 'groups'].map((k) => flat[k].constructor.name),
          labels: flat.labels, kinds: flat.kinds,
          decoded: JSON.stringify(a.decode(text, flat)) === want,
          lazy: JSON.stringify(lazy) === want,
          spread: JSON.stringify({ ...a.lazyDecode(text, flat) }) === want,
          keys: Object.keys(lazy),
          entities: lazy.entities.length,
          // What decoding gives, for a readable failure
          sample: JSON.stringify(a.decode(text, flat)).slice(0, 300), want: want.slice(0, 300),
        };
      });
    }, texts);
    results.forEach((r, i) => {
      assert.deepEqual(r.types, ['Uint32Array', 'Uint32Array', 'Uint32Array', 'Uint32Array'], `text ${i}`);
      assert.equal(r.labels.length, 18);
      assert.deepEqual(r.kinds, ['attributed', 'alleged', 'denied']);
      assert.ok(r.decoded, `text ${i}: decode(annotateFlat) differs from annotate:\n${r.sample}\n${r.want}`);
      assert.ok(r.lazy, `text ${i}: lazyDecode differs from annotate`);
      assert.ok(r.spread, `text ${i}: {...lazyDecode()} differs from annotate`);
      assert.deepEqual(r.keys, ['offsets', 'sentences', 'entities', 'claims', 'groups']);
    });
    assert.ok(results[4].entities > 1000, `only ${results[4].entities} mentions in 300 KB of news`);
  }));

  it('render.js draws a flat document exactly as the same annotations as objects', () => withPage(env, async ({ page }) => {
    const text = longText(seed, 30_000);
    const same = await page.evaluate(async (t) => {
      const m = await import(new URL('pkg/article_annotator.js', document.baseURI).href);
      await m.default();
      const a = await import(new URL('annotations.js', document.baseURI).href);
      const r = await import(new URL('render.js', document.baseURI).href);
      const flat = m.annotateFlat(t);
      const [fromFlat, fromObjects] = [document.createElement('div'), document.createElement('div')];
      fromFlat.append(r.renderText(t, a.lazyDecode(t, flat)));
      fromObjects.append(r.renderText(t, m.annotate(t)));
      const lists = (doc) => [r.renderEntityList(doc), r.renderClaimList(doc)].map((f) => { const d = document.createElement('div'); d.append(f); return d; });
      const [e1, c1] = lists(a.lazyDecode(t, flat));
      const [e2, c2] = lists(m.annotate(t));
      return { pane: fromFlat.isEqualNode(fromObjects), marks: fromFlat.querySelectorAll('mark').length,
        entities: e1.isEqualNode(e2), claims: c1.isEqualNode(c2),
        summary: r.summaryText(a.lazyDecode(t, flat)) === r.summaryText(m.annotate(t)) };
    }, text);
    assert.deepEqual(same, { ...same, pane: true, entities: true, claims: true, summary: true });
    assert.ok(same.marks > 100);
  }));

  it('a long text: shown first in part, then whole, every character and annotation in place', () => withPage(env, async ({ page }) => {
    const text = longText(seed, 100_000); // renderingProblems compares every range with every other: not much more
    await page.$eval('#pane', (pane) => {
      // What the pane looked like whenever it changed while the page said it was still busy.
      window.__partial = [];
      new MutationObserver(() => {
        if (pane.getAttribute('aria-busy') === 'true' && pane.dataset.state === 'rendering') {
          window.__partial.push({ chars: pane.textContent.length, standIns: pane.querySelectorAll(':scope > .chunks:empty').length });
        }
      }).observe(pane, { childList: true });
    });
    await setText(page, text);
    await waitForAnnotation(page, 120_000);
    const state = await page.evaluate(() => ({
      text: document.getElementById('pane').textContent,
      state: document.getElementById('pane').dataset.state,
      standIns: document.querySelectorAll('#pane .chunks:empty, #pane .chunk:empty').length,
      sections: document.querySelectorAll('#pane > .chunks').length,
      partial: window.__partial,
      summary: document.getElementById('summary').textContent,
      listed: document.querySelectorAll('#entities button[data-entity]').length,
    }));
    assert.equal(state.text.length, text.length);
    assert.ok(state.text === text, 'the pane\'s text differs from the input');
    assert.equal(state.state, 'ready');
    assert.equal(state.standIns, 0, 'empty blocks or sections left in the pane');
    assert.ok(state.sections > 2, `${state.sections} sections for ${text.length} characters`);
    assert.ok(state.partial.length > 0 && state.partial[0].chars < text.length && state.partial[0].standIns > 0,
      `the pane was not first shown in part: ${JSON.stringify(state.partial.slice(0, 3))}`);
    const doc = await annotateInPage(page, text);
    assert.match(state.summary, new RegExp(`^${doc.entities.length.toLocaleString('en').replace(/,/g, ',?')} entit`));
    const perLabel = new Map();
    for (const g of doc.groups) perLabel.set(g.label, (perLabel.get(g.label) ?? 0) + 1);
    assert.equal(state.listed, [...perLabel.values()].reduce((n, k) => n + Math.min(k, 200), 0), 'entity buttons in the side list');
    assert.deepEqual(renderingProblems(text, doc, await piecesInPage(page)), []);
  }));

  it('a newer text drops the rest of a long text\'s rendering', () => withPage(env, async ({ page }) => {
    const text = longText(seed, 1_000_000);
    await setText(page, text);
    await page.waitForFunction(() => document.getElementById('pane').dataset.state === 'rendering', null, { timeout: 60_000, polling: 20 });
    const left = await page.$$eval('#pane > .chunks:empty', (s) => s.length);
    assert.ok(left > 0, 'the long text was shown whole at once: nothing to drop');
    const newer = 'Police in Tokyo said on Monday that the minister had resigned.';
    await setText(page, newer);
    await waitForAnnotation(page);
    await page.$eval('#pane', (p) => {
      window.__changes = 0;
      new MutationObserver((r) => { window.__changes += r.length; }).observe(p, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    await page.waitForTimeout(1500);
    const state = await page.evaluate(() => ({
      text: document.getElementById('pane').textContent, changes: window.__changes,
      busy: document.getElementById('pane').getAttribute('aria-busy'), state: document.getElementById('pane').dataset.state,
      sections: document.querySelectorAll('#pane .chunks').length,
    }));
    assert.deepEqual(state, { text: newer, changes: 0, busy: 'false', state: 'ready', sections: 1 });
  }));
});
