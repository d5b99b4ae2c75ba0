// The browser side of `make bench`: our wasm annotator, compromise (+ compromise-dates) and wink-nlp
// (+ wink-eng-lite-web-model) on the same texts, in this one page. scripts/bench.mjs drives it
// through `window.bench` and does the statistics; this file only loads, runs and times.
//
// Page modes (query string):
//   ?cold=ours|compromise|wink|floor   cold start: load that library only, annotate the first article, and
//                                report the time from navigation start (performance.now()).
//   (none)                       exposes window.bench for the driver.
//
// Data is written by scripts/bench.mjs under /target/browser-bench/ (articles.json, the joined
// 1 MB / 10 MB texts, and wink.mjs, an esbuild bundle of wink-nlp + its model).

const DATA = '/target/browser-bench/';

performance.mark('bench-script-start');

/** Each library: how it loads, and one annotation comparable to ours (entities incl. dates). */
const LIBRARIES = {
  ours: {
    async load() {
      // The module's two files are fetched side by side, as the README shows (compromise's two
      // below are imported side by side too); init() compiles the wasm as it streams in.
      const wasm = fetch('/www/pkg/article_annotator_bg.wasm');
      const mod = await import('/www/pkg/article_annotator.js');
      performance.mark('ours-imported');
      const exports = await mod.default({ module_or_path: wasm });
      return {
        run: (text) => mod.annotate(text),
        runFlat: (text) => mod.annotateFlat(text),
        count: (doc) => doc.entities.length + doc.claims.length,
        memory: () => exports.memory.buffer.byteLength,
        version: mod.version(),
      };
    },
  },
  compromise: {
    async load() {
      const [{ default: nlp }, { default: dates }] = await Promise.all([
        import('/node_modules/compromise/builds/three/compromise-three.mjs'),
        import('/node_modules/compromise-dates/builds/compromise-dates.mjs'),
      ]);
      nlp.plugin(dates);
      return {
        run(text) {
          const doc = nlp(text);
          return [doc.people().out('array'), doc.organizations().out('array'), doc.places().out('array'),
            doc.dates().get()];
        },
        count: (out) => out.reduce((n, list) => n + list.length, 0),
      };
    },
  },
  wink: {
    async load() {
      const { winkNLP, model } = await import(`${DATA}wink.mjs`);
      const nlp = winkNLP(model);
      const its = nlp.its;
      return {
        run(text) {
          const doc = nlp.readDoc(text);
          return doc.entities().out(its.detail);
        },
        count: (out) => out.length,
      };
    },
  },
  // Not a library: the floor under every cold start here. A one-line module and an empty wasm,
  // fetched, imported and instantiated as ours are, in the same fresh pages: what requests alone
  // cost on this machine.
  floor: {
    async load() {
      const wasm = fetch(`${DATA}floor.wasm`);
      await import(`${DATA}floor.mjs`);
      await WebAssembly.instantiateStreaming(wasm);
      return { run: () => [], count: () => 0 };
    },
  },
};

const loaded = {};
const BIG = ['64kb', '1mb', '10mb']; // texts joined from the articles by scripts/bench.mjs
let articles = null;
const big = {};

async function fetchText(name) {
  const r = await fetch(DATA + name);
  if (!r.ok) throw new Error(`${DATA}${name}: HTTP ${r.status}`);
  return r.text();
}

async function getArticles() {
  articles ??= JSON.parse(await fetchText('articles.json'));
  return articles;
}

const sink = { n: 0 }; // results are counted, so no engine can skip the work

// Before each timed run, the garbage earlier runs left is collected (the driver starts Chromium
// with --expose-gc): libraries take turns in one page, and without this a run paid for
// collecting what the library before it had allocated.
const collectGarbage = () => globalThis.gc?.();

window.bench = {
  async load(lib) {
    const t0 = performance.now();
    loaded[lib] = await LIBRARIES[lib].load();
    return { ms: performance.now() - t0, version: loaded[lib].version ?? null };
  },

  /** Fetches the inputs; returns their sizes as the page sees them. */
  async prepare() {
    const list = await getArticles();
    for (const name of BIG) big[name] = await fetchText(`text-${name}.txt`);
    return { articles: list.length, chars: Object.fromEntries(BIG.map((n) => [n, big[n].length])) };
  },

  /** One pass over every article, one call each, as a reader would: total time and each latency. */
  articles(lib) {
    const { run, count } = loaded[lib];
    const latencies = new Array(articles.length);
    let found = 0;
    collectGarbage();
    const t0 = performance.now();
    for (let i = 0; i < articles.length; i++) {
      const s = performance.now();
      const out = run(articles[i]);
      latencies[i] = performance.now() - s;
      found += count(out);
    }
    const ms = performance.now() - t0;
    sink.n += found;
    return { ms, latencies, found };
  },

  /** One call on a joined text: '64kb', '1mb' or '10mb'. */
  big(lib, name) {
    const { run, count } = loaded[lib];
    collectGarbage();
    const t0 = performance.now();
    const out = run(big[name]);
    const ms = performance.now() - t0;
    const found = count(out);
    sink.n += found;
    return { ms, found };
  },

  /** Ours: one call of annotate (objects) and one of annotateFlat (typed arrays) on a joined text. */
  transport(name, flatFirst = false) {
    const { run, runFlat } = loaded.ours;
    const time = (f) => { const t0 = performance.now(); const out = f(big[name]); return [performance.now() - t0, out]; };
    const [[flatMs, flat], [objectsMs, doc]] = flatFirst ? [time(runFlat), time(run)] : [time(run), time(runFlat)].reverse();
    sink.n += doc.entities.length + flat.entities.length;
    return { objects: objectsMs, flat: flatMs,
      spans: doc.entities.length + doc.claims.length * 3 + doc.sentences.length + doc.groups.length };
  },

  /** Ours: wasm memory after the first call and after `calls` calls, cycling through the articles. */
  memory(calls) {
    const { run, memory } = loaded.ours;
    run(articles[0]);
    const first = memory();
    const t0 = performance.now();
    // After one pass over the articles too: word-list tables are built as texts first need
    // them, so memory grows until each article has been seen once, and should not after.
    let onePass = first;
    for (let i = 1; i < calls; i++) {
      run(articles[i % articles.length]);
      if (i === articles.length - 1) onePass = memory();
    }
    return { first, onePass, after: memory(), calls, ms: performance.now() - t0 };
  },

  /**
   * A minimal page of our own: 1 MB annotated in a Web Worker (www/bench/worker.js), the result
   * received here, no rendering. The driver observes long tasks around it. `flat`: the worker
   * answers with annotateFlat's typed arrays, transferred; else with annotate's objects.
   */
  workerRoundTrip(name, flat = false) {
    return new Promise((resolve, reject) => {
      const w = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
      let t0 = 0;
      w.onerror = (e) => reject(new Error(e.message || 'worker failed'));
      w.onmessage = ({ data }) => {
        if (data.ready) {
          t0 = performance.now();
          w.postMessage({ text: big[name], flat });
        } else if (data.error) {
          reject(new Error(data.error));
        } else {
          const received = performance.now();
          const found = data.flat ? data.flat.entities.length / 4 + data.flat.claims.length / 9
            : data.doc.entities.length + data.doc.claims.length;
          w.terminate();
          resolve({ start: t0, ms: received - t0, workerMs: data.ms, found });
        }
      };
    });
  },
};

// ---- cold start ---------------------------------------------------------------------------------

async function coldStart(lib) {
  // The first article is fetched alongside the library (a few kB, not part of what is measured).
  const text = getArticles().then((list) => list[0]);
  const libStart = performance.now();
  const api = await LIBRARIES[lib].load();
  const ready = performance.now();
  const input = await text;
  const t1 = performance.now();
  const out = api.run(input);
  const end = performance.now();
  return {
    lib, total: end, scriptStart: performance.getEntriesByName('bench-script-start')[0].startTime,
    load: ready - libStart, first: end - t1, found: api.count(out),
  };
}

const cold = new URLSearchParams(location.search).get('cold');
if (cold) {
  coldStart(cold).then((r) => { window.coldResult = r; }, (e) => { window.coldResult = { error: String(e?.stack || e) }; });
} else {
  window.benchReady = true;
}
