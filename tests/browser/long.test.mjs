// The fast path for long texts: annotateFlat (typed arrays, what the page's worker transfers) and
// annotations.js's decoding of it, and the page's rendering of a long text (the whole text at once,
// its annotations drawn block by block near the screen; the rest of the work dropped when a newer
// text comes). How long the page's tasks and frames are is measured by `make bench` (docs/bench.md),
// not here: these tests check that what is shown is complete and right.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { annotateInPage, cli, piecesByScrolling, piecesInPage, readSample, renderingProblems, start, waitForAnnotation, withPage } from './harness.mjs';

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

  it('annotate gives exactly the command line\'s objects (UTF-16 offsets); annotateFlat, decoded lazily, too', () => withPage(env, async ({ page }) => {
    const texts = [
      seed,
      '“Émilie” 👍🏽 東京 said in 2016 that the plan failed.\r\n\tLone \uD800 surrogate \uDFFF here, in March 2016, said NHK. 🇯🇵',
      '',
      'The minister was allegedly paid by the firm, police said.',
      longText(seed, 300_000),
    ];
    // The core's own answer, from the native build: a lone surrogate reaches it as U+FFFD, as it
    // reaches the wasm.
    const wants = texts.map((t) => JSON.stringify(JSON.parse(cli(['--offsets', 'utf16'], t.toWellFormed()))));
    const results = await page.evaluate(async ([list, wantList]) => {
      const m = await import(new URL('pkg/article_annotator.js', document.baseURI).href);
      await m.default();
      const a = await import(new URL('annotations.js', document.baseURI).href);
      return list.map((text, i) => {
        const want = wantList[i];
        const flat = m.annotateFlat(text);
        const got = JSON.stringify(m.annotate(text));
        const lazy = a.lazyDecode(text, flat);
        return {
          types: ['sentences', 'entities', 'claims', 'groups'].map((k) => flat[k].constructor.name),
          labels: flat.labels, kinds: flat.kinds,
          same: got === want,
          lazy: JSON.stringify(lazy) === want,
          spread: JSON.stringify({ ...a.lazyDecode(text, flat) }) === want,
          keys: Object.keys(lazy),
          entities: lazy.entities.length,
          // For a readable failure: where the two first differ.
          diff: [...got].findIndex((c, k) => c !== want[k]), got: got.slice(0, 300), want: want.slice(0, 300),
        };
      });
    }, [texts, wants]);
    results.forEach((r, i) => {
      assert.deepEqual(r.types, ['Uint32Array', 'Uint32Array', 'Uint32Array', 'Uint32Array'], `text ${i}`);
      assert.equal(r.labels.length, 18);
      assert.deepEqual(r.kinds, ['attributed', 'alleged', 'denied']);
      assert.ok(r.same, `text ${i}: annotate differs from the command line at character ${r.diff}:\n${r.got}\n${r.want}`);
      assert.ok(r.lazy, `text ${i}: lazyDecode differs from the command line`);
      assert.ok(r.spread, `text ${i}: {...lazyDecode()} differs from the command line`);
      assert.deepEqual(r.keys, ['offsets', 'sentences', 'entities', 'claims', 'groups']);
    });
    assert.ok(results[4].entities > 1000, `only ${results[4].entities} mentions in 300 KB of news`);
  }));

  it('annotate says clearly when it is given no text', () => withPage(env, async ({ page }) => {
    const errors = await page.evaluate(async () => {
      const m = await import(new URL('pkg/article_annotator.js', document.baseURI).href);
      await m.default();
      return [undefined, null, 42].map((v) => { try { m.annotate(v); return 'no error'; } catch (e) { return `${e.name}: ${e.message}`; } });
    });
    assert.deepEqual(errors, ['TypeError: annotate: the text must be a string, not undefined',
      'TypeError: annotate: the text must be a string, not null', 'TypeError: annotate: the text must be a string, not number']);
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

  it('a long text: the whole text at once, its annotations filled in near the screen; scrolled through, every character and annotation in place', () => withPage(env, async ({ page }) => {
    const text = longText(seed, 100_000); // renderingProblems compares every range with every other: not much more
    await page.$eval('#pane', (pane) => {
      // What the pane held when it was first put in place.
      window.__first = null;
      new MutationObserver(() => {
        if (window.__first || pane.dataset.state !== 'rendering') return;
        const blocks = [...pane.querySelectorAll('.chunk')];
        window.__first = { text: pane.textContent, blocks: blocks.length, marked: blocks.map((b) => !b.hasAttribute('data-plain')) };
      }).observe(pane, { childList: true });
    });
    await setText(page, text);
    await waitForAnnotation(page, 120_000);
    const state = await page.evaluate(() => ({
      text: document.getElementById('pane').textContent,
      state: document.getElementById('pane').dataset.state,
      empty: document.querySelectorAll('#pane .chunks:empty, #pane .chunk:empty').length,
      sections: document.querySelectorAll('#pane > .chunks').length,
      first: window.__first,
      summary: document.getElementById('summary').textContent,
      listed: document.querySelectorAll('#entities button[data-entity]').length,
      filled: document.querySelectorAll('#pane .chunk:not([data-plain])').length,
    }));
    assert.equal(state.text.length, text.length);
    assert.ok(state.text === text, 'the pane\'s text differs from the input');
    assert.equal(state.state, 'ready');
    assert.equal(state.empty, 0, 'empty blocks or sections in the pane');
    assert.ok(state.sections > 2, `${state.sections} sections for ${text.length} characters`);
    // From the first change on, the pane holds the whole text; only the first blocks are drawn with
    // their annotations, the rest as plain text.
    assert.ok(state.first, 'the pane was never seen while rendering');
    assert.ok(state.first.text === text, 'the pane did not hold the whole text from the start');
    assert.ok(state.first.marked[0] && !state.first.marked[state.first.blocks - 1],
      `first blocks filled, last not: ${JSON.stringify(state.first.marked)}`);
    assert.ok(state.filled < state.first.blocks / 2, `${state.filled} of ${state.first.blocks} blocks filled while at the top`);
    const doc = await annotateInPage(page, text);
    assert.match(state.summary, new RegExp(`^${doc.entities.length.toLocaleString('en').replace(/,/g, ',?')} entit`));
    const perLabel = new Map();
    for (const g of doc.groups) perLabel.set(g.label, (perLabel.get(g.label) ?? 0) + 1);
    assert.equal(state.listed, [...perLabel.values()].reduce((n, k) => n + Math.min(k, 200), 0), 'entity buttons in the side list');
    // Scrolled through block by block: each is filled when it comes on screen, and all of them
    // together draw exactly the annotations; blocks far from the screen are plain text again.
    const seen = await piecesByScrolling(page);
    assert.equal(seen.chars, text.length);
    assert.deepEqual(renderingProblems(text, doc, seen.pieces), []);
    assert.ok(seen.most < seen.blocks / 2, `${seen.most} of ${seen.blocks} blocks were filled at once`);
    assert.ok(await page.$eval('#pane', (p) => p.textContent) === text, 'the pane\'s text changed while scrolling');
  }));

  it('a text of a few blocks is filled whole, as before: no plain blocks, no stand-ins', () => withPage(env, async ({ page }) => {
    const text = longText(seed, 30_000);
    await setText(page, text);
    await waitForAnnotation(page, 60_000);
    await page.waitForFunction(() => document.getElementById('pane').dataset.state === 'ready');
    const state = await page.evaluate(() => ({ blocks: document.querySelectorAll('#pane .chunk').length,
      plain: document.querySelectorAll('#pane [data-plain], #pane .chunk[tabindex]').length }));
    assert.ok(state.blocks > 4, `${state.blocks} blocks`);
    assert.equal(state.plain, 0, 'blocks left plain, or standing in for cues');
    const doc = await annotateInPage(page, text);
    assert.deepEqual(renderingProblems(text, doc, await piecesInPage(page)), []);
  }));

  it('a long text: the side panel shows a far mention or claim, filling its block first; the keyboard reaches cues of plain blocks', () => withPage(env, async ({ page }) => {
    const text = `${longText(seed, 200_000)}In a late addition, Zorbania's envoy Quillon Trask said on Monday that the talks had failed.\n`;
    await setText(page, text);
    await waitForAnnotation(page, 120_000);
    await page.waitForFunction(() => document.getElementById('pane').dataset.state === 'ready');
    const doc = await annotateInPage(page, text);
    // The entity whose first mention comes last in the text, and the last claim.
    const firstAt = new Map();
    doc.entities.forEach((m) => { if (!firstAt.has(m.entity) || m.start < firstAt.get(m.entity)) firstAt.set(m.entity, m.start); });
    const [entity, at] = [...firstAt].reduce((a, b) => (b[1] > a[1] ? b : a));
    assert.ok(at > 150_000, `the last entity to appear first appears at ${at}`);
    const wasPlain = await page.evaluate((offset) => {
      let n = 0;
      for (const b of document.querySelectorAll('#pane .chunk')) {
        n += b.textContent.length;
        if (n > offset) return b.hasAttribute('data-plain');
      }
      return null;
    }, at);
    assert.equal(wasPlain, true, 'the far mention\'s block was filled before it was asked for');
    // Its button may be behind a "show all" button: shown whole.
    if (!(await page.$(`#entities button[data-entity="${entity}"]`))) {
      const label = doc.groups[entity].label;
      await page.click(`#entities button[data-more][data-label="${label}"]`);
    }
    await page.click(`#entities button[data-entity="${entity}"]`);
    const shown = await page.evaluate((id) => {
      const marks = [...document.querySelectorAll(`#pane mark[data-entity="${id}"]`)];
      const r = marks[0]?.getBoundingClientRect();
      return { marks: marks.length, selected: marks.filter((m) => m.classList.contains('is-selected')).length,
        visible: !!r && r.top >= 0 && r.bottom <= innerHeight, text: marks[0]?.textContent };
    }, entity);
    assert.ok(shown.marks > 0, 'the far mention was not drawn');
    assert.equal(shown.selected, shown.marks, 'not every mention drawn is highlighted');
    assert.ok(shown.visible, 'the far mention was not scrolled into view');
    assert.equal(shown.text, doc.entities.find((m) => m.entity === entity && m.start === at).text);

    // The last claim in the text, from the claim list (shown whole).
    const last = doc.claims.reduce((a, c, i) => (c.cue.start > doc.claims[a].cue.start ? i : a), 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    if (!(await page.$(`#claims button[data-claim-id="${last}"]`))) await page.click('#claims button[data-more]');
    await page.click(`#claims button[data-claim-id="${last}"]`);
    const claim = await page.evaluate((id) => {
      const parts = [...document.querySelectorAll(`#pane [data-claim-id="${id}"]`)];
      const r = parts[0]?.getBoundingClientRect();
      return { parts: parts.map((p) => p.dataset.part), selected: parts.every((p) => p.classList.contains('is-selected')),
        focused: document.activeElement?.dataset.claimId === String(id) && document.activeElement.dataset.part,
        visible: !!r && r.bottom >= 0 && r.top <= innerHeight };
    }, last);
    assert.ok(claim.parts.includes('cue') && claim.parts.includes('content'), `parts drawn: ${claim.parts}`);
    assert.ok(claim.selected, 'the claim\'s parts are not highlighted');
    assert.equal(claim.focused, 'cue', 'the claim\'s cue does not have the focus');
    assert.ok(claim.visible, 'the claim was not scrolled into view');

    // Keyboard: from the last cue before a plain block that stands in for its cues, Tab goes on to
    // that block's first cue (the block filled), and Shift+Tab comes back.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => {
      const standIn = document.querySelector('#pane .chunk[data-plain][tabindex="0"]');
      if (!standIn) return null;
      const cues = [...document.querySelectorAll('#pane [data-part="cue"]')].filter((c) => standIn.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_PRECEDING);
      const cue = cues[cues.length - 1];
      cue?.focus();
      return cue ? { claimId: cue.dataset.claimId, standIn: [...document.querySelectorAll('#pane .chunk')].indexOf(standIn) } : null;
    });
    assert.ok(before, 'no plain block standing in for its cues after a drawn cue');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => {
      const a = document.activeElement;
      const block = a.closest('.chunk');
      return { part: a.dataset.part, block: [...document.querySelectorAll('#pane .chunk')].indexOf(block), plain: block?.hasAttribute('data-plain') };
    });
    assert.deepEqual(next, { part: 'cue', block: before.standIn, plain: false }, 'Tab did not go on to the next cue');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.claimId), before.claimId, 'Shift+Tab did not come back');
  }));

  it('a pasted text too long to edit in place is put away, whole, behind a button; typing does not put it away', () => withPage(env, async ({ page }) => {
    const text = longText(seed, 300_000);
    await page.focus('#text');
    await setText(page, text);
    await waitForAnnotation(page, 60_000);
    const folded = await page.evaluate(() => ({
      area: getComputedStyle(document.getElementById('text')).display,
      line: document.getElementById('folded').hidden ? null : document.getElementById('folded-size').textContent,
      focus: document.activeElement?.id,
      length: document.getElementById('text').value.length,
    }));
    assert.equal(folded.area, 'none', 'the textarea is still shown');
    assert.match(folded.line ?? '', /^A long text \([\d,]+ characters\)/);
    assert.equal(folded.focus, 'unfold', 'the focus did not move to the button that brings the text back');
    assert.equal(folded.length, text.length, 'the text was changed');
    await page.click('#unfold');
    const shown = await page.evaluate(() => ({
      area: getComputedStyle(document.getElementById('text')).display,
      hidden: document.getElementById('folded').hidden, focus: document.activeElement?.id,
      same: document.getElementById('text').value.length,
    }));
    assert.deepEqual(shown, { area: 'inline-block', hidden: true, focus: 'text', same: text.length });
    // Typing into the long text keeps it in view; a short text never folds.
    await page.keyboard.type(' More.');
    await page.waitForTimeout(50);
    assert.equal(await page.$eval('#folded', (f) => f.hidden), true, 'typing put the text away');
    await setText(page, 'Police in Tokyo said on Monday that the minister had resigned.');
    await waitForAnnotation(page);
    assert.equal(await page.$eval('#folded', (f) => f.hidden), true);
  }));

  it('a newer text drops the rest of a long text\'s rendering', () => withPage(env, async ({ page }) => {
    const text = longText(seed, 1_000_000);
    await setText(page, text);
    await page.waitForFunction(() => document.getElementById('pane').dataset.state === 'rendering', null, { timeout: 60_000, polling: 20 });
    // Its pane is in place (the whole text, the first blocks filled); the rest of the work is not done.
    assert.equal(await page.getAttribute('#pane', 'aria-busy'), 'true', 'the long text was done at once: nothing to drop');
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
