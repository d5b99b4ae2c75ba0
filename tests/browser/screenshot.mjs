// Takes docs/screenshot.png (and docs/screenshot-dark.png): the page at 1280x900 with the sample
// article loaded through its own button and annotated; docs/screenshot-zoom200.png, the same
// at 200% zoom (a 640-pixel-wide layout at twice the pixels); and docs/screenshot-embed-demo.png,
// the wiki-like demo of the widget. Run by hand after `make wasm`:
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
  await page.emulateMedia({ colorScheme: 'light' });

  const zoomed = await env.context.browser().newPage({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 });
  await zoomed.goto(`${env.url}/`);
  await zoomed.click('#sample');
  await zoomed.waitForFunction(() => document.getElementById('text').value.length > 0);
  await waitForAnnotation(zoomed);
  await zoomed.evaluate(() => document.getElementById('pane')?.scrollIntoView());
  await zoomed.screenshot({ path: docs('screenshot-zoom200.png') });
  console.log('wrote docs/screenshot-zoom200.png');
  await zoomed.close();

  await page.goto(`${env.url}/embed-demo.html`);
  await page.waitForSelector('mark[data-aa-label]');
  await page.waitForTimeout(300);
  await page.screenshot({ path: docs('screenshot-embed-demo.png') });
  console.log('wrote docs/screenshot-embed-demo.png');
} finally {
  await env.close();
}
