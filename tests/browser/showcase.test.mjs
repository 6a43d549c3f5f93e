// The showcase, opened in Chromium: every non-hidden example of every component is rendered
// live by Civic's wasm, titled by component and example name, with no console errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'showcase/dist');
const fixturesDir = path.join(root, 'node_modules/govuk-frontend/dist/govuk/components');

let server, browser, page;
const consoleErrors = [];

before(async () => {
  assert.ok(fs.existsSync(path.join(dist, 'index.html')), 'build the showcase first (cargo xtask test does)');
  server = await serve(dist);
  browser = await launch();
  const context = await browser.newContext();
  page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  await page.goto(server.url);
  await page.waitForSelector('[data-component-section]', { timeout: 30000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('every non-hidden example of every listed component is rendered', async () => {
  const sections = await page.$$eval('[data-component-section]', (els) => els.map((e) => e.dataset.componentSection));
  assert.equal(sections.length, 39, 'every govuk-frontend component is listed');
  let total = 0;
  for (const component of sections) {
    const fixtures = JSON.parse(fs.readFileSync(path.join(fixturesDir, component, 'fixtures.json'), 'utf8')).fixtures;
    const expected = fixtures.filter((f) => !f.hidden).map((f) => f.name);
    const shown = await page.$$eval(`[data-component="${component}"]`, (els) => els.map((e) => ({
      name: e.dataset.example,
      title: e.querySelector('.showcase-example__title')?.textContent ?? '',
      children: e.querySelector('.showcase-example__render')?.children.length ?? 0,
      error: e.querySelector('.showcase-error')?.textContent ?? null,
    })));
    assert.deepEqual(shown.map((s) => s.name), expected, `${component}: examples shown`);
    for (const example of shown) {
      assert.equal(example.error, null, `${component} / ${example.name}: ${example.error}`);
      assert.ok(example.children > 0, `${component} / ${example.name} rendered nothing`);
      assert.ok(example.title.includes(component) && example.title.includes(example.name), `title of ${example.name}`);
    }
    total += shown.length;
    console.log(`${component} ${shown.length}/${expected.length} examples rendered`);
  }
  console.log(`showcase: ${total} examples rendered across ${sections.length} components`);
});

test('no console errors', () => {
  assert.deepEqual(consoleErrors, []);
});

test('Civic’s stylesheet is injected, and the theme switcher swaps it', async () => {
  const styles = () => page.$$eval('head style[data-style]', (els) => els.length);
  const header = () => page.$eval('.govuk-generic-header', (el) => getComputedStyle(el).backgroundColor);
  const brand = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--govuk-brand-colour').trim());
  assert.equal(await styles(), 1, 'one stylesheet in the head');
  assert.equal(await header(), 'rgb(11, 12, 12)');
  assert.equal(await brand(), '#1d70b8');
  // A styled component, as the stylesheet draws it: the primary button's green.
  assert.equal(await page.$eval('.govuk-button:not(.govuk-button--secondary):not(.govuk-button--warning):not(.govuk-button--inverse)', (el) => getComputedStyle(el).backgroundColor), 'rgb(15, 122, 82)');
  await page.selectOption('select[name="theme"]', 'anytown');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'anytown');
  assert.equal(await styles(), 1, 'the previous theme’s stylesheet is removed');
  assert.equal(await header(), 'rgb(0, 112, 60)');
  assert.equal(await brand(), '#00703c');
  assert.match(await page.$eval('.govuk-generic-header', (el) => el.textContent), /Anytown Council/);
  await page.selectOption('select[name="theme"]', 'civic');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'civic');
  assert.equal(await header(), 'rgb(11, 12, 12)');
});

test('the language switch redraws every example in Welsh, marked lang="cy"', async () => {
  const back = () => page.$eval('[data-component="back-link"] .govuk-back-link', (el) => el.textContent.trim());
  const prefixes = (word) => page.$$eval('.showcase-examples .govuk-error-message > .govuk-visually-hidden',
    (els, w) => els.filter((el) => el.textContent.trim() === w).length, word);
  const examples = () => page.$$eval('.showcase-example', (els) => els.length);
  const before = await examples();
  const english = await prefixes('Error:');
  assert.equal(await back(), 'Back');
  assert.ok(english > 20, `only ${english} error messages with the default prefix`);
  assert.deepEqual(await page.$$eval('select[name="lang"] option', (els) => els.map((o) => [o.value, o.lang, o.textContent])),
    [['en', 'en', 'English'], ['cy', 'cy', 'Cymraeg']]);

  await page.selectOption('select[name="lang"]', 'cy');
  await page.waitForFunction(() => document.querySelector('.showcase-examples')?.getAttribute('lang') === 'cy');
  assert.equal(await back(), 'Yn ôl');
  // (govuk-frontend's "translated" example gives "Gwall" itself, in both languages.)
  assert.equal(await prefixes('Gwall:'), english + 1, 'every default "Error:" is now Welsh');
  assert.equal(await prefixes('Error:'), 0);
  assert.equal(await examples(), before, 'every example is drawn again');
  assert.equal(await page.$$eval('.showcase-error', (els) => els.length), 0);
  // The showcase's own words stay English, and say so.
  assert.equal(await page.evaluate(() => document.documentElement.lang || 'en'), 'en');

  await page.selectOption('select[name="lang"]', 'en');
  await page.waitForFunction(() => document.querySelector('.showcase-examples')?.getAttribute('lang') === 'en');
  assert.equal(await back(), 'Back');

  // The address can choose it too: ?lang=cy.
  const welsh = await page.context().newPage();
  await welsh.goto(`${server.url}?lang=cy`);
  await welsh.waitForSelector('.showcase-examples[lang="cy"] [data-component="back-link"]');
  assert.equal(await welsh.$eval('[data-component="back-link"] .govuk-back-link', (el) => el.textContent.trim()), 'Yn ôl');
  await welsh.close();
  assert.deepEqual(consoleErrors, []);
});
