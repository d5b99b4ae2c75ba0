// Source-tree stand-in: no embedded wasm, so the glue fetches ../pkg/article_annotator_bg.wasm.
// scripts/build-dist.mjs replaces this module with one that holds the wasm (gzip, base64).
export async function embeddedWasm() {
  return undefined;
}
