// Visual parity and contrast of Civic's stylesheet, measured in Chromium.
//
// Each non-hidden govuk-frontend 6.6.0 fixture's HTML is drawn twice, once with govuk-frontend's
// compiled CSS (read from the pinned npm package; its font files are not served, so both sides
// fall back to the same Arial-like font) and once with Civic's default stylesheet, at 1024 and
// 375 pixels wide. The screenshots are compared pixel by pixel (pixelmatch, anti-aliasing
// ignored). Only the fixture HTML is needed: the markup is the shared standard.
//
// Each fixture is drawn in two states: as the server sends it (no script), and enhanced by
// govuk-frontend 6.6.0's own script (`initAll()` with `govuk-frontend-supported` on the body),
// which draws the accordion's buttons, the tabs, the file upload's drop zone, the password
// toggle and the rest. The script is the same on both sides; only the stylesheet differs.
//
// Colour contrast, with every other axe-core rule, is checked by the accessibility sweep
// (tests/accessibility/sweep.test.mjs) in both themes and both locales.
//
// Inputs: CIVIC_CSS_DIR (default target/civic-css) holding `<theme>.css` for every theme, as
// written by `civic css --theme NAME` (cargo xtask test writes them). Output: per-component
// counts on stdout; the worst differences as PNG (reference | civic | diff) in
// target/visual-parity/. PARITY_ONLY=tag,button limits the run to some components. Fixtures
// are drawn in PARITY_TABS tabs at once (default 2): one tab's drawing and screenshot overlap
// the comparison of another's images, which runs in this process.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { inLanes, laneCount, launch } from '../browser/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const govuk = path.join(root, 'node_modules/govuk-frontend/dist/govuk');
const cssDir = process.env.CIVIC_CSS_DIR ?? path.join(root, 'target/civic-css');
const outDir = path.join(root, 'target/visual-parity');
const only = process.env.PARITY_ONLY ? process.env.PARITY_ONLY.split(',') : null;

const WIDTHS = [1024, 375];
/** A screenshot is "within the bound" when at most this share of its pixels differ. */
const BOUND = 0.01;
/** The share of screenshots that must be within the bound, at each width. */
const TARGET = 0.95;
const WORST_KEPT = 25;
const TABS = laneCount('PARITY_TABS', 2);

// govuk-frontend's @font-face rules point at /assets/fonts, which is not served: the page is
// set from a string, so both stylesheets fall back to Arial (Liberation Sans on Linux).
const govukCss = fs.readFileSync(path.join(govuk, 'govuk-frontend.min.css'), 'utf8');
const govukScript = fs.readFileSync(path.join(govuk, 'all.bundle.js'), 'utf8');

/** The two states a fixture is drawn in. */
const STATES = [
  { name: 'without script', bodyClass: 'govuk-template__body', script: '' },
  {
    name: 'with govuk-frontend’s script',
    bodyClass: 'govuk-template__body govuk-frontend-supported',
    script: `<script>${govukScript}</script><script>window.GOVUKFrontend.initAll()</script>`,
  },
];

function fixtures() {
  const components = fs.readdirSync(path.join(govuk, 'components')).sort()
    .filter((c) => fs.existsSync(path.join(govuk, 'components', c, 'fixtures.json')))
    .filter((c) => !only || only.includes(c));
  return components.flatMap((component) =>
    JSON.parse(fs.readFileSync(path.join(govuk, 'components', component, 'fixtures.json'), 'utf8'))
      .fixtures.filter((f) => !f.hidden)
      .map((f) => ({ component, name: f.name, html: f.html })));
}

function page(css, html, state) {
  return `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>fixture</title>
<style>${css}</style></head><body class="${state.bodyClass}"><main style="padding:15px">${html}</main>${state.script}</body></html>`;
}

function sideBySide(images) {
  const width = images.reduce((w, i) => w + i.width + 10, -10);
  const height = Math.max(...images.map((i) => i.height));
  const out = new PNG({ width, height });
  out.data.fill(255);
  let x = 0;
  for (const image of images) { PNG.bitblt(image, out, 0, 0, image.width, image.height, x, 0); x += image.width + 10; }
  return out;
}

let browser;
const tabs = [];
const themes = fs.existsSync(cssDir) ? fs.readdirSync(cssDir).filter((f) => f.endsWith('.css')).sort() : [];

before(async () => {
  for (const theme of ['civic.css', 'anytown.css']) {
    assert.ok(themes.includes(theme), `${cssDir}/${theme} is missing: run \`civic css --theme NAME --output ${cssDir}/NAME.css\` (cargo xtask test does)`);
  }
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  for (let i = 0; i < TABS; i += 1) tabs.push(await context.newPage());
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
});

after(async () => { await browser?.close(); });

/** A full-page screenshot, and the box that the fixture's own elements cover. */
async function screenshot(tab, css, html, width, state) {
  await tab.setViewportSize({ width, height: 700 });
  await tab.setContent(page(css, html, state), { waitUntil: 'load' });
  const box = await tab.evaluate(() => {
    const b = { left: Infinity, top: Infinity, right: 0, bottom: 0 };
    for (const el of document.querySelectorAll('main *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      b.left = Math.min(b.left, r.left); b.top = Math.min(b.top, r.top);
      b.right = Math.max(b.right, r.right); b.bottom = Math.max(b.bottom, r.bottom);
    }
    return b;
  });
  const png = PNG.sync.read(await tab.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' }));
  return { png, box };
}

/** The part of a screenshot inside a box, padded with transparent pixels past its edge. */
function crop(png, box) {
  const out = new PNG({ width: box.right - box.left, height: box.bottom - box.top });
  const w = Math.min(png.width - box.left, out.width);
  const h = Math.min(png.height - box.top, out.height);
  if (w > 0 && h > 0) PNG.bitblt(png, out, box.left, box.top, w, h, 0, 0);
  return out;
}

for (const state of STATES) test(`Civic’s default stylesheet draws every fixture as govuk-frontend does, ${state.name}`, async () => {
  const civicCss = fs.readFileSync(path.join(cssDir, 'civic.css'), 'utf8');
  const all = fixtures();
  assert.ok(all.length > 0, 'fixtures found');
  const results = [];
  const worst = [];
  const shots = all.flatMap((fixture) => WIDTHS.map((width) => ({ fixture, width })));
  await inLanes(shots, tabs.length, async ({ fixture, width }, lane) => {
    const reference = await screenshot(tabs[lane], govukCss, fixture.html, width, state);
    const civic = await screenshot(tabs[lane], civicCss, fixture.html, width, state);
    // Compare only the area the fixture covers on either side (with a margin for focus
    // outlines and shadows), so an empty page around a small component does not dilute it.
    const margin = 5;
    const box = {
      left: Math.max(0, Math.floor(Math.min(reference.box.left, civic.box.left)) - margin),
      top: Math.max(0, Math.floor(Math.min(reference.box.top, civic.box.top)) - margin),
      right: Math.ceil(Math.max(reference.box.right, civic.box.right)) + margin,
      bottom: Math.ceil(Math.max(reference.box.bottom, civic.box.bottom)) + margin,
    };
    if (!(box.right > box.left && box.bottom > box.top)) { box.left = 0; box.top = 0; box.right = width; box.bottom = 50; }
    const a = crop(reference.png, box);
    const b = crop(civic.png, box);
    const [w, h] = [a.width, a.height];
    const diff = new PNG({ width: w, height: h });
    const differing = pixelmatch(a.data, b.data, diff.data, w, h, { threshold: 0.1 });
    const result = { ...fixture, width, share: differing / (w * h) };
    results.push(result);
    // Keep images only for the worst few, so memory stays small.
    worst.push({ ...result, images: [a, b, diff] });
    // Ties by component, fixture and width, whichever lane finished first.
    const order = (r) => `${r.component}\u0000${r.name}\u0000${r.width}`;
    worst.sort((x, y) => y.share - x.share || order(x).localeCompare(order(y)));
    worst.length = Math.min(worst.length, WORST_KEPT);
  });
  assert.equal(results.length, all.length * WIDTHS.length, 'every fixture at every width');

  for (const width of WIDTHS) {
    const atWidth = results.filter((r) => r.width === width);
    const byComponent = new Map();
    for (const r of atWidth) {
      const c = byComponent.get(r.component) ?? { within: 0, total: 0 };
      c.total += 1;
      if (r.share <= BOUND) c.within += 1;
      byComponent.set(r.component, c);
    }
    console.log(`\nvisual parity ${state.name} at ${width}px (screenshots with ≤${BOUND * 100}% of pixels differing):`);
    for (const [component, c] of [...byComponent].sort()) console.log(`  ${component} ${c.within}/${c.total}`);
    const within = atWidth.filter((r) => r.share <= BOUND).length;
    console.log(`  total ${within}/${atWidth.length} (${(100 * within / atWidth.length).toFixed(1)}%)`);
  }

  console.log(`\nworst differences ${state.name} (images in ${path.relative(root, outDir)}/):`);
  for (const [i, r] of worst.entries()) {
    const file = `${state.bodyClass.includes('supported') ? 'script' : 'static'}-${String(i + 1).padStart(2, '0')}-${r.component}-${r.name.replace(/[^a-z0-9]+/gi, '-')}-${r.width}.png`;
    fs.writeFileSync(path.join(outDir, file), PNG.sync.write(sideBySide(r.images)));
    console.log(`  ${(100 * r.share).toFixed(2)}% ${r.component} / ${r.name} @${r.width}`);
  }

  for (const width of WIDTHS) {
    const atWidth = results.filter((r) => r.width === width);
    const within = atWidth.filter((r) => r.share <= BOUND).length;
    assert.ok(within >= TARGET * atWidth.length,
      `${state.name} at ${width}px only ${within}/${atWidth.length} screenshots are within ${BOUND * 100}%`);
  }
});
