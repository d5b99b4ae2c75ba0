// Takes docs/screenshot.png (and docs/screenshot-dark.png): the page at 1280x900 with the sample
// article loaded through its own button and annotated. Run by hand after `make wasm`:
//   node tests/browser/screenshot.mjs
import { fileURLToPath } from 'node:url';
import { start, waitForAnnotation } from './harness.mjs';

const docs = (name) => fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));
const env = await start();
try {
  const page = await env.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const [scheme, file] of [['light', 'screenshot.png'], ['dark', 'screenshot-dark.png']]) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${env.url}/`);
    await page.click('#sample');
    await page.waitForFunction(() => document.getElementById('text').value.length > 0);
    await waitForAnnotation(page);
    await page.evaluate(() => document.activeElement?.blur());
    await page.screenshot({ path: docs(file) });
    console.log(`wrote docs/${file}: ${await page.textContent('#summary')}`);
  }
} finally {
  await env.close();
}
