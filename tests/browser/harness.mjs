// Shared by the browser tests: serve www/ with our static server under a strict CSP, drive
// Debian's Chromium through playwright-core, and check a rendering against the annotations.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const WWW = fileURLToPath(new URL('../../www/', import.meta.url));
// The strictest policy the page runs under (index.html carries it in a <meta> too): scripts, styles,
// wasm and fetches from its own origin only. `connect-src 'self'` is for the worker's fetch of the
// wasm and the sample article's. The worker gets this header, as workers do not read <meta>.
export const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Runs the native command line (target/release/annotate) with `args`, `input` on stdin; its stdout. */
export function cli(args, input) {
  const bin = fileURLToPath(new URL('../../target/release/annotate', import.meta.url));
  assert.ok(existsSync(bin), `${bin} is missing: run \`cargo build --release\` (make native) before the browser tests`);
  return execFileSync(bin, args, { input, encoding: 'utf8', maxBuffer: 1 << 28 });
}

export const readSample = () => readFile(join(WWW, 'samples/seed.txt'), 'utf8');

/** Starts the server and the browser; `close()` stops both and removes the profile. */
export async function start() {
  assert.ok(existsSync(join(WWW, 'pkg/article_annotator_bg.wasm')),
    'www/pkg is missing: run `make wasm` before the browser tests');
  assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (scripts/setup.sh test installs it; or set CHROMIUM)`);
  const { server, url } = await serve({ root: WWW, port: 0, csp: CSP });
  const head = await fetch(`${url}/`, { method: 'HEAD' });
  assert.equal(head.headers.get('x-served-by'), 'article-annotator', `${url} is not our static server`);
  const profile = await mkdtemp(join(tmpdir(), 'annotator-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 }, timeout: 30_000,
    });
  } catch (e) {
    server.close();
    await rm(profile, { recursive: true, force: true });
    throw e;
  }
  // Nothing may leave the page's origin: such requests are recorded (and the test fails), then aborted.
  const foreign = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(`${url}/`)) return route.fallback();
    foreign.push(u);
    return route.abort('blockedbyclient');
  });
  return {
    url, context, foreign,
    async close() {
      await context.close().catch(() => {});
      server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the page. `problems` collects page errors, console errors (CSP violations among them) and
 * requests seen outside the origin; `requests` every URL requested by the page and its worker.
 */
export async function openPage(env, { path = '/' } = {}) {
  const page = await env.context.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // The worker's console messages come here too.
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('request', (r) => {
    requests.push(r.url());
    if (!r.url().startsWith(`${env.url}/`)) problems.push(`request outside the origin: ${r.url()}`);
  });
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
  }));
  await page.goto(env.url + path);
  await page.waitForSelector('#legend button[data-kind]');
  return { page, problems, requests };
}

/** Waits until the pane shows the annotation of the textarea's current text. */
export async function waitForAnnotation(page, timeout = 20_000) {
  try {
    await page.waitForFunction(() => {
      const pane = document.getElementById('pane');
      return pane.getAttribute('aria-busy') === 'false' && pane.dataset.state !== 'error'
        && pane.textContent === document.getElementById('text').value;
    }, null, { timeout, polling: 50 });
  } catch (e) {
    const state = await page.evaluate(() => ({
      busy: document.getElementById('pane').getAttribute('aria-busy'),
      state: document.getElementById('pane').dataset.state,
      alert: document.getElementById('alert').textContent,
    }));
    throw new Error(`the page did not show an annotation within ${timeout} ms: ${JSON.stringify(state)}`, { cause: e });
  }
}

/** Types `text` into the textarea the way a paste does (one input event) and waits for the result. */
export async function paste(page, text) {
  await page.fill('#text', text);
  await waitForAnnotation(page);
}

/** The annotator's own answer for `text`, called in the page from the same module the worker uses. */
export function annotateInPage(page, text) {
  return page.evaluate(async (t) => {
    const m = await import(new URL('pkg/article_annotator.js', document.baseURI).href);
    await m.default();
    return m.annotate(t);
  }, text);
}

/**
 * Every annotation element of the pane (or `selector`) with the text offsets it covers and the
 * annotations it lies inside: {tag, key, label, entity, mention, claim, part, claimId, start, end,
 * tabIndex, title, inside: [key]}. Keys: "mention 3", "claim 1 cue".
 */
export function piecesInPage(page, selector = '#pane') {
  return collectPieces(page, selector, false).then((r) => r.pieces);
}

/**
 * piecesInPage for a long text, whose pane fills its blocks only near the screen (app.js): scrolls
 * each block of the pane into view in turn, waits until it is filled (no data-plain), and takes its
 * pieces, at their offsets in the whole text. Also returns the most blocks seen filled at once and
 * the number of blocks.
 */
export function piecesByScrolling(page) {
  return collectPieces(page, '#pane', true);
}

/** The one walk behind piecesInPage and piecesByScrolling (it runs in the page). */
function collectPieces(page, selector, byScrolling) {
  return page.evaluate(async ({ sel, scrolling }) => {
    const out = [];
    let offset = 0;
    const walk = (node, inside) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) { offset += child.data.length; continue; }
        if (child.classList?.contains('chunk') || child.classList?.contains('chunks')) { walk(child, inside); continue; } // layout blocks and their sections, no annotation
        const d = child.dataset ?? {};
        const key = child.localName === 'mark' ? `mention ${d.mention}` : d.part ? `claim ${d.claimId} ${d.part}` : null;
        const start = offset;
        walk(child, key ? [...inside, key] : inside);
        out.push({ tag: child.localName, key, label: d.label, entity: d.entity, mention: d.mention, claim: d.claim,
          part: d.part, claimId: d.claimId, start, end: offset, tabIndex: child.tabIndex, title: child.title, inside });
      }
    };
    if (!scrolling) {
      walk(document.querySelector(sel), []);
      return { pieces: out };
    }
    const blocks = [...document.querySelectorAll(`${sel} .chunk`)];
    let most = 0;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    for (const block of blocks) {
      block.scrollIntoView({ block: 'start' });
      for (let tries = 0; block.hasAttribute('data-plain'); tries++) {
        if (tries > 200) throw new Error(`block at ${offset} was not filled when scrolled to`);
        await frame();
      }
      most = Math.max(most, document.querySelectorAll(`${sel} .chunk:not([data-plain])`).length);
      walk(block, []);
    }
    return { pieces: out, most, blocks: blocks.length, chars: offset };
  }, { sel: selector, scrolling: byScrolling });
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const contains = (a, b) => a.start <= b.start && b.end <= a.end;

/**
 * Checks that `pieces` (from piecesInPage) draw `doc` over `text` exactly: each mention and each
 * claim part is covered by elements carrying its attributes, with no gap and nothing beyond it; a
 * range that crosses no other range is one element; nothing else is marked. Returns the problems.
 */
export function renderingProblems(text, doc, pieces) {
  const problems = [];
  const expected = new Map(); // key -> {start, end, what}
  doc.entities.forEach((m, i) => expected.set(`mention ${i}`, { ...m, what: `mention ${i} ${m.label} ${JSON.stringify(m.text)}` }));
  doc.claims.forEach((c, i) => {
    for (const part of ['cue', 'source', 'content']) {
      if (c[part]) expected.set(`claim ${i} ${part}`, { ...c[part], what: `claim ${i} (${c.kind}) ${part} ${JSON.stringify(c[part].text)}` });
    }
  });
  const found = new Map();
  for (const p of pieces) {
    const { key } = p;
    if (p.tag === 'mark') {
      const m = doc.entities[Number(p.mention)];
      if (!m) { problems.push(`a mark for no mention: ${JSON.stringify(p)}`); continue; }
      if (p.label !== m.label) problems.push(`mark for mention ${p.mention} has label ${p.label}, the mention ${m.label}`);
      if (p.entity !== String(m.entity)) problems.push(`mark for mention ${p.mention} has entity ${p.entity}, the mention ${m.entity}`);
    } else if (p.part) {
      const c = doc.claims[Number(p.claimId)];
      if (!c) { problems.push(`a claim part for no claim: ${JSON.stringify(p)}`); continue; }
      if (p.claim !== c.kind) problems.push(`claim ${p.claimId} ${p.part} drawn as ${p.claim}, the claim is ${c.kind}`);
      if (p.part === 'cue' && p.tabIndex !== 0) problems.push(`claim ${p.claimId}: its cue is not keyboard-focusable`);
      if (p.part === 'cue' && !p.title.includes(c.kind)) problems.push(`claim ${p.claimId}: the cue's tooltip ${JSON.stringify(p.title)} does not give its kind`);
    } else {
      problems.push(`an element that is neither a mark nor a claim part: <${p.tag}>`);
      continue;
    }
    if (!found.has(key)) found.set(key, []);
    found.get(key).push(p);
  }
  const all = [...expected.values()].filter((r) => r.start < r.end);
  for (const [key, want] of expected) {
    const got = (found.get(key) ?? []).sort((a, b) => a.start - b.start);
    if (want.start >= want.end) continue;
    if (!got.length) { problems.push(`${want.what} [${want.start},${want.end}) is not drawn`); continue; }
    const drawn = got.map((p) => text.slice(p.start, p.end)).join('');
    const contiguous = got.every((p, i) => i === 0 || got[i - 1].end === p.start);
    if (got[0].start !== want.start || got[got.length - 1].end !== want.end || !contiguous) {
      problems.push(`${want.what} [${want.start},${want.end}) is drawn over ${got.map((p) => `[${p.start},${p.end})`).join(' ')}: ${JSON.stringify(drawn)}`);
    } else if (drawn !== want.text) {
      problems.push(`${want.what}: drawn text ${JSON.stringify(drawn)} differs from the annotation's text`);
    }
    const crosses = all.some((r) => r !== want && overlaps(r, want) && !contains(r, want) && !contains(want, r));
    if (!crosses && got.length !== 1) problems.push(`${want.what} crosses no other range but is split into ${got.length} elements`);
  }
  for (const key of found.keys()) if (!expected.has(key)) problems.push(`drawn but not annotated: ${key}`);
  // Nesting: a range inside another is drawn inside its elements (for equal ranges, the mention
  // inside the claim part, or either way between two claim parts).
  for (const [outerKey, outer] of expected) {
    for (const [innerKey, inner] of expected) {
      if (innerKey === outerKey || inner.start >= inner.end || !contains(outer, inner)) continue;
      const same = contains(inner, outer);
      if (same && (innerKey.startsWith('claim') && outerKey.startsWith('mention'))) continue;
      const loose = (found.get(innerKey) ?? []).filter((p) => !p.inside.includes(outerKey)
        && !(same && innerKey.startsWith('claim') && (found.get(outerKey) ?? []).every((o) => o.inside.includes(innerKey))));
      if (loose.length) problems.push(`${inner.what} lies inside ${outer.what} but is not drawn inside it`);
    }
  }
  return problems;
}

/** Offsets in Unicode scalar values (the gold files) to UTF-16 code units (the page). */
export function toUtf16(text, doc) {
  const at = [0];
  for (const ch of text) at.push(at[at.length - 1] + ch.length);
  const span = (s) => s && { ...s, start: at[s.start], end: at[s.end] };
  return {
    entities: doc.entities.map((e) => span(e)),
    claims: doc.claims.map((c) => ({ ...c, cue: span(c.cue), source: span(c.source), content: span(c.content) })),
  };
}

/**
 * Runs `fn` with a fresh page, then fails on any page error, console error or request outside the
 * origin (those matching `allow` aside), and closes the page.
 */
export async function withPage(env, fn, { allow = null } = {}) {
  const opened = await openPage(env);
  try {
    await fn(opened);
    const problems = opened.problems.filter((p) => !(allow && allow.test(p)));
    assert.deepEqual(problems, [], 'the page reported problems');
    assert.deepEqual(env.foreign, [], 'requests outside the page\'s origin');
  } finally {
    await opened.page.close();
  }
}

/** axe-core's WCAG 2.1 A/AA and best-practice violations on the page, one line each. */
export async function axeViolations(page) {
  const source = await readFile(fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');
  // Evaluated through the DevTools protocol, which the page's CSP does not restrict.
  await page.evaluate(source);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} element(s), e.g. `
    + v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`).join(' | '));
}
