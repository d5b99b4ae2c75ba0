// `make bench`, the browser part: our wasm annotator against the in-browser NLP libraries people
// would otherwise use (compromise + compromise-dates, wink-nlp + wink-eng-lite-web-model), side by
// side in ONE Chromium page, on the same texts. Prints a markdown table and writes it to docs/bench.md.
//
//   node scripts/bench.mjs            (after `make wasm`; `make bench` does both, then criterion)
//
// Environment: CORPUS (default ../shared/corpus), CHROMIUM (default /usr/bin/chromium),
// BENCH_QUICK=1 (fewer runs: a smoke test, not numbers to quote), BENCH_OUT (default docs/bench.md).
// BENCH_ONLY=main: only the real page's main-thread measurement (the 1 MB paste), BENCH_RUNS times
// (default 1), each run's line printed; docs/bench.md is left alone (BENCH_OUT, if set, is written).
//   BENCH_ONLY=main BENCH_RUNS=3 node scripts/bench.mjs
// BENCH_ONLY=cold: only the cold start of ours and of the floor, in BENCH_RUNS fresh pages each
// (default 15), and our first call traced; nothing is written.
// BENCH_ONLY=warm: ours and wink over the articles, BENCH_RUNS passes each (default 150), the rate
// of every ten printed: whether the articles' ratio grows as V8 tiers code up (it does not: ~2x
// from the 20th pass to the 150th, as with the report's one warm-up pass). Nothing is written.
// BENCH_TRACE=1 (with BENCH_ONLY=main): each run also records a DevTools-protocol trace and prints,
// for the main thread after the paste, the longest task and the task that handled the worker's
// result with the frame drawn after it: wall ms and CPU ms (thread time, less sensitive to the
// machine's load), and the CPU ms of script, style, layout, paint and commit in them.
//
// What it measures, and how:
// - texts: every article of news-dev.jsonl and gum-news-dev.jsonl (seed article if the corpus is
//   absent), one call per article as a reader would; plus 1 MB and 10 MB texts joined from them
//   exactly as benches/annotate.rs joins them. Words are whitespace-separated tokens, MB are 10^6
//   UTF-8 bytes; both counted here, once, so every library is divided by the same numbers.
// - each library's call is comparable work: ours `annotate(text)`; compromise `nlp(text)` with
//   .people() .organizations() .places() .dates(); wink `nlp.readDoc(text)` with .entities().
// - speed: rounds over the articles, libraries interleaved so that load on the (shared) machine
//   hits all of them alike; each library stops after its time budget. Medians of the runs.
// - cold start: a fresh page per run, time from navigation start (performance.now() in the page)
//   to the end of the first annotation: page + library fetch, compile, instantiate, first call.
//   The server sends no-store, so nothing comes from the HTTP cache. Median of fresh pages. The
//   target is judged on the library's part (load + first call); a "floor" (a one-line module and
//   an empty wasm loaded the same way in the same fresh pages) shows what requests alone cost here.
//   A few more fresh pages, traced, split our first call into V8's lazy compilation and the rest.
// - size: what each needs over the wire, gzip -9 and brotli q11 by node's zlib.
// - memory: our WebAssembly.Memory byteLength after the first call and after 10,000 calls.
// - main thread: longest 'longtask' while 1 MB is annotated in a Web Worker, on the real page
//   (www/index.html: paste into its textarea, wait for the render; the paste's own frame, where the
//   browser lays out the textarea, is reported apart) and on a minimal worker page (result sent
//   back as objects, and as transferred typed arrays); and annotate vs annotateFlat on 1 MB.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = process.env.CORPUS || join(ROOT, '../shared/corpus');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const OUT_MD = process.env.BENCH_OUT || join(ROOT, 'docs/bench.md');
const DATA = join(ROOT, 'target/browser-bench'); // served as /target/browser-bench/ (gitignored)
const QUICK = process.env.BENCH_QUICK === '1';
const ONLY = process.env.BENCH_ONLY || '';
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 1);
const TRACE = process.env.BENCH_TRACE === '1';
// --expose-gc: the bench page collects garbage before each timed run (www/bench/bench.js).
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc'];

// Budgets. compromise is slow: its runs are capped by time, and the 10 MB text is only given to a
// peer whose 1 MB time says it ends within PEER_10MB_MAX_S.
// peer is only given a bigger text when its time on the one before, scaled linearly, stays within
// PEER_MAX_S (compromise-dates grows faster than linearly: 256 KB took minutes in a node check).
const PLAN = QUICK
  ? { rounds: 3, budgetS: { ours: 1, wink: 1, compromise: 2 }, cold: 2, coldTraced: 1, memoryCalls: 1000, PEER_MAX_S: 30,
    big: { '64kb': { ours: 2, wink: 1, compromise: 1 }, '1mb': { ours: 2, wink: 1, compromise: 1 }, '10mb': { ours: 1, wink: 1, compromise: 1 } } }
  : { rounds: 30, budgetS: { ours: 6, wink: 6, compromise: 20 }, cold: 7, coldTraced: 5, memoryCalls: 10_000, PEER_MAX_S: 120,
    big: { '64kb': { ours: 9, wink: 5, compromise: 1 }, '1mb': { ours: 9, wink: 3, compromise: 1 }, '10mb': { ours: 7, wink: 1, compromise: 1 } } };
const BIG = { '64kb': { bytes: 64 << 10, label: '64 KB' }, '1mb': { bytes: 1 << 20, label: '1 MB' }, '10mb': { bytes: 10 << 20, label: '10 MB' } };

const LIBS = ['ours', 'wink', 'compromise'];
const NAMES = { ours: 'Article Annotator (wasm)', wink: 'wink-nlp + eng-lite-web-model', compromise: 'compromise + dates' };

const log = (...a) => console.error('bench:', ...a);

/**
 * Chromium with a fresh profile, able to reach our server only. Other hosts are cut off by the
 * resolver rather than by intercepting requests: playwright's interception pauses every request
 * for a round trip to node, which added ~17 ms to each fresh page's load (a one-line module and an
 * empty wasm: 59 -> 42 ms, median of 7). Any request elsewhere is still recorded as a problem.
 */
async function openBrowser(url, problems) {
  const profile = await mkdtemp(join(tmpdir(), 'annotator-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 }, timeout: 60_000,
    args: [...ARGS, `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${new URL(url).hostname}`],
  });
  context.setDefaultTimeout(0);
  context.on('request', (r) => {
    if (!r.url().startsWith(`${url}/`) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) problems.push(`a request outside our server: ${r.url()}`);
  });
  return { context, profile };
}

// ---- texts ----------------------------------------------------------------------------------------

function readCorpus() {
  const texts = [];
  const used = [];
  for (const name of ['news-dev.jsonl', 'gum-news-dev.jsonl']) {
    const file = join(CORPUS, name);
    if (!existsSync(file)) continue;
    let n = 0;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text } = JSON.parse(line);
      if (typeof text === 'string' && text) { texts.push(text); n++; }
    }
    used.push(`${name} (${n})`);
  }
  if (texts.length) return { texts, source: `${used.join(' + ')} from ${CORPUS}` };
  log(`no corpus at ${CORPUS} (news-dev.jsonl, gum-news-dev.jsonl): falling back to the seed article`);
  return { texts: [readFileSync(join(ROOT, 'tests/data/seed-cyber-japan.txt'), 'utf8')],
    source: `tests/data/seed-cyber-japan.txt only (no corpus at ${CORPUS})` };
}

/** As benches/annotate.rs: whole passes over the articles, each followed by a blank line. */
function joined(texts, bytes) {
  const parts = [];
  let n = 0;
  while (n < bytes) {
    for (const t of texts) {
      parts.push(t, '\n\n');
      n += Buffer.byteLength(t) + 2;
    }
  }
  return parts.join('');
}

const words = (text) => (text.match(/\S+/g) ?? []).length;
const utf8 = (text) => Buffer.byteLength(text);

// ---- sizes --------------------------------------------------------------------------------------

async function bundleWink() {
  // wink-nlp is CommonJS and its model is JSON: a browser needs a bundle. One ESM file, minified.
  await build({
    stdin: { contents: "import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; export { winkNLP, model };",
      resolveDir: ROOT, sourcefile: 'wink-entry.js' },
    bundle: true, format: 'esm', platform: 'browser', minify: true, outfile: join(DATA, 'wink.mjs'), logLevel: 'warning',
  });
}

const FILES = {
  ours: ['www/pkg/article_annotator_bg.wasm', 'www/pkg/article_annotator.js'],
  compromise: ['node_modules/compromise/builds/three/compromise-three.mjs',
    'node_modules/compromise-dates/builds/compromise-dates.mjs'],
  wink: ['target/browser-bench/wink.mjs'],
};

function sizes(lib) {
  let raw = 0, gz = 0, br = 0;
  for (const f of FILES[lib]) {
    const b = readFileSync(join(ROOT, f));
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
    br += brotliCompressSync(b, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
  }
  return { raw, gz, br };
}

const pkgVersion = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

// ---- statistics and formatting ---------------------------------------------------------------------

function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const num = (x) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`);
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
const ratio = (x) => (x >= 10 ? `${Math.round(x)}×` : `${x.toFixed(2)}×`);

// ---- the main-thread lines, shared by the report and BENCH_ONLY=main ------------------------------

const longest = (r) => (r.entries.length ? Math.max(...r.entries.map((e) => e.duration)) : null);
const ltText = (r) => (longest(r) == null ? 'no task ≥ 50 ms' : `${ms(longest(r))} (${r.entries.length} long tasks, ${ms(r.entries.reduce((n, e) => n + e.duration, 0))} in all)`);
const pasteText = (p) => `${p.entries.length ? `longest task ${ms(Math.max(...p.entries.map((e) => e.duration)))}` : 'no task ≥ 50 ms'}`
  + `${p.loaf ? `, its frame ${ms(p.loaf.duration)} (blocking ${ms(p.loaf.blocking ?? 0)})` : ''}`;
const loafText = (r) => (r.loaf ? `; longest animation frame ${ms(r.loaf.duration)}, blocking ${ms(r.loaf.blocking ?? 0)}${r.loaf.scripts ? ` (${r.loaf.scripts})` : ''}` : '; no animation frame ≥ 50 ms');
const realText = (real) => `- real page (\`www/index.html\`, 1 MB set into \`#text\` + input event, until the pane is rendered): ${real.error
  ? `not measured: ${real.error}` : `after the paste: ${ltText(real)}; paste → rendered ${ms(real.result.end - real.since)}, ${real.result.marks} marks in the DOM of ${real.result.mentions} mentions${loafText(real)}${real.paste ? `. The paste itself, until its frame is drawn (the browser's work on the textarea; the page only starts its debounce): ${pasteText(real.paste)}` : ''}`}`;

// ---- BENCH_ONLY=main: the real page's main thread alone ---------------------------------------------

/**
 * The real page's main-thread measurement (the 1 MB paste), BENCH_RUNS times in fresh pages of one
 * browser, each run's line printed; the target's verdict from the worst run. Writes BENCH_OUT only
 * when it is set (never docs/bench.md).
 */
async function mainThreadOnly(texts, source) {
  await mkdir(DATA, { recursive: true });
  await writeFile(join(DATA, 'text-1mb.txt'), joined(texts, BIG['1mb'].bytes));
  log(`texts: ${source}; main thread only, ${RUNS} run(s)`);
  const { server, url } = await serve({ root: ROOT, port: 0, headers: {
    'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } });
  const problems = [];
  const { context, profile } = await openBrowser(url, problems);
  const watch = (page, what) => {
    page.on('pageerror', (e) => problems.push(`${what}: ${e.message}`));
    page.on('crash', () => problems.push(`${what}: the page crashed`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`${what}: console: ${m.text()}`); });
  };
  try {
    const lines = [];
    let worst = null;
    for (let i = 0; i < RUNS; i++) {
      const real = await realPage(context, url, watch, TRACE);
      const line = `${realText(real).replace(/^- /, `- run ${i + 1}/${RUNS}: `)}`;
      console.log(line);
      if (real.trace) console.log(`  trace: ${traceText(real.trace)}`);
      lines.push(line);
      if (real.error) worst = Infinity;
      else worst = Math.max(worst ?? 0, longest(real) ?? 0);
    }
    const verdict = `longest main-thread task ≤ 50 ms (1 MB, real page, worst of ${RUNS}): ${worst === Infinity ? 'not measured'
      : worst === 0 ? 'no task ≥ 50 ms' : ms(worst)}: ${worst <= 50 ? 'holds' : 'fails'}`;
    console.log(verdict);
    if (problems.length) console.log(['Problems seen in the pages:', ...problems.slice(0, 20).map((p) => `- ${p}`)].join('\n'));
    if (process.env.BENCH_OUT) {
      await writeFile(OUT_MD, ['# Main thread only (BENCH_ONLY=main)', '', ...lines, '', verdict, ''].join('\n'));
      log(`written to ${OUT_MD}`);
    }
  } finally {
    await context.close().catch(() => {});
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

// ---- cold start, shared by the report and BENCH_ONLY=cold -----------------------------------------

/** Each library of `libs` loaded in `n` fresh pages (libraries interleaved), with its first call. */
async function coldStarts(context, url, watch, libs, n) {
  const cold = Object.fromEntries(libs.map((l) => [l, []]));
  for (let i = 0; i < n; i++) {
    for (const lib of libs) {
      const page = await context.newPage();
      watch(page, `cold ${lib}`);
      await page.goto(`${url}/www/bench/?cold=${lib}`);
      const r = await (await page.waitForFunction(() => window.coldResult, null, { timeout: 120_000 })).jsonValue();
      await page.close();
      if (r.error) throw new Error(`cold start of ${lib}: ${r.error}`);
      cold[lib].push(r);
    }
  }
  log('cold start:', libs.map((l) => `${l} ${ms(median(cold[l].map((r) => r.total)))}`).join(', '));
  const floor = cold.floor && { load: median(cold.floor.map((r) => r.load)), page: median(cold.floor.map((r) => r.scriptStart)) };
  return { cold, floor };
}

/**
 * What our first call is made of: `n` more fresh pages, traced (tracing slows a page, so these stay
 * out of the cold-start figures). V8 compiles each wasm function with its baseline compiler
 * (Liftoff) on the function's first call, on the main thread; the trace's wasm.CompileLazy
 * events, CPU time summed, are that part of the first call.
 */
async function tracedFirstCalls(context, url, watch, n) {
  const lazy = [];
  for (let i = 0; i < n; i++) {
    const page = await context.newPage();
    watch(page, 'cold ours (traced)');
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const traced = new Promise((resolve) => cdp.on('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['v8.wasm'] } });
    await page.goto(`${url}/www/bench/?cold=ours`);
    const r = await (await page.waitForFunction(() => window.coldResult, null, { timeout: 120_000 })).jsonValue();
    await cdp.send('Tracing.end');
    await traced;
    await page.close();
    const compiles = events.filter((e) => e.name === 'wasm.CompileLazy' && e.ph === 'X');
    lazy.push({ first: r.first, compileCpu: compiles.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000, functions: compiles.length });
  }
  const firstCall = { first: median(lazy.map((r) => r.first)), compileCpu: median(lazy.map((r) => r.compileCpu)), functions: median(lazy.map((r) => r.functions)) };
  log(`first call, traced: ${ms(firstCall.first)}, of which lazy compilation ${ms(firstCall.compileCpu)} CPU in ${firstCall.functions} functions`);
  return firstCall;
}

/** BENCH_ONLY=cold: ours and the floor in BENCH_RUNS fresh pages each (default 15), then traced. */
async function coldOnly(texts, source) {
  const n = Number(process.env.BENCH_RUNS) || 15;
  await mkdir(DATA, { recursive: true });
  await writeFile(join(DATA, 'articles.json'), JSON.stringify(texts));
  await writeFloor();
  log(`texts: ${source}; cold start only, ${n} fresh pages each`);
  const { server, url } = await serve({ root: ROOT, port: 0, headers: {
    'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } });
  const problems = [];
  const { context, profile } = await openBrowser(url, problems);
  const watch = (page, what) => page.on('pageerror', (e) => problems.push(`${what}: ${e.message}`));
  try {
    const { cold, floor } = await coldStarts(context, url, watch, ['ours', 'floor'], n);
    const own = cold.ours.map((r) => r.load + r.first);
    console.log(`ours: load + first call ${ms(median(own))} (load ${ms(median(cold.ours.map((r) => r.load)))}, first call ${ms(median(cold.ours.map((r) => r.first)))}); floor load ${ms(floor.load)}; ours above the floor ${ms(median(own) - floor.load)}`);
    const firstCall = await tracedFirstCalls(context, url, watch, Math.min(n, 5));
    console.log(`first call traced: ${ms(firstCall.first)}, lazy compilation ${ms(firstCall.compileCpu)} CPU in ${firstCall.functions} functions`);
    if (problems.length) console.log(['Problems seen in the pages:', ...problems.slice(0, 20).map((p) => `- ${p}`)].join('\n'));
  } finally {
    await context.close().catch(() => {});
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** BENCH_ONLY=warm: ours and wink interleaved in one page, rates over the passes (see the top). */
async function warmOnly(texts, source) {
  const n = Number(process.env.BENCH_RUNS) || 150;
  await mkdir(DATA, { recursive: true });
  await writeFile(join(DATA, 'articles.json'), JSON.stringify(texts));
  for (const [name, { bytes }] of Object.entries(BIG)) await writeFile(join(DATA, `text-${name}.txt`), joined(texts, bytes));
  await bundleWink();
  const wordsIn = texts.reduce((k, t) => k + words(t), 0);
  log(`texts: ${source}; ${n} passes over the articles each, ours and wink interleaved`);
  const { server, url } = await serve({ root: ROOT, port: 0, headers: {
    'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } });
  const problems = [];
  const { context, profile } = await openBrowser(url, problems);
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${url}/www/bench/`);
    await page.waitForFunction(() => window.benchReady);
    for (const lib of ['ours', 'wink']) await page.evaluate((l) => window.bench.load(l), lib);
    await page.evaluate(() => window.bench.prepare());
    const times = { ours: [], wink: [] };
    for (let i = 0; i < n; i++) {
      for (const lib of ['ours', 'wink']) times[lib].push((await page.evaluate((l) => window.bench.articles(l), lib)).ms);
      if (i % 10 === 9) {
        const rate = (l) => wordsIn / median(times[l].slice(-10)) * 1000;
        console.log(`passes ${i - 8}-${i + 1}: ours ${num(rate('ours'))} words/s, wink ${num(rate('wink'))}, ratio ${ratio(rate('ours') / rate('wink'))}`);
      }
    }
    if (problems.length) console.log(['Problems seen in the page:', ...problems.slice(0, 20).map((p) => `- ${p}`)].join('\n'));
  } finally {
    await context.close().catch(() => {});
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** The cold-start floor (www/bench/bench.js): a one-line module and an empty wasm (its 8-byte header). */
async function writeFloor() {
  await writeFile(join(DATA, 'floor.mjs'), 'export const floor = true;\n');
  await writeFile(join(DATA, 'floor.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
}

// ---- the browser --------------------------------------------------------------------------------

async function main() {
  const startedAt = new Date();
  for (const f of FILES.ours) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run \`make wasm\` first`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)`);

  const { texts, source } = readCorpus();
  if (ONLY === 'main') return mainThreadOnly(texts, source);
  if (ONLY === 'cold') return coldOnly(texts, source);
  if (ONLY === 'warm') return warmOnly(texts, source);
  if (ONLY) throw new Error(`BENCH_ONLY=${ONLY}: only "main", "cold" and "warm" are known`);
  const stats = {
    articles: { n: texts.length, words: texts.reduce((n, t) => n + words(t), 0), bytes: texts.reduce((n, t) => n + utf8(t), 0) },
  };
  await mkdir(DATA, { recursive: true });
  await writeFile(join(DATA, 'articles.json'), JSON.stringify(texts));
  for (const [name, { bytes }] of Object.entries(BIG)) {
    const text = joined(texts, bytes);
    stats[name] = { words: words(text), bytes: utf8(text) };
    await writeFile(join(DATA, `text-${name}.txt`), text);
  }
  await bundleWink();
  await writeFloor();
  const size = Object.fromEntries(LIBS.map((l) => [l, sizes(l)]));
  log(`texts: ${source}; ${stats.articles.n} articles, ${stats.articles.words} words, ${stats.articles.bytes} bytes`);

  // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
  const { server, url } = await serve({ root: ROOT, port: 0, headers: {
    'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } });
  const head = await fetch(`${url}/www/bench/`, { method: 'HEAD' });
  if (head.headers.get('x-served-by') !== 'article-annotator') throw new Error(`${url} is not our static server`);
  const problems = [];
  const { context, profile } = await openBrowser(url, problems);
  const browserVersion = context.browser()?.version() ?? execFileSync(CHROMIUM, ['--version']).toString().trim();
  const watch = (page, what) => {
    page.on('pageerror', (e) => problems.push(`${what}: ${e.message}`));
    page.on('crash', () => { problems.push(`${what}: the page crashed`); log(`${what}: the page crashed`); });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`${what}: console: ${m.text()}`); });
  };

  try {
    // 1. Cold start: fresh pages, libraries interleaved; 1b. our first call, traced.
    const { cold, floor } = await coldStarts(context, url, watch, [...LIBS, 'floor'], PLAN.cold);
    const firstCall = await tracedFirstCalls(context, url, watch, PLAN.coldTraced);

    // 2. Memory: a page of its own, so that nothing but article-sized calls ever ran in it.
    let memory;
    {
      const page = await context.newPage();
      watch(page, 'memory');
      await page.goto(`${url}/www/bench/`);
      await page.waitForFunction(() => window.benchReady);
      await page.evaluate(() => window.bench.load('ours'));
      await page.evaluate(() => window.bench.prepare());
      memory = await page.evaluate((n) => window.bench.memory(n), PLAN.memoryCalls);
      await page.close();
      log(`memory: ${memory.first} bytes after the first call, ${memory.onePass} after one pass over the articles, ${memory.after} after ${memory.calls}`);
    }

    // 3. Speed: all three in ONE page.
    const page = await context.newPage();
    watch(page, 'bench');
    await page.goto(`${url}/www/bench/`);
    await page.waitForFunction(() => window.benchReady);
    const versions = {};
    for (const lib of LIBS) versions[lib] = (await page.evaluate((l) => window.bench.load(l), lib)).version;
    const prepared = await page.evaluate(() => window.bench.prepare());
    if (prepared.articles !== texts.length) throw new Error('the page read a different corpus');

    // Warm-up: one pass each (JIT, lazy tables), not counted.
    const warm = {};
    for (const lib of LIBS) warm[lib] = await page.evaluate((l) => window.bench.articles(l), lib);
    const runs = Object.fromEntries(LIBS.map((l) => [l, []]));
    const spent = Object.fromEntries(LIBS.map((l) => [l, 0]));
    for (let round = 0; round < PLAN.rounds; round++) {
      const active = LIBS.filter((l) => runs[l].length === 0 || (runs[l].length < 3 && l !== 'compromise')
        || spent[l] < PLAN.budgetS[l] * 1000);
      if (!active.length) break;
      for (const lib of active) {
        const r = await page.evaluate((l) => window.bench.articles(l), lib);
        runs[lib].push(r);
        spent[lib] += r.ms;
      }
    }
    log('articles:', LIBS.map((l) => `${l} ${runs[l].length} runs`).join(', '));

    const bigRuns = Object.fromEntries(Object.keys(BIG).map((n) => [n, {}]));
    const skipped = Object.fromEntries(Object.keys(BIG).map((n) => [n, {}]));
    const paired = Object.fromEntries(LIBS.map((l) => [l, []]));
    let prev = null;
    for (const name of Object.keys(BIG)) {
      for (const lib of LIBS) {
        bigRuns[name][lib] = [];
        if (prev && lib !== 'ours') {
          const before = bigRuns[prev][lib];
          const predicted = before.length ? median(before.map((r) => r.ms)) * (stats[name].bytes / stats[prev].bytes) : Infinity;
          if (predicted > PLAN.PEER_MAX_S * 1000) {
            skipped[name][lib] = before.length
              ? `not run: ${BIG[prev].label} took ${ms(median(before.map((r) => r.ms)))}, so ≥ ${ms(predicted)} if linear`
              : `not run (${BIG[prev].label} was not run)`;
            log(`${BIG[name].label}: ${lib} ${skipped[name][lib]}`);
            continue;
          }
        }
        for (let i = 0; i < PLAN.big[name][lib]; i++) {
          // Linearity: each 10 MB run right after a 1 MB run, so that the machine's load hits both alike.
          if (name === '10mb') {
            const r1 = await page.evaluate((l) => window.bench.big(l, '1mb'), lib);
            paired[lib].push(r1);
            log(`1 MB (paired with 10 MB): ${lib} ${ms(r1.ms)}`);
          }
          const r = await page.evaluate(([l, m]) => window.bench.big(l, m), [lib, name]);
          bigRuns[name][lib].push(r);
          log(`${BIG[name].label}: ${lib} ${ms(r.ms)}`);
        }
      }
      prev = name;
    }
    // Transport: the same 1 MB annotated, answered as objects (annotate) and as typed arrays
    // (annotateFlat), in alternating order.
    const transport = [];
    for (let i = 0; i < (QUICK ? 2 : 6); i++) transport.push(await page.evaluate(([n, f]) => window.bench.transport(n, f), ['1mb', i % 2 === 1]));
    log(`1 MB: annotate ${ms(median(transport.map((r) => r.objects)))}, annotateFlat ${ms(median(transport.map((r) => r.flat)))}`);
    await page.close();

    // 4. Main thread while 1 MB is annotated in a worker: a minimal worker page (the result sent back
    // as objects, and as transferred typed arrays), then the real page.
    const roundTrip = (flat) => longTasks(context, `${url}/www/bench/`, watch, async (p) => {
      await p.waitForFunction(() => window.benchReady);
      await p.evaluate(() => window.bench.prepare());
      return p.evaluate(async (f) => {
        window.__since = performance.now();
        const r = await window.bench.workerRoundTrip('1mb', f);
        return { ...r, end: performance.now() };
      }, flat);
    });
    const minimal = await roundTrip(false);
    const minimalFlat = await roundTrip(true);
    const real = await realPage(context, url, watch);

    // ---- report ----------------------------------------------------------------------------------
    const R = {};
    for (const lib of LIBS) {
      const times = runs[lib].map((r) => r.ms);
      const lat = runs[lib].flatMap((r) => r.latencies);
      const t = median(times) / 1000;
      const bigs = {};
      for (const name of Object.keys(BIG)) {
        const list = bigRuns[name][lib];
        const s = list.length ? median(list.map((r) => r.ms)) / 1000 : null;
        bigs[name] = { s, n: list.length, wps: s && stats[name].words / s, mbps: s && stats[name].bytes / 1e6 / s,
          skipped: skipped[name][lib] ?? 'not run' };
      }
      R[lib] = {
        runs: runs[lib].length, wps: stats.articles.words / t, mbps: stats.articles.bytes / 1e6 / t,
        p50: quantile(lat, 0.5), p99: quantile(lat, 0.99), found: runs[lib][0].found, big: bigs,
        b1: bigs['1mb'].s, b10: bigs['10mb'].s, wps1: bigs['1mb'].wps,
        // 10 MB ÷ 1 MB from the interleaved pairs (each 10 MB run next to a 1 MB run).
        lin: paired[lib].length && bigs['10mb'].s ? bigs['10mb'].s / (median(paired[lib].map((r) => r.ms)) / 1000) : null,
        cold: median(cold[lib].map((r) => r.total)), coldOwn: median(cold[lib].map((r) => r.load + r.first)), coldLoad: median(cold[lib].map((r) => r.load)),
        coldFirst: median(cold[lib].map((r) => r.first)), coldPage: median(cold[lib].map((r) => r.scriptStart)),
        version: lib === 'ours' ? versions.ours
          : lib === 'wink' ? `${pkgVersion('wink-nlp')} + model ${pkgVersion('wink-eng-lite-web-model')}`
            : `${pkgVersion('compromise')} + dates ${pkgVersion('compromise-dates')}`,
        size: size[lib],
      };
    }
    const row = (label, f) => `| ${label} | ${LIBS.map((l) => f(R[l], l)).join(' | ')} |`;
    const vs = (key) => (r, l) => (l === 'ours' ? '—' : r[key] && R.ours[key] ? ratio(R.ours[key] / r[key]) : 'not run');
    const bigRows = Object.keys(BIG).flatMap((name) => {
      const b = (r) => r.big[name];
      const or = (f) => (r) => (b(r).s == null ? b(r).skipped : f(b(r)));
      return [
        row(`**${BIG[name].label}** text: words/s`, or((x) => `**${num(x.wps)}**`)),
        row(`${BIG[name].label}: MB/s; time (runs)`, or((x) => `${num(x.mbps)}; ${ms(x.s * 1000)} (${x.n})`)),
        row(`${BIG[name].label} words/s ours ÷ this`, (r, l) => (l === 'ours' ? '—' : b(r).wps ? ratio(R.ours.big[name].wps / b(r).wps) : 'not run')),
      ];
    });
    const table = [
      `| | ${LIBS.map((l) => NAMES[l]).join(' | ')} |`,
      `|---|${LIBS.map(() => '---:').join('|')}|`,
      row('version', (r) => r.version),
      row(`**articles** (${stats.articles.n}, one call each): words/s`, (r) => `**${num(r.wps)}**`),
      row('articles: MB/s', (r) => num(r.mbps)),
      row('words/s ours ÷ this', vs('wps')),
      row('latency per article p50 / p99', (r) => `${ms(r.p50)} / ${ms(r.p99)}`),
      row('runs (median taken)', (r) => String(r.runs)),
      row('entities (+ claims, ours) found in the articles', (r) => String(r.found)),
      ...bigRows,
      row('10 MB time ÷ 1 MB time (10.0 = linear; 1 MB runs interleaved with the 10 MB runs)', (r) => (r.lin ? r.lin.toFixed(2) : 'not run')),
      row(`**cold start** (median of ${PLAN.cold} fresh pages)`, (r) => `**${ms(r.cold)}**`),
      row('cold: page script running / + library load (fetch, compile, init) / + first call', (r) => `${ms(r.coldPage)} / ${ms(r.coldLoad)} / ${ms(r.coldFirst)}`),
      row('transferred, **gzip** -9', (r) => `**${kb(r.size.gz)}**`),
      row('transferred, brotli q11', (r) => kb(r.size.br)),
      row('uncompressed', (r) => kb(r.size.raw)),
    ];
    const files = LIBS.map((l) => `${NAMES[l]}: ${FILES[l].map((f) => `\`${f}\``).join(' + ')}`).join('; ');

    const realLong = real.error ? null : longest(real);
    const minimalLong = longest(minimal);
    const mainThread = real.error ? minimalLong : realLong;

    const wink = R.wink.wps ? R.ours.wps / R.wink.wps : null;
    const comp = R.compromise.wps ? R.ours.wps / R.compromise.wps : null;
    const lin = R.ours.lin;
    const verdict = (ok) => (ok ? '**holds**' : '**fails**');
    const targets = [
      '| target | measured | |',
      '|---|---|---|',
      `| words/s ours ÷ wink ≥ 3 (articles) | ${ratio(wink)} (1 MB: ${R.wink.wps1 ? ratio(R.ours.wps1 / R.wink.wps1) : 'not run'}) | ${verdict(wink >= 3)} |`,
      `| words/s ours ÷ compromise ≥ 100 (articles) | ${ratio(comp)} (64 KB: ${R.compromise.big['64kb'].wps ? ratio(R.ours.big['64kb'].wps / R.compromise.big['64kb'].wps) : 'not run'}; 1 MB: ${R.compromise.wps1 ? ratio(R.ours.wps1 / R.compromise.wps1) : R.compromise.big['1mb'].skipped}) | ${verdict(comp >= 100)} |`,
      `| 10 MB ÷ 1 MB time ≤ 11 | ${lin ? lin.toFixed(2) : 'not run'} | ${verdict(lin && lin <= 11)} |`,
      `| cold start ≤ 60 ms (load + first call) | ${ms(R.ours.coldOwn)} (load ${ms(R.ours.coldLoad)}, first call ${ms(R.ours.coldFirst)}; the floor here, a one-line module and an empty wasm loaded alike: ${ms(floor.load)}) | ${verdict(R.ours.coldOwn <= 60)} |`,
      `| wasm + glue gzip ≤ 300 KB | ${kb(R.ours.size.gz)} (brotli ${kb(R.ours.size.br)}; wasm alone ${kb(gzipSync(readFileSync(join(ROOT, FILES.ours[0])), { level: 9 }).length)} gzip) | ${verdict(R.ours.size.gz <= 300 * 1024)} |`,
      `| wasm memory after ${memory.calls.toLocaleString('en-US')} calls ≤ 2 × after the first | ${(memory.first / 2 ** 20).toFixed(2)} MiB → ${(memory.after / 2 ** 20).toFixed(2)} MiB (${(memory.after / memory.first).toFixed(2)}×; ${(memory.onePass / 2 ** 20).toFixed(2)} MiB already after one pass over the articles, as tables are built when a text first needs them) | ${verdict(memory.after <= 2 * memory.first)} |`,
      `| longest main-thread task ≤ 50 ms (1 MB in a worker, ${real.error ? 'minimal worker page: the real page could not be measured' : 'real page: after the paste until rendered'}) | ${mainThread == null ? 'no task ≥ 50 ms' : ms(mainThread)}${!real.error && real.loaf ? ` ('longtask'); longest animation frame ${ms(real.loaf.duration)}, blocking ${ms(real.loaf.blocking ?? 0)} (style and layout included)` : ''}${!real.error && real.paste ? `; the paste itself (the browser lays out 1 MB in the textarea): ${pasteText(real.paste)}` : ''} | ${verdict(mainThread == null || mainThread <= 50)} |`,
    ];
    const tr = { objects: median(transport.map((r) => r.objects)), flat: median(transport.map((r) => r.flat)), spans: transport[0].spans };
    const mt = [
      realText(real),
      `- minimal worker page (\`www/bench/worker.js\`: annotate 1 MB, post the result back, no rendering), result as objects (\`annotate\`, structured clone): ${ltText(minimal)}; round trip ${ms(minimal.result.ms)} of which annotate ${ms(minimal.result.workerMs)} in the worker${loafText(minimal)}`,
      `- the same, result as typed arrays (\`annotateFlat\`, transferred; what the page's worker does): ${ltText(minimalFlat)}; round trip ${ms(minimalFlat.result.ms)} of which annotateFlat ${ms(minimalFlat.result.workerMs)} in the worker${loafText(minimalFlat)}`,
      `- 1 MB in the bench page (median of ${transport.length}, alternating): \`annotate\` ${ms(tr.objects)}, \`annotateFlat\` ${ms(tr.flat)}: ${ms(tr.objects - tr.flat)} less for ${tr.spans.toLocaleString('en-US')} spans and sentences (${((tr.objects - tr.flat) * 1000 / tr.spans).toFixed(2)} µs each)`,
    ];
    let commit = '';
    try {
      commit = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']).toString().trim();
      const dirty = execFileSync('git', ['-C', ROOT, 'status', '--porcelain', '--', 'src', 'Cargo.toml', 'Cargo.lock']).toString().trim();
      if (dirty) commit += ' + uncommitted changes under src/';
      commit += ` (www/pkg built ${statSync(join(ROOT, FILES.ours[0])).mtime.toISOString().replace(/\.\d+Z$/, 'Z')})`;
    } catch { /* not a git checkout */ }
    const md = [
      '# Browser benchmark',
      '',
      `Made by \`make bench\` (\`node scripts/bench.mjs\`) on ${startedAt.toISOString().replace(/\.\d+Z$/, 'Z')}: ${browserVersion} headless, `
        + `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'} (shared with other work: absolute numbers are noisy, ratios from one run are what count), `
        + `wasm built from ${commit || 'the working tree'}${QUICK ? '. **BENCH_QUICK: few runs, a smoke test only.**' : '.'}`,
      '',
      `Texts: ${source}; ${stats.articles.words.toLocaleString('en-US')} words, ${stats.articles.bytes.toLocaleString('en-US')} bytes. `
        + `${Object.keys(BIG).map((n) => `${BIG[n].label} = ${stats[n].words.toLocaleString('en-US')} words / ${stats[n].bytes.toLocaleString('en-US')} bytes`).join(', ')}, `
        + 'joined from the articles as `benches/annotate.rs` joins them. '
        + 'Words = whitespace-separated tokens, MB = 10^6 UTF-8 bytes, the same counts for every library. All three ran in one page, '
        + 'rounds interleaved; each call is comparable work: ours `annotate(text)` (entities, claims, groups, returned as JS objects); '
        + 'compromise `nlp(text)` + `.people() .organizations() .places()` as arrays + `.dates().get()`; wink `nlp.readDoc(text).entities().out(its.detail)`.',
      '',
      ...table,
      '',
      `Transferred = ${files}.`,
      '',
      `Cold start has a floor here: a one-line module and an empty wasm, fetched, imported and instantiated as ours are, in the same fresh pages (interleaved), take ${ms(floor.load)} to load (median; their page script runs at ${ms(floor.page)}). Requests alone cost that much on this machine; the rest of a library's load is its own.`,
      '',
      `Our first call, in ${PLAN.coldTraced} more fresh page${PLAN.coldTraced === 1 ? "" : "s"} with V8's wasm events traced (tracing slows a page, so these are not the figures above): ${ms(firstCall.first)}, of which ${ms(firstCall.compileCpu)} CPU is V8 compiling ${firstCall.functions} wasm functions with its baseline compiler on their first use (median). The rest is that baseline code running, mostly to build the word-list tables the text needs.`,
      '',
      `A peer is given a bigger text only while its time on the smaller one, scaled linearly, stays under ${PLAN.PEER_MAX_S} s `
        + '(a lower bound: compromise with its dates plugin grows faster than linearly with the text).',
      '',
      '## Targets',
      '',
      ...targets,
      '',
      '## Main thread while 1 MB is annotated in a Web Worker',
      '',
      ...mt,
      '',
    ];
    if (problems.length) md.push('## Problems seen in the pages', '', ...problems.slice(0, 20).map((p) => `- ${p}`), '');
    const text = md.join('\n');
    console.log(text);
    await mkdir(join(OUT_MD, '..'), { recursive: true });
    await writeFile(OUT_MD, text);
    log(`written to ${OUT_MD}`);
  } finally {
    await context.close().catch(() => {});
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * The real page (www/index.html): 1 MB set into #text with an input event, as a paste does, until
 * the pane is rendered. Long tasks after the paste's own frame; {error} when it could not be measured.
 */
async function realPage(context, url, watch, trace = false) {
  let real;
  try {
    real = await longTasks(context, `${url}/www/index.html`, watch, async (p) => {
      const tracing = trace ? await startTrace(p) : null;
      // The page is ready when its worker has announced the annotator's version in the footer.
      await p.waitForFunction(() => /\d/.test(document.getElementById('version')?.textContent ?? ''), null, { timeout: 30_000 });
      const text = await p.evaluate(() => fetch('/target/browser-bench/text-1mb.txt').then((r) => r.text())
        .then((t) => { window.__text = t; return t.length; }));
      if (!(await p.$('#text'))) throw new Error('no textarea #text on the page');
      await p.evaluate(() => {
        window.__since = performance.now();
        const ta = document.getElementById('text');
        ta.focus();
        ta.value = window.__text; // what a paste does: new value, then an input event
        ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        // The paste is over when the frame that shows the textarea with its new value is drawn:
        // the browser's own work (1 MB laid out in the textarea), before the page's debounce ends.
        requestAnimationFrame(() => setTimeout(() => { window.__pasted = performance.now(); performance.mark('bench-pasted'); }));
      });
      await p.waitForFunction(() => {
        const pane = document.getElementById('pane');
        return pane.getAttribute('aria-busy') === 'false' && pane.dataset.state !== 'empty';
      }, null, { polling: 50, timeout: 300_000 });
      const traced = tracing ? await tracing.stop() : null;
      return p.evaluate((chars) => ({
        chars, end: performance.now(), state: document.getElementById('pane').dataset.state,
        marks: document.querySelectorAll('#pane mark').length,
        mentions: Number((/^([\d,]+) entit/.exec(document.getElementById('summary').textContent)?.[1] ?? 'NaN').replace(/,/g, '')),
      }), text).then((r) => ({ ...r, trace: traced }));
    });
    if (real.result.state !== 'ready') throw new Error(`the page ended in state ${real.result.state}`);
    if (real.result.trace) real.trace = real.result.trace;
  } catch (e) {
    real = { error: String(e.message ?? e).split('\n')[0] };
    log(`real page not measured: ${real.error}`);
  }

  return real;
}

// ---- BENCH_TRACE: what the main thread's tasks cost, from a DevTools-protocol trace ------------------

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'v8.execute', 'cc', 'blink'];
// Trace events that are the page's script, the browser's style, layout, paint and commit work.
const TRACE_KINDS = {
  script: ['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.run', 'RunMicrotasks', 'V8.Execute'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout', 'IntersectionObserverController::computeIntersections'],
  paint: ['PrePaint', 'Paint', 'Layerize'],
  commit: ['ProxyMain::BeginMainFrame::commit'],
};

/** Starts a trace of `page`'s renderer; `stop()` ends it and returns a summary of its main thread (traceSummary). */
async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach().catch(() => {});
      if (process.env.BENCH_TRACE_DUMP) await writeFile(process.env.BENCH_TRACE_DUMP, JSON.stringify(events));
      return traceSummary(events);
    },
  };
}

/**
 * The main thread's tasks after the paste (the user-timing mark 'bench-pasted' the bench sets): the
 * longest, and the task that ran the page's Worker 'message' handler with the next frame's task
 * ("first frame"), each {wall, cpu, kinds: {script, style, ...: cpu ms}}.
 */
function traceSummary(events) {
  const mark = events.find((e) => e.name === 'bench-pasted');
  if (!mark) return { error: 'no paste mark in the trace' };
  const main = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X');
  const tasks = main.filter((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.ts >= mark.ts).sort((a, b) => a.ts - b.ts);
  const kindOf = new Map(Object.entries(TRACE_KINDS).flatMap(([k, names]) => names.map((n) => [n, k])));
  const cost = (task) => {
    const end = task.ts + task.dur;
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && kindOf.has(e.name))
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const kinds = Object.fromEntries(Object.keys(TRACE_KINDS).map((k) => [k, 0]));
    let until = -1; // outermost events only: an event inside one counted already is not counted again
    for (const e of inside) {
      if (e.ts < until) continue;
      kinds[kindOf.get(e.name)] += (e.tdur ?? e.dur) / 1000;
      until = e.ts + e.dur;
    }
    const message = main.some((e) => e.name === 'FunctionCall' && e.ts >= task.ts && e.ts < end && /onmessage/.test(e.args?.data?.functionName ?? ''));
    return { at: (task.ts - mark.ts) / 1000, wall: task.dur / 1000, cpu: (task.tdur ?? task.dur) / 1000, kinds, message };
  };
  const costs = tasks.map(cost);
  const longest = costs.reduce((a, b) => (b.wall > (a?.wall ?? -1) ? b : a), null);
  // The worker's result: the first task with a 'message' event after the paste that does much
  // (the page's own, not the 'ready' one long before), and the task of the frame after it.
  const k = costs.findIndex((c) => c.message && c.cpu > 2);
  const frame = k < 0 ? null : costs.slice(k + 1).find((c) => c.kinds.paint > 0) ?? null;
  return { longest, result: k < 0 ? null : costs[k], frame };
}

const traceText = (t) => {
  if (t.error) return t.error;
  const one = (c) => {
    if (!c) return 'not found';
    const other = c.cpu - Object.values(c.kinds).reduce((a, b) => a + b, 0);
    return `wall ${ms(c.wall)}, cpu ${ms(c.cpu)} [${[...Object.entries(c.kinds), ['other', other]].filter(([, v]) => v >= 0.05).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}]`;
  };
  const first = t.result && t.frame ? `; first frame cpu ${ms(t.result.cpu + t.frame.cpu)} (script ${(t.result.kinds.script + t.frame.kinds.script).toFixed(1)} ms)` : '';
  return `longest task ${one(t.longest)}; result task ${one(t.result)}; its frame ${one(t.frame)}${first}`;
};

/**
 * Opens `url` in a new page with long-task and long-animation-frame observers registered before any
 * script runs, runs `act(page)` (which sets window.__since when the measured action starts), waits a
 * little for trailing tasks, and returns the long tasks after __since with act's result.
 */
async function longTasks(context, url, watch, act) {
  const page = await context.newPage();
  watch(page, url);
  await page.addInitScript(() => {
    window.__long = [];
    window.__loaf = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
    try {
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) {
          window.__loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
            scripts: (e.scripts ?? []).filter((s) => s.duration >= 5).map((s) => `${(s.sourceURL || '').split('/').pop()}${s.sourceFunctionName ? `:${s.sourceFunctionName}` : ''} ${s.invoker ?? ''} ${Math.round(s.duration)} ms`.trim()).join(', ') });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch { /* no LoAF in this browser */ }
  });
  try {
    await page.goto(url);
    const result = await act(page);
    await page.waitForTimeout(1000);
    const { since, pasted, entries, loafs } = await page.evaluate(() => ({ since: window.__since, pasted: window.__pasted,
      entries: window.__long, loafs: window.__loaf }));
    const after = entries.filter((e) => e.start + e.duration >= since);
    const longestLoaf = (list) => list.sort((a, b) => b.duration - a.duration)[0] ?? null;
    const loaf = longestLoaf(loafs.filter((e) => e.start + e.duration >= since));
    if (pasted == null) return { since, entries: after, loaf, result };
    // Split at the end of the paste: what the browser does with the textarea, and what the page does.
    const paste = { entries: after.filter((e) => e.start < pasted), loaf: longestLoaf(loafs.filter((e) => e.start + e.duration >= since && e.start < pasted)) };
    return { since, pasted, entries: after.filter((e) => e.start >= pasted), loaf: longestLoaf(loafs.filter((e) => e.start >= pasted)), paste, result };
  } finally {
    await page.close();
  }
}

main().catch((e) => {
  console.error(`bench: ${e.stack ?? e}`);
  process.exit(1);
});
