// render.js on its own, in the page, with annotations made up for the purpose or taken from the
// gold seed article: nesting, crossing ranges and exact text, whatever the annotator returns today.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { axeViolations, piecesInPage, readSample, renderingProblems, start, toUtf16, withPage } from './harness.mjs';

/** Renders `doc` over `text` with render.js into the pane (no worker involved). */
const render = (page, text, doc) => page.evaluate(async ({ text, doc }) => {
  const r = await import(new URL('render.js', document.baseURI).href);
  const pane = document.getElementById('pane');
  pane.replaceChildren(r.renderText(text, doc));
  return {
    textContent: pane.textContent,
    summary: r.summaryText(doc),
    claimList: [...r.renderClaimList(doc).children].map((li) => li.textContent),
    entityList: [...r.renderEntityList(doc).children].map((s) => s.textContent),
  };
}, { text, doc });

/** A span of `text`: the `nth` occurrence of `words`. */
function at(text, words, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  assert.ok(start >= 0, `${JSON.stringify(words)} not in the test text`);
  return { start, end: start + words.length, text: words };
}
const mention = (text, words, label, entity, nth) => ({ ...at(text, words, nth), label, entity });
const claim = (text, kind, cue, source, content) => ({
  kind, cue: at(text, cue), source: source && at(text, source), sourceEntity: null, content: at(text, content), direct: false,
});

describe('page sources', () => {
  it('www/samples/seed.txt is seed-cyber-japan of the shared corpus, exactly', async (t) => {
    // CORPUS as the Makefile has it: a folder, relative to the repository (default ../shared/corpus).
    const dir = (process.env.CORPUS || '../shared/corpus').replace(/\/?$/, '/');
    const corpus = new URL(`${dir}news-dev.jsonl`, new URL('../../', import.meta.url));
    let lines;
    try { lines = (await readFile(corpus, 'utf8')).split('\n'); } catch { t.skip(`no corpus at ${corpus.pathname}`); return; }
    const seed = lines.filter(Boolean).map((l) => JSON.parse(l)).find((a) => a.id === 'seed-cyber-japan');
    assert.ok(seed, 'no seed-cyber-japan in news-dev.jsonl');
    assert.equal(await readSample(), seed.text);
  });

  it('put user text in the DOM only as text: no innerHTML, outerHTML, insertAdjacentHTML or document.write', async () => {
    for (const file of ['app.js', 'render.js', 'worker.js', 'annotations.js']) {
      const source = await readFile(new URL(`../../www/${file}`, import.meta.url), 'utf8');
      const hits = source.split('\n').map((line, i) => `${file}:${i + 1}: ${line.trim()}`)
        .filter((line) => /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/.test(line.replace(/^.*?: /, '')));
      assert.deepEqual(hits, [], `${file} builds DOM from strings`);
    }
  });
});

describe('render.js', () => {
  let env;
  before(async () => { env = await start(); });
  after(() => env?.close());

  it('nests claims and mentions, and splits only a range that crosses another', () => withPage(env, async ({ page }) => {
    const text = 'Police said the man was allegedly paid by Acme.\r\nHe denied it.';
    const doc = {
      entities: [
        mention(text, 'Police', 'ORG', 0),
        mention(text, 'man was alleg', 'PERSON', 1), // crosses the cue "allegedly": made up, to force a split
        mention(text, 'Acme', 'ORG', 2),
      ],
      claims: [
        claim(text, 'attributed', 'said', 'Police', 'the man was allegedly paid by Acme'),
        claim(text, 'alleged', 'allegedly', null, 'paid by Acme'),
        claim(text, 'denied', 'denied', 'He', 'it'),
      ],
      groups: [],
    };
    const out = await render(page, text, doc);
    assert.equal(out.textContent, text);
    const pieces = await piecesInPage(page);
    assert.deepEqual(renderingProblems(text, doc, pieces), []);
    // Of two crossing ranges, the one that begins later is split where the other ends.
    assert.equal(pieces.filter((p) => p.key === 'mention 1').length, 1, 'the crossing mention, which begins first, is split');
    assert.equal(pieces.filter((p) => p.key === 'claim 1 cue').length, 2, 'the cue crossed by a mention is not split in two');
    assert.deepEqual(pieces.find((p) => p.key === 'mention 0').inside, ['claim 0 source'], 'a mention equal to a source lies inside it');
    assert.ok(pieces.filter((p) => p.key.startsWith('claim 1')).every((p) => p.inside[0] === 'claim 0 content'),
      'a claim nested in a content does not lie inside it');
    assert.deepEqual(pieces.find((p) => p.key === 'mention 2').inside, ['claim 0 content', 'claim 1 content']);
  }));

  it('keeps any text exactly: CRLF, tabs, emoji, CJK, lone surrogates, empty and bad ranges', () => withPage(env, async ({ page }) => {
    const text = '\tA\r\n“Zoë” 👍🏽 東京\uD800 x\uDC00 🇯🇵\r\n\r\n';
    const doc = {
      entities: [mention(text, '“Zoë”', 'PERSON', 0), mention(text, '👍🏽', 'PRODUCT', 1), mention(text, '東京', 'GPE', 2),
        mention(text, '\uD800 x', 'LOC', 3), mention(text, '🇯🇵', 'GPE', 4)],
      claims: [],
      groups: [],
    };
    assert.equal((await render(page, text, doc)).textContent, text);
    assert.deepEqual(renderingProblems(text, doc, await piecesInPage(page)), []);
    // Ranges the page cannot draw (empty, reversed, beyond the text) are left out, not thrown on.
    const bad = { entities: [{ start: 3, end: 3, label: 'ORG', entity: 0, text: '' }, { start: 5, end: 2, label: 'ORG', entity: 0, text: '' },
      { start: 2, end: 999, label: 'ORG', entity: 0, text: '' }], claims: [], groups: [] };
    assert.equal((await render(page, text, bad)).textContent, text);
    assert.equal(await page.$$eval('#pane mark, #pane [data-part]', (es) => es.length), 0);
    assert.equal((await render(page, '', { entities: [], claims: [], groups: [] })).textContent, '');
  }));

  it('draws the gold annotations of the seed article (nested claims included)', () => withPage(env, async ({ page }) => {
    const text = await readSample();
    const gold = JSON.parse(await readFile(new URL('fixtures/seed-gold.json', import.meta.url), 'utf8'));
    const doc = toUtf16(text, gold);
    for (const e of doc.entities) assert.equal(text.slice(e.start, e.end), e.text, 'the fixture does not fit www/samples/seed.txt');
    const names = [...new Set(doc.entities.map((e) => `${e.label}|${e.text}`))];
    doc.entities.forEach((e) => { e.entity = names.indexOf(`${e.label}|${e.text}`); });
    doc.groups = names.map((n, id) => ({ id, label: n.split('|')[0], name: n.split('|')[1],
      mentions: doc.entities.filter((e) => e.entity === id).length }));
    const out = await render(page, text, doc);
    await page.$eval('#entities', (box, d) => import(new URL('render.js', document.baseURI).href)
      .then((r) => box.replaceChildren(r.renderEntityList(d))), doc);
    assert.equal(out.textContent, text);
    const pieces = await piecesInPage(page);
    assert.deepEqual(renderingProblems(text, doc, pieces), []);
    assert.ok(pieces.some((p) => p.part === 'cue' && p.inside.some((k) => k.endsWith('content'))), 'no claim drawn inside another');
    assert.equal(out.claimList.length, doc.claims.length);
    assert.equal(out.summary, '49 entities (17 ORG, 12 GPE, 9 NORP, 5 DATE, 3 LOC, 3 CARDINAL) · '
      + '13 claims (9 attributed, 4 alleged) · 10 distinct sources');
    // Every colour of the seed's labels and kinds, with label names on and a kind switched off.
    await page.click('#label-names');
    await page.click('#legend button[data-kind="alleged"]');
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await axeViolations(page), [], `axe, ${colorScheme} scheme`);
    }
  }));

  it('the claim list reads "source → content (kind)", in reading order, "—" for no source', () => withPage(env, async ({ page }) => {
    const text = 'He denied it. Police said “we are sure”. The man was allegedly paid.';
    const quoted = claim(text, 'attributed', 'said', 'Police', 'we are sure');
    quoted.direct = true;
    const doc = {
      entities: [],
      claims: [claim(text, 'alleged', 'allegedly', null, 'paid'), quoted, claim(text, 'denied', 'denied', 'He', 'it')],
      groups: [],
    };
    const out = await render(page, text, doc);
    assert.deepEqual(out.claimList, ['He → it (denied)', 'Police → “we are sure” (attributed)', '— → paid (alleged)']);
    assert.equal(out.summary, '0 entities · 3 claims (1 attributed, 1 alleged, 1 denied) · 2 distinct sources');
  }));

  it('long side lists stop at 200 items with a "show all" button; long texts are cut into blocks', () => withPage(env, async ({ page }) => {
    const sentence = 'Police said it rained.\n';
    const text = sentence.repeat(250);
    const claims = Array.from({ length: 250 }, (_, i) => {
      const at = i * sentence.length;
      return { kind: 'attributed', cue: { start: at + 7, end: at + 11, text: 'said' }, source: { start: at, end: at + 6, text: 'Police' },
        sourceEntity: null, content: { start: at + 12, end: at + 21, text: 'it rained' }, direct: false };
    });
    const entities = claims.map((c, i) => ({ ...c.source, label: 'ORG', entity: i }));
    const groups = entities.map((e, i) => ({ id: i, label: 'ORG', name: `Police ${i}`, mentions: 1 }));
    const doc = { entities, claims, groups };
    const lists = await page.evaluate(async (d) => {
      const r = await import(new URL('render.js', document.baseURI).href);
      const count = (f) => ({ items: f.querySelectorAll('button[data-claim-id], button[data-entity]').length,
        more: [...f.querySelectorAll('button[data-more]')].map((b) => b.textContent) });
      return { claims: count(r.renderClaimList(d)), entities: count(r.renderEntityList(d)),
        all: count(r.renderClaimList(d, document, Infinity)), chunks: r.chunkBounds(d.text) };
    }, { ...doc, text });
    assert.deepEqual(lists.claims, { items: 200, more: ['Show all 250 claims (50 more)'] });
    assert.deepEqual(lists.entities, { items: 200, more: ['Show all 250 ORG entities (50 more)'] });
    assert.deepEqual(lists.all, { items: 250, more: [] });
    // Blocks of about 2,000 code units, each ending just after a line break.
    assert.ok(lists.chunks.length > 2, `${text.length} characters in ${lists.chunks.length - 1} block(s)`);
    lists.chunks.slice(1, -1).forEach((b) => assert.equal(text[b - 1], '\n', `block boundary ${b} is not after a line break`));
    const out = await render(page, text, doc);
    assert.equal(out.textContent, text);
    assert.equal(await page.$$eval('#pane > .chunk', (cs) => cs.length), lists.chunks.length - 1);
    assert.deepEqual(renderingProblems(text, doc, await piecesInPage(page)), []);
  }));
});
