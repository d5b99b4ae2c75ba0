// Builds the embeddable widget as ONE self-contained ES module: dist/article-annotator.js (the
// widget source www/widget/index.js, www/export.js, the needed parts of www/render.js and the
// wasm-bindgen glue, bundled by esbuild; the wasm embedded gzip-compressed and base64-encoded; the
// styles are JS strings applied as constructable stylesheets), plus dist/article-annotator.d.ts.
// Needs www/pkg (make wasm). Usage: node scripts/build-dist.mjs [--out dist]
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WWW = join(ROOT, 'www');
const WASM = join(WWW, 'pkg/article_annotator_bg.wasm');
const NAME = 'article-annotator';

/** The module that replaces www/widget/embedded.js: the wasm, and how to unpack it. */
function embeddedModule(wasm) {
  const b64 = gzipSync(wasm, { level: 9 }).toString('base64');
  return `// The annotator's WebAssembly (${wasm.length} bytes), gzip-compressed, base64-encoded.
const WASM_GZIP_BASE64 = "${b64}";

export async function embeddedWasm() {
  if (typeof DecompressionStream !== 'function') {
    throw new Error('this browser cannot unpack the embedded annotator (no DecompressionStream; it needs Chrome 80, Firefox 113, Safari 16.4 or later)');
  }
  const bin = atob(WASM_GZIP_BASE64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (e) {
    throw new Error('the embedded annotator is damaged (' + ((e && e.message) || e) + '); the file may have been altered in transit');
  }
}
`;
}

/** Builds into `outDir` (default dist/); resolves to {js, dts, bytes}. */
export async function build({ outDir = join(ROOT, 'dist') } = {}) {
  let wasm;
  try {
    wasm = await readFile(WASM);
  } catch {
    throw new Error(`${WASM} is missing: run \`make wasm\` first`);
  }
  const version = /^version\s*=\s*"([^"]+)"/m.exec(await readFile(join(ROOT, 'Cargo.toml'), 'utf8'))?.[1] ?? '0.0.0';
  const embed = {
    name: 'embed-wasm',
    setup(b) {
      b.onResolve({ filter: /^\.\/embedded\.js$/ }, (args) => (args.importer.startsWith(join(WWW, 'widget'))
        ? { path: 'embedded-wasm', namespace: 'embed' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'embed' }, () => ({ contents: embeddedModule(wasm), loader: 'js' }));
    },
  };
  const result = await esbuild.build({
    entryPoints: [join(WWW, 'widget/index.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    write: false,
    minify: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [embed],
    banner: { js: `// Article Annotator ${version}: the embeddable widget, one self-contained ES module (the annotator's
// WebAssembly and the styles are inside; it fetches nothing). Built by scripts/build-dist.mjs.
// Use: <script type="module" src="${NAME}.js"></script>, then mark text with data-annotate or
// add <article-annotator></article-annotator>. The page's CSP needs script-src for this file and
// 'wasm-unsafe-eval'; nothing for styles. See docs/EMBEDDING.md.` },
  });
  await mkdir(outDir, { recursive: true });
  const js = join(outDir, `${NAME}.js`);
  const dts = join(outDir, `${NAME}.d.ts`);
  await writeFile(js, result.outputFiles[0].contents);
  await copyFile(join(WWW, 'widget/article-annotator.d.ts'), dts);
  return { js, dts, bytes: (await stat(js)).size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--out');
  const outDir = i > 0 ? resolve(process.argv[i + 1]) : undefined;
  try {
    const { js, dts, bytes } = await build({ outDir });
    console.log(`built ${js} (${bytes} bytes) and ${dts}`);
  } catch (e) {
    console.error(`build-dist: ${e.message}`);
    process.exit(1);
  }
}
