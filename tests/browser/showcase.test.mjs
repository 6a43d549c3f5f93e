// The showcase site (issue #14), as built by `cargo xtask showcase --out DIR` (CIVIC_SHOWCASE_DIR),
// served under a sub-path (/civic/) as a static host would, in one Chromium:
//
// - every page opened directly by its address, with JavaScript on (hydrated, no console error)
//   and off (the pre-rendered page: heading, examples, stylesheet);
// - every govuk-frontend example of every component drawn in its own frame (a document written
//   per example and language, its behaviours started by Civic's enhancer), and no id used
//   twice on a page;
// - search narrows the list and Enter goes to the first match, client-side;
// - links are followed client-side, and the page then drawn has its examples and code;
// - the tabs show the example's own code: Rust as written in `examples.rs`, HTML as drawn;
// - the theme changes the stylesheet and the header, Welsh redraws every example with no
//   English default left;
// - axe-core (wcag2a/aa, 21a/aa, 22aa, best-practice) on every page, in both themes and both
//   languages, with no violation. The examples' frames are each one govuk-frontend fixture as
//   Civic draws it, which the accessibility sweep (tests/accessibility) checks with the same
//   rules in both themes and languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { inLanes, laneCount, launch } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = process.env.CIVIC_SHOWCASE_DIR ?? path.join(root, 'target/civic-showcase');
const fixturesDir = path.join(root, 'node_modules/govuk-frontend/dist/govuk/components');
const componentsDir = path.join(root, 'components/src/components');
const BASE = '/civic/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Tabs the axe crawl runs in at once: one tab's waits (a page loading, its wasm starting)
 * overlap another's checking. */
const AXE_LANES = laneCount('SHOWCASE_LANES', 2);
/** Tabs the crawls of every page (opened directly; with JavaScript off) run in at once. */
const CRAWL_LANES = AXE_LANES;

const components = fs.readdirSync(componentsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(componentsDir, e.name, 'mod.rs')))
  .map((e) => e.name.replaceAll('_', '-'))
  .sort();
const patternsDir = path.join(root, 'patterns/showcase');
const patterns = fs.readdirSync(patternsDir).filter((f) => f.endsWith('.rs')).map((f) => f.slice(0, -3)).sort();
/** What is documented as a component but is not one of govuk-frontend's: its page, and its folder in the civic crate. */
const foundations = { 'layout-and-typography': 'layout', 'page-template': 'page' };
const pages = ['', 'theme/', ...Object.keys(foundations).map((f) => `components/${f}/`), ...components.map((c) => `components/${c}/`), ...patterns.map((p) => `patterns/${p}/`)];
/** The file a page's Civic examples are written in. */
const examplesFile = (pagePath) => {
  const [section, name] = pagePath.split('/');
  if (section === 'patterns') return path.join(patternsDir, `${name}.rs`);
  if (foundations[name]) return path.join(root, 'components/src', foundations[name], 'examples.rs');
  return path.join(componentsDir, name.replaceAll('-', '_'), 'examples.rs');
};
const shownFixtures = (component) => {
  const file = path.join(fixturesDir, component, 'fixtures.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).fixtures.filter((f) => !f.hidden) : [];
};

let server, browser, context, page, noScript;
const consoleErrors = [];

/** A tab of its own (a session of its own: a service keeps its answers in the tab's session). */
async function newTab() {
  const tab = await context.newPage();
  tab.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(`${tab.url()}: ${msg.text()}`); });
  tab.on('pageerror', (err) => consoleErrors.push(`${tab.url()}: ${err}`));
  return tab;
}

/** Gives a tab to open a page in, a new one every six pages (`close` closes the last). Each
 * page's wasm instances (the site's, the examples' and a frame's enhancer each) reserve
 * gigabytes of address space, and a renderer refuses new ones
 * once about a hundred are held; closing the tab frees its renderer's at once, where
 * navigating on leaves them to a garbage collection that may come too late (CI's Chromium ran
 * out on the crawl). A tab per page would be safe too, but doubles the crawl's time. */
function renewing() {
  let tab = null;
  let opened = 0;
  const next = async () => {
    if (!tab || ++opened % 6 === 0) {
      await tab?.close();
      tab = await newTab();
    }
    return tab;
  };
  next.close = async () => { await tab?.close(); tab = null; };
  return next;
}
const sharedTab = renewing();
async function freshPage() {
  page = await sharedTab();
}

before(async () => {
  assert.ok(fs.existsSync(path.join(site, 'index.html')), `build the showcase first: cargo xtask showcase --out ${site}`);
  const files = sirv(site, { dev: true });
  const axe = path.join(root, 'node_modules/axe-core/axe.min.js');
  server = http.createServer((req, res) => {
    if (req.url === '/axe.min.js') { res.setHeader('content-type', 'text/javascript'); return res.end(fs.readFileSync(axe)); }
    if (!req.url.startsWith(BASE)) { res.statusCode = 404; return res.end('not under the base'); }
    req.url = req.url.slice(BASE.length - 1);
    return files(req, res, () => { res.statusCode = 404; res.end('not found'); });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

const url = (pagePath, query = '') => `http://127.0.0.1:${server.address().port}${BASE}${pagePath}${query}`;

/** Opens a page by its address and waits for the wasm to take it over. */
async function open(pagePath, query = '') {
  await freshPage();
  await openIn(page, pagePath, query);
}

/** Opens a page by its address in `tab` and waits for the wasm to take it over. */
async function openIn(tab, pagePath, query = '') {
  await tab.goto(url(pagePath, query));
  await tab.waitForFunction(() => window.civicReady === true, null, { timeout: 60000 });
  // Civic's own examples are taken over by the examples module once the page is interactive.
  await tab.waitForFunction(() => [...document.querySelectorAll('[data-live]')].every((e) => e.dataset.started), null, { timeout: 30000 });
  // The examples' HTML arrives once the page is live; wait until every HTML tab has it.
  await tab.waitForFunction(() => [...document.querySelectorAll('[id$="-html-code"]')].every((c) => c.textContent.length > 0), null, { timeout: 30000 });
}

/** The text of a served document (a frame's), and its status. */
async function fetchText(address) {
  const response = await fetch(address);
  return { status: response.status, text: await response.text() };
}

/** The frames' documents on the page: for each, its example's name, address and drawn body. */
async function frames(p) {
  const shown = await p.$$eval('[data-source="govuk"]', (els) => els.map((e) => ({
    key: e.dataset.example, name: e.dataset.name, src: e.querySelector('iframe').src, title: e.querySelector('iframe').title,
  })));
  for (const frame of shown) {
    const { status, text } = await fetchText(frame.src);
    frame.status = status;
    frame.body = text.match(/<div class="showcase-frame__body"[^>]*>([\s\S]*)<\/div>\s*<script type="module">/)?.[1] ?? '';
    frame.text = frame.body.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
  }
  return shown;
}

/** axe-core's violations on the page (its own document; each frame is checked on its own). */
async function axe(p) {
  await p.addScriptTag({ url: '/axe.min.js' });
  return p.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false });
    return result.violations.flatMap((v) => v.nodes.map((n) => ({ rule: v.id, target: n.target.join(' '), summary: n.failureSummary })));
  }, TAGS);
}

/** Ids used more than once on the page. */
const duplicateIds = (p) => p.evaluate(() => {
  const seen = new Map();
  for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
});

test('every page opens directly by its address, with JavaScript on, hydrated with no console error', async () => {
  assert.equal(pages.length, 43 + patterns.length, 'the index, the theme playground, layout and typography, the page template and a page per component and pattern');
  assert.ok(patterns.length >= 7, 'the patterns have pages');
  const lanes = [...Array(CRAWL_LANES)].map(() => renewing());
  let checked = 0;
  try {
    await inLanes(pages, CRAWL_LANES, async (pagePath, lane) => {
      const page = await lanes[lane]();
      await openIn(page, pagePath);
      await opensDirectly(page, pagePath);
      checked += 1;
    });
  } finally {
    await Promise.all(lanes.map((lane) => lane.close()));
  }
  assert.equal(checked, pages.length, 'every page');
});

/** The checks of a page opened directly in `page`: its heading, examples, frames, navigation,
 * ids and console. */
async function opensDirectly(page, pagePath) {
  const [section, component] = pagePath.split('/');
  const h1 = await page.$$eval('h1', (els) => els.map((el) => el.textContent));
  assert.equal(h1.length, 1, `${pagePath}: one <h1> (an example with its own runs in a frame): ${h1.join(' | ')}`);
  assert.ok(h1[0].length > 0, `${pagePath}: heading`);
  if (section === 'patterns') {
    // A pattern's example is a page of a service, so it runs in a frame of its own.
    assert.ok((await page.$$('[data-source="civic"] iframe.showcase-frame')).length > 0, `${pagePath}: live examples`);
    assert.match(await page.$eval('[data-render="accessibility"]', (e) => e.innerText), /Keyboard\./);
    assert.equal(await page.$eval('.showcase-nav a[aria-current="page"]', (a) => a.getAttribute('href')), `../../patterns/${component}/`);
  }
  if (section === 'components') {
    const expected = shownFixtures(component).map((f) => f.name);
    const gallery = await frames(page);
    assert.deepEqual(gallery.map((g) => g.name), expected, `${component}: govuk-frontend's examples, in order`);
    for (const g of gallery) {
      assert.equal(g.status, 200, `${component} / ${g.name}: ${g.src}`);
      assert.ok(g.body.trim().length > 0, `${component} / ${g.name} drew nothing`);
      assert.ok(!g.body.includes('showcase-error'), `${component} / ${g.name}: ${g.body}`);
      assert.ok(g.title.includes(g.name), `${component} / ${g.name}: the frame's title names it`);
    }
    if (gallery.length > 0) {
      // The first frame, once in view, loads, its enhancer runs and it fits its example.
      const galleryFrame = '[data-source="govuk"] iframe.showcase-frame';
      await page.locator(galleryFrame).first().scrollIntoViewIfNeeded();
      const first = page.frameLocator(galleryFrame).first();
      await first.locator('body').waitFor();
      await page.waitForFunction((selector) => {
        const frame = document.querySelector(selector);
        return frame.contentWindow?.civicReady === true && Math.abs(frame.getBoundingClientRect().height - frame.contentDocument.documentElement.scrollHeight) <= 2;
      }, galleryFrame, { timeout: 20000 });
    }
    assert.equal(await page.$('table.showcase-options') !== null, component !== 'layout-and-typography', `${component}: options table`);
    assert.equal(await page.$eval('.showcase-nav a[aria-current="page"]', (a) => a.getAttribute('href')), `../../components/${component}/`);
  }
  assert.deepEqual(await duplicateIds(page), [], `${pagePath}: ids used twice`);
  // Each error is logged with its tab's address; another lane's tab has another address.
  const address = url(pagePath);
  assert.deepEqual(consoleErrors.filter((e) => e.startsWith(`${address}: `)), [], `${pagePath}: console errors`);
}

test('with JavaScript off every page is readable: pre-rendered heading, examples and stylesheet', async () => {
  const tabs = [noScript, ...await Promise.all([...Array(CRAWL_LANES - 1)].map(() => noScript.context().newPage()))];
  let checked = 0;
  try {
    await inLanes(pages, CRAWL_LANES, async (pagePath, lane) => {
      await readableWithoutScript(tabs[lane], pagePath);
      checked += 1;
    });
  } finally {
    await Promise.all(tabs.slice(1).map((tab) => tab.close()));
  }
  assert.equal(checked, pages.length, 'every page');
});

/** The checks of a page opened in `tab`, with JavaScript off: its heading, stylesheet,
 * frames and code. */
async function readableWithoutScript(tab, pagePath) {
  const response = await tab.goto(url(pagePath));
  assert.equal(response.status(), 200, pagePath);
  const h1 = await tab.$eval('h1', (el) => el.textContent);
  assert.ok(h1.length > 0, `${pagePath}: heading`);
  const styled = await tab.$eval('.govuk-header, .govuk-generic-header', (el) => getComputedStyle(el).backgroundColor);
  assert.equal(styled, 'rgb(11, 12, 12)', `${pagePath}: Civic's stylesheet applies`);
  const [section, component] = pagePath.split('/');
  if (section === 'components') {
    // Frames load without script too, each with its example drawn.
    const bodies = await Promise.all(tab.frames().filter((f) => f.url().includes('/examples/')).map((f) => f.$eval('.showcase-frame__body', (b) => b.children.length)));
    assert.equal(bodies.length, shownFixtures(component).length, `${component}: a frame per example`);
    assert.ok(bodies.every((n) => n > 0), `${component}: every example drawn without JavaScript`);
    const html = await tab.$$eval('[id$="-html-code"]', (els) => els.filter((e) => e.textContent.length === 0).length);
    assert.equal(html, 0, `${component}: every HTML tab has its code without JavaScript`);
  }
}

test('search narrows the list, and Enter goes to the first match without reloading the page', async () => {
  await open('');
  await page.evaluate(() => { window.notReloaded = true; });
  const visible = () => page.$$eval('.showcase-nav__list li:not([hidden]) a', (as) => as.map((a) => a.textContent));
  assert.equal((await visible()).length, components.length + patterns.length + Object.keys(foundations).length);
  await page.fill('input[name="search"]', 'char');
  assert.deepEqual(await visible(), ['Character count']);
  assert.match(await page.$eval('.showcase-search__count', (el) => el.textContent), /^1 page$/);
  // Every component is found by part of its name.
  for (const pagePath of pages.slice(2)) {
    const name = pagePath.split('/')[1];
    await page.fill('input[name="search"]', name.slice(1, 6).replaceAll('-', ' '));
    const found = await page.$$eval('.showcase-nav__list li:not([hidden]) a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(found.includes(`./${pagePath}`), `${pagePath} is found by "${name.slice(1, 6)}"`);
  }
  await page.fill('input[name="search"]', 'summary l');
  await page.press('input[name="search"]', 'Enter');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Summary list');
  assert.ok(page.url().endsWith(`${BASE}components/summary-list/`), page.url());
  assert.equal(await page.evaluate(() => window.notReloaded), true, 'the router drew the page, no reload');
  await page.waitForFunction(() => [...document.querySelectorAll('[id$="-html-code"]')].every((c) => c.textContent.length > 0));
  assert.deepEqual((await frames(page)).map((f) => f.status), shownFixtures('summary-list').map(() => 200));
  assert.deepEqual(await duplicateIds(page), []);
});

test('a page reached by a link is drawn in the browser with its examples started', async () => {
  await open('components/button/');
  await page.evaluate(() => { window.notReloaded = true; });
  await page.click('.showcase-nav a[href="../../components/accordion/"]');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Accordion');
  assert.equal(await page.evaluate(() => window.notReloaded), true);
  await page.waitForFunction(() => [...document.querySelectorAll('[id$="-html-code"]')].every((c) => c.textContent.length > 0));
  // The accordion's behaviour runs in its example's frame: "Show all sections" opens them.
  await page.locator('iframe.showcase-frame').first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('iframe.showcase-frame').contentWindow?.civicReady === true, null, { timeout: 20000 });
  const frame = page.frameLocator('iframe.showcase-frame').first();
  await frame.locator('.govuk-accordion__show-all').click();
  assert.equal(await frame.locator('.govuk-accordion__section').first().evaluate((s) => s.classList.contains('govuk-accordion__section--expanded')), true);
});

test('an address the site has no page for says so, and its links lead back into the site', async () => {
  await open('components/button/');
  await page.evaluate(() => {
    const lost = Object.assign(document.createElement('a'), { id: 'lost', href: '../../components/button/no/such/page', textContent: 'lost' });
    document.body.append(lost);
  });
  await page.click('#lost');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Page not found');
  assert.equal(await page.$eval('.showcase-nav a[href$="components/accordion/"]', (a) => a.href), url('components/accordion/'));
  await page.click('.showcase-nav a[href$="components/accordion/"]');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Accordion');
});

test('the tabs show the code that draws the example', async () => {
  let civicExamples = 0;
  for (const pagePath of pages.slice(2)) {
    const file = examplesFile(pagePath);
    const source = fs.readFileSync(file, 'utf8');
    // The HTML tab is the markup the server sends, which is what the page holds with
    // JavaScript off (behaviours change some of it once they run).
    await noScript.goto(url(pagePath));
    const examples = await noScript.$$eval('[data-source="civic"]', (els) => Promise.all(els.map(async (e) => {
      const key = e.dataset.example;
      const rust = document.getElementById(`${key}-rust-code`).textContent;
      const html = document.getElementById(`${key}-html-code`).textContent;
      const normalised = (parent) => {
        const walker = document.createTreeWalker(parent, NodeFilter.SHOW_COMMENT);
        const comments = [];
        while (walker.nextNode()) comments.push(walker.currentNode);
        comments.forEach((c) => c.remove());
        return parent.innerHTML;
      };
      const template = document.createElement('template');
      template.innerHTML = html;
      const shown = document.createElement('div');
      shown.append(template.content);
      // A whole service runs in its own document (a frame): the HTML tab is its start page.
      if (e.querySelector('iframe.showcase-frame--service')) return { key, rust, html, same: !e.querySelector('.showcase-example__render') && /govuk-button--start/.test(html) };
      // A page of its own (a whole page, a pattern's page, a panel with the page's <h1>) is
      // drawn in its frame's document.
      const frame = e.querySelector('iframe.showcase-frame');
      const render = frame
        ? new DOMParser().parseFromString(await (await fetch(frame.src)).text(), 'text/html').querySelector('[data-live]')
        : e.querySelector('.showcase-example__render');
      return { key, rust, html, same: !!render && normalised(shown) === normalised(render.cloneNode(true)) };
    })));
    for (const example of examples) {
      assert.ok(example.rust.startsWith('pub fn '), `${example.key}: the Rust tab shows the function`);
      assert.ok(source.includes(example.rust), `${example.key}: the Rust tab is examples.rs as written`);
      assert.ok(example.html.length > 0, `${example.key}: HTML`);
      assert.ok(example.same, `${example.key}: the HTML tab is the example's markup`);
      civicExamples += 1;
    }
  }
  assert.ok(civicExamples > 0, 'Civic has examples written in Leptos');
  // Civic's examples' JSON tabs, given to the `civic` command as a council on another stack
  // would: the command draws the same markup as the HTML tab (here for examples drawn by
  // their components alone; the native test checks every example's components).
  const civic = process.env.CIVIC_BIN ?? path.join(process.env.CARGO_TARGET_DIR ?? path.join(root, 'target'), 'debug/civic');
  const sameDom = (a, b) => page.evaluate(([a, b]) => {
    const tidy = (html) => {
      const t = document.createElement('template');
      t.innerHTML = html;
      const w = document.createTreeWalker(t.content, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (w.nextNode()) comments.push(w.currentNode);
      comments.forEach((c) => c.remove());
      const d = document.createElement('div');
      d.append(t.content);
      return d.innerHTML.replace(/>\s+</g, '><').trim();
    };
    return tidy(a) === tidy(b);
  }, [a, b]);
  for (const [component, key, lang] of [['input', 'input-civic-1', 'cy'], ['fieldset', 'fieldset-civic-1', 'en'], ['summary-list', 'summary-list-civic-1', 'en']]) {
    await open(`components/${component}/`, lang === 'cy' ? '?lang=cy' : '');
    await page.waitForFunction((k) => document.getElementById(`${k}-json-code`)?.textContent.length > 0, key);
    const json = await page.$eval(`#${key}-json-code`, (e) => e.textContent);
    const html = await page.$eval(`#${key}-html-code`, (e) => e.textContent);
    const drawn = execFileSync(civic, ['render', component, '--locale', lang], { input: json }).toString();
    assert.ok(await sameDom(drawn, html), `${key} in ${lang}: civic render of its JSON tab draws its HTML tab\n${json}\n${drawn}\n${html}`);
  }
  // govuk-frontend's examples: the JSON tab is the fixture's options, the HTML tab what is drawn.
  await open('components/radios/');
  const fixtures = shownFixtures('radios');
  const shown = await page.$$eval('[data-source="govuk"]', (els) => els.map((e) => ({
    name: e.dataset.name,
    json: document.getElementById(`${e.dataset.example}-json-code`).textContent,
    rust: document.getElementById(`${e.dataset.example}-rust-code`).textContent,
    html: document.getElementById(`${e.dataset.example}-html-code`).textContent,
  })));
  for (const [index, example] of shown.entries()) {
    const options = JSON.parse(example.json);
    assert.deepEqual(Object.keys(options), Object.keys(fixtures[index].options), `${example.name}: JSON options`);
    assert.equal(options.items?.length, fixtures[index].options.items?.length, `${example.name}: items`);
    assert.ok(example.html.includes('govuk-radios'), `${example.name}: HTML`);
    // Its Rust reads the same options into the component's options struct and draws them.
    assert.ok(example.rust.includes(`let options: RadiosOptions = serde_json::from_str(r#"\n${example.json}\n"#)?;`), `${example.name}: Rust`);
    assert.match(example.rust, /Ok\(options\.render\(\)\)/);
  }
});

test('Civic’s own examples are live Leptos components, taken over from the server’s rendering', async () => {
  await open('components/radios/');
  const place = '[data-live="radios-civic-1"]';
  assert.equal(await page.$eval(place, (e) => e.dataset.started), 'en');
  assert.match(await page.$eval(place, (e) => e.innerText), /Nothing chosen yet/);
  await page.click(`${place} input[value="phone"]`);
  await page.waitForFunction((p) => /You chose phone/.test(document.querySelector(p).innerText), place);
  await open('components/input/');
  const postcode = '[data-live="input-civic-2"]';
  await page.fill(`${postcode} input`, 'abc');
  await page.waitForFunction((p) => /Enter a real postcode/.test(document.querySelector(p).innerText), postcode);
  assert.equal(await page.$eval(`${postcode} input`, (i) => i.getAttribute('aria-describedby')?.includes('error')), true);
  // Drawn afresh after the router moves to a page, and again in Welsh.
  await page.click('.showcase-nav a[href="../../components/button/"]');
  await page.waitForFunction(() => document.querySelector('[data-live="button-civic-3"]')?.dataset.started === 'en');
  await page.click('[data-live="button-civic-3"] button');
  await page.waitForFunction(() => /Pressed 1 times/.test(document.querySelector('[data-live="button-civic-3"]').innerText));
});

test('the theme changes the stylesheet and the header', async () => {
  await open('components/button/');
  const header = () => page.$eval('.govuk-generic-header', (el) => getComputedStyle(el).backgroundColor);
  assert.equal(await header(), 'rgb(11, 12, 12)');
  await page.selectOption('select[name="theme"]', 'anytown');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'anytown');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.govuk-generic-header')).backgroundColor === 'rgb(0, 112, 60)');
  assert.match(await page.$eval('.govuk-generic-header', (el) => el.textContent), /Anytown Council/);
  assert.match(await page.$eval('#civic-theme', (el) => el.getAttribute('href')), /civic-anytown\.css$/);
  // The choice is kept in the address's query for a link to share.
  await open('components/button/', '?theme=anytown');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.govuk-generic-header')).backgroundColor === 'rgb(0, 112, 60)');
});

/** Every example is drawn in Welsh: Civic's in the page, govuk-frontend's in Welsh frames. */
const welshDrawn = () => [...document.querySelectorAll('[data-live]')].every((e) => e.lang === 'cy' && e.dataset.started === 'cy')
  && [...document.querySelectorAll('iframe.showcase-frame')].every((f) => f.src.includes(f.classList.contains('showcase-frame--service') ? 'lang=cy' : '.cy.html'));

test('the theme playground applies a readable theme to every example, refuses an unreadable one, and downloads what civic css reads', async () => {
  await open('theme/');
  const state = () => page.$eval('[data-theme-state]', (e) => e.dataset.themeState);
  await page.waitForFunction(() => document.querySelector('[data-theme-state]').dataset.themeState === 'applied');
  const brand = (p = page) => p.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--govuk-brand-colour').trim());
  assert.equal(await brand(), '#1d70b8');
  // White text on yellow buttons would be unreadable: refused, named, and not applied.
  await page.fill('#theme-colours-brand', '#ffdd00');
  await page.waitForFunction(() => document.querySelector('[data-theme-state]').dataset.themeState === 'refused');
  assert.match(await page.$eval('.govuk-error-summary', (e) => e.innerText), /colours\.inverse-text: .* 4\.5:1/);
  assert.equal(await brand(), '#1d70b8', 'an unreadable theme is not applied');
  await page.fill('#theme-colours-brand', 'purple');
  await page.waitForFunction(() => /colours\.brand/.test(document.querySelector('.govuk-error-summary')?.innerText ?? ''));
  assert.match(await page.$eval('#theme-colours-brand-error', (e) => e.innerText), /#rrggbb|colour/i);
  // A readable theme is applied at once, to the page and to the site.
  await page.fill('#theme-colours-brand', '#5a2d82');
  await page.fill('#theme-headerBackground', '#5a2d82');
  await page.fill('input[name="theme-organisation"]', 'Northshire Council');
  await page.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--govuk-brand-colour').trim() === '#5a2d82');
  assert.equal(await state(), 'applied');
  assert.equal(await page.$eval('select[name="theme"]', (s) => s.value), 'custom');
  await page.waitForFunction(() => /Northshire Council/.test(document.querySelector('.showcase-masthead').innerText));
  // The downloads: the theme file, which `civic css --theme-file` turns into the same stylesheet.
  const download = async (id) => decodeURIComponent((await page.$eval(id, (a) => a.getAttribute('href'))).replace(/^data:[^,]*,/, ''));
  await page.waitForFunction(() => document.getElementById('theme-download-css').getAttribute('href').length > 1000);
  const file = await download('#theme-download-file');
  const css = await download('#theme-download-css');
  assert.equal(JSON.parse(file).colours.brand, '#5a2d82');
  const themeFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'civic-theme-')), 'northshire.json');
  fs.writeFileSync(themeFile, file);
  const civic = process.env.CIVIC_BIN ?? path.join(process.env.CARGO_TARGET_DIR ?? path.join(root, 'target'), 'debug/civic');
  assert.equal(execFileSync(civic, ['css', '--theme-file', themeFile]).toString(), css, 'the playground writes what civic css writes');
  // Every example follows: a component's page, and govuk-frontend's examples in their frames.
  await page.click('.showcase-nav a[href="../components/button/"]');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Button');
  assert.equal(await brand(), '#5a2d82');
  await page.locator('iframe.showcase-frame').first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('iframe.showcase-frame').contentWindow?.civicReady === true);
  const frame = page.frames().find((f) => f.url().includes('examples/1.en.html'));
  assert.match(frame.url(), /theme=custom/);
  assert.equal(await brand(frame), '#5a2d82');
});

test('Welsh redraws every example, leaving no English default', async () => {
  const civic = process.env.CIVIC_BIN ?? path.join(process.env.CARGO_TARGET_DIR ?? path.join(root, 'target'), 'debug/civic');
  const messages = execFileSync(civic, ['messages', '--format', 'json']).toString().trim().split('\n').map((line) => JSON.parse(line));
  // Whole strings only: those with a {placeholder} are written with numbers in them.
  const pairs = messages.filter((m) => m.cy && m.en !== m.cy && !m.en.includes('{') && m.en.length > 3);
  assert.ok(pairs.length > 20, 'Civic has Welsh default strings');
  let translated = 0;
  let checked = 0;
  const lanes = [...Array(CRAWL_LANES)].map(() => renewing());
  try {
    await inLanes(components, CRAWL_LANES, async (component, lane) => {
      const page = await lanes[lane]();
      const own = pairs.filter((m) => m.component === component);
      await openIn(page, `components/${component}/`);
      await page.selectOption('select[name="lang"]', 'cy');
      await page.waitForFunction(welshDrawn);
      await page.waitForFunction(() => [...document.querySelectorAll('[id$="-html-code"]')].every((c) => c.textContent.length > 0));
      const civicExamples = await page.$$eval('[data-source="civic"]', (els) => els.map((e) => ({
        key: e.dataset.example,
        // (A whole page in a frame of its own is drawn there: its Welsh is checked with it.)
        text: e.querySelector('.showcase-example__render')?.innerText ?? '',
        source: document.getElementById(`${e.dataset.example}-rust-code`).textContent,
      })));
      const gallery = (await frames(page)).map((f) => ({
        key: f.key, text: f.text, source: page.$eval(`#${f.key}-json-code`, (c) => c.textContent),
      }));
      for (const example of gallery) example.source = await example.source;
      const examples = [...civicExamples, ...gallery];
      const count = (haystack, needle) => haystack.split(needle).length - 1;
      for (const example of examples) {
        for (const { en, cy } of own) {
          // An English default may stay only where the example's own options or code give it.
          assert.ok(count(example.text, en) <= count(example.source, en), `${example.key}: "${en}" is still English in Welsh`);
          if (count(example.text, cy) > 0) translated += 1;
        }
      }
      checked += 1;
    });
  } finally {
    await Promise.all(lanes.map((lane) => lane.close()));
  }
  assert.equal(checked, components.length, 'every component');
  assert.ok(translated > 10, `Welsh defaults shown (${translated})`);
});

test('axe finds no violation on any page, in both themes and both languages', async () => {
  let runs = 0;
  const lanes = [...Array(AXE_LANES)].map(() => renewing());
  const visits = pages.flatMap((pagePath) => ['', '?theme=anytown', '?lang=cy', '?theme=anytown&lang=cy'].map((query) => [pagePath, query]));
  try {
    await inLanes(visits, AXE_LANES, async ([pagePath, query], lane) => {
      const tab = await lanes[lane]();
      await openIn(tab, pagePath, query);
      if (query.includes('cy')) await tab.waitForFunction(welshDrawn);
      if (query.includes('anytown')) await tab.waitForFunction(() => /anytown/.test(document.getElementById('civic-theme').href) && getComputedStyle(document.querySelector('.govuk-generic-header')).backgroundColor === 'rgb(0, 112, 60)');
      assert.deepEqual(await axe(tab), [], `${pagePath}${query}: axe violations`);
      runs += 1;
    });
  } finally {
    await Promise.all(lanes.map((lane) => lane.close()));
  }
  assert.equal(runs, pages.length * 4, 'every page in every theme and language');
  console.log(`axe: ${runs} runs (${pages.length} pages × 2 themes × 2 languages, ${AXE_LANES} tabs at once), no violation`);
});

test('a whole page (the page template) runs in a document of its own, taken over, in the site\'s theme and language', async () => {
  await open('components/page-template/');
  const frames = page.locator('[data-source="civic"] iframe.showcase-frame');
  assert.equal(await frames.count(), 2);
  await frames.first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('[data-source="civic"] iframe').contentWindow?.civicReady === true, null, { timeout: 20000 });
  const frame = page.frames().find((f) => f.url().includes('/components/page-template/live/1.en.html'));
  // One banner, one main, one footer, and the examples module has taken the server's drawing over.
  assert.deepEqual(await frame.$$eval('header, main, footer', (els) => els.map((e) => e.tagName)), ['HEADER', 'MAIN', 'FOOTER']);
  assert.equal(await frame.$eval('[data-live]', (e) => e.dataset.started), 'en');
  assert.equal(await frame.$eval('.govuk-skip-link', (a) => a.getAttribute('href')), '#main-content');
  assert.deepEqual(await axe(frame), [], 'the page template example: axe');
  await frames.nth(1).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('[data-source="civic"] iframe')[1].contentWindow?.civicReady === true, null, { timeout: 20000 });
  const beta = page.frames().find((f) => f.url().includes('/components/page-template/live/2.en.html'));
  assert.deepEqual(await axe(beta), [], 'the page template example with a phase banner: axe');
  await page.selectOption('select[name="lang"]', 'cy');
  // The frame's own document, not the English one it replaces.
  await page.waitForFunction(() => {
    const frame = document.querySelector('[data-source="civic"] iframe').contentWindow;
    return /live\/1\.cy\.html/.test(frame?.location.href) && frame.civicReady === true;
  }, null, { timeout: 20000 });
  const welsh = page.frames().find((f) => f.url().includes('/components/page-template/live/1.cy.html'));
  assert.equal(await welsh.$eval('.govuk-skip-link', (a) => a.textContent.trim()), 'Neidio i’r prif gynnwys');
  assert.deepEqual(await axe(welsh), [], 'the page template example in Welsh: axe');
  await page.selectOption('select[name="lang"]', 'en');
});

test('each page shows the axe result for its examples, run when asked, and it names what fails', async () => {
  for (const pagePath of ['components/radios/', 'components/page-template/', 'patterns/missed-bin-service/']) {
    await open(pagePath);
    const examples = await page.$$eval('.showcase-example', (els) => els.length);
    assert.ok(examples > 0, pagePath);
    await page.click('[data-axe-run]');
    await page.waitForFunction(() => /axe-core/.test(document.querySelector('.showcase-axe-result').innerText), null, { timeout: 60000 });
    // Nothing but the accessibility sweep's known failures, which govuk-frontend's own
    // examples share (radios' aria-expanded), each marked with its reason.
    const shown = await page.$eval('.showcase-axe-result', (e) => e.innerText);
    assert.match(shown.split('\n')[0],
      new RegExp(`^axe-core \\d+\\.\\d+\\.\\d+ checked ${examples} examples? against WCAG 2\\.2 A and AA and best practice: (no violations|\\d+ violations?, each one known and shared with govuk-frontend’s own example)\\.$`), `${pagePath}: ${shown}`);
    const listed = await page.$$eval('.showcase-axe-result li', (items) => items.map((li) => li.textContent));
    assert.ok(listed.every((line) => / \(known: .+\)$/.test(line)), listed.join('\n'));
    if (pagePath === 'components/radios/') assert.ok(listed.length > 0 && listed.every((line) => line.includes('aria-allowed-attr')), 'radios: the known aria-expanded');
  }
  // A fault put into an example is found, and named with its example and rule.
  await open('components/input/');
  await page.evaluate(() => document.querySelector('.showcase-example__render').insertAdjacentHTML('beforeend', '<img src="data:,">'));
  await page.click('[data-axe-run]');
  await page.waitForFunction(() => /axe-core/.test(document.querySelector('.showcase-axe-result').innerText), null, { timeout: 60000 });
  const shown = await page.$eval('.showcase-axe-result', (e) => e.innerText);
  assert.match(shown, /: 1 violation, 1 not known before\./);
  const first = await page.$eval('[data-source="civic"] h3', (h) => h.textContent);
  assert.ok(shown.includes(`${first}: image-alt (critical) at`), shown);
});

/** The shipped services, each run live on its pattern's page (`patterns/<name>-service/`). */
const definition = (name) => JSON.parse(fs.readFileSync(path.join(root, 'patterns/services', `${name}.json`), 'utf8'));
const services = fs.readdirSync(path.join(root, 'patterns/services')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5))
  .filter((name) => Array.isArray(definition(name).pages)).sort();

test('both example services run live on their pages, in their own documents, in the site\'s theme and language', async () => {
  assert.deepEqual(services, ['blue-badge', 'missed-bin']);
  for (const name of services) assert.ok(pages.includes(`patterns/${name}-service/`), `${name} has a pattern page`);
  // Report a missed bin collection, framed on its page: start, a blank answer refused, an
  // answer taken, and every address under the site's sub-path.
  await open('patterns/missed-bin-service/');
  const framed = () => page.frames().find((f) => f.url().includes('/services/missed-bin/'));
  await page.locator('iframe.showcase-frame--service').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('iframe.showcase-frame--service').contentWindow?.civicReady === true, null, { timeout: 30000 });
  let frame = framed();
  await frame.waitForSelector('#service a.govuk-button--start');
  assert.deepEqual(await frame.$$eval('#service h1', (hs) => hs.map((h) => h.textContent.trim())), ['Report a missed bin collection']);
  assert.match(await frame.$eval('#service a.govuk-button--start', (a) => a.getAttribute('href')), new RegExp(`^${BASE}services/missed-bin/address$`));
  await frame.click('#service a.govuk-button--start');
  await frame.waitForSelector('[name="address-line1"]');
  assert.ok(framed().url().endsWith(`${BASE}services/missed-bin/address`), framed().url());
  frame = framed();
  await frame.click('#service form button.govuk-button');
  await frame.waitForSelector('.govuk-error-summary');
  assert.match(await frame.$eval('.govuk-error-summary', (e) => e.innerText), /Enter address line 1/);
  await frame.fill('[name="address-line1"]', '1 High Street');
  await frame.fill('[name="address-town"]', 'Anytown');
  await frame.fill('[name="address-postcode"]', 'SW1A 2AA');
  await frame.click('#service form button.govuk-button');
  await frame.waitForSelector('[name="bins"]');
  assert.ok(framed().url().endsWith(`${BASE}services/missed-bin/bins`), framed().url());
  // The frame fits the page it shows.
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe.showcase-frame--service');
    return Math.abs(f.getBoundingClientRect().height - f.contentDocument.documentElement.scrollHeight) <= 2;
  });
  // The Rust tab is the example as written; the HTML tab its start page.
  const key = await page.$eval('[data-source="civic"]', (e) => e.dataset.example);
  assert.ok(fs.readFileSync(path.join(patternsDir, 'missed-bin-service.rs'), 'utf8').includes(await page.$eval(`#${key}-rust-code`, (c) => c.textContent)));
  assert.match(await page.$eval(`#${key}-html-code`, (c) => c.textContent), /govuk-button--start/);
  // Every page of a service opens directly by its address (a reload, or a shared link): with
  // nothing answered, the flow sends the person to its first question.
  for (const name of services) {
    const flow = definition(name);
    for (const id of flow.pages.map((p) => p.id)) {
      const response = await fetch(url(`services/${name}/${id}`));
      assert.equal(response.status, 200, `services/${name}/${id}`);
    }
  }
  // In a new tab, a session of its own: nothing answered there, so any page of the service
  // leads to its first question.
  const tab = await newTab();
  await tab.goto(url('services/missed-bin/check-answers'));
  await tab.waitForFunction(() => window.civicReady === true && location.pathname.endsWith('/services/missed-bin/address'));
  assert.match(await tab.title(), /What is the address of the missed collection\?/);
  await tab.close();
  // The Blue Badge service in Welsh and in Anytown's theme, as the site's toggles pick them.
  await open('patterns/blue-badge-service/');
  await page.selectOption('select[name="lang"]', 'cy');
  await page.selectOption('select[name="theme"]', 'anytown');
  await page.locator('iframe.showcase-frame--service').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe.showcase-frame--service');
    const loaded = f.contentWindow?.location.href ?? '';
    return /lang=cy/.test(loaded) && /theme=anytown/.test(loaded) && f.contentWindow.civicReady === true
      && f.contentDocument.querySelector('#service a.govuk-button--start');
  }, null, { timeout: 30000 });
  frame = page.frames().find((f) => f.url().includes('/services/blue-badge/'));
  assert.deepEqual(await frame.$$eval('#service h1', (hs) => hs.map((h) => h.textContent.trim())), [definition('blue-badge').title.cy]);
  assert.match(await frame.$eval('#civic-theme', (l) => l.getAttribute('href')), /civic-anytown\.css$/);
  await frame.click('#service a.govuk-button--start');
  await frame.waitForSelector('[name="who"]');
  assert.match(await frame.$eval('#civic-theme', (l) => l.getAttribute('href')), /civic-anytown\.css$/, 'the theme is kept for the pages after the first');
  assert.match(await frame.$eval('#service h1, #service legend', (h) => h.textContent), new RegExp(definition('blue-badge').pages[0].questions[0].heading.cy.replace(/[’?]/g, '.')));
  // Back to the default theme: the service follows rather than keeping the last one chosen.
  await page.selectOption('select[name="theme"]', 'civic');
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe.showcase-frame--service');
    return /theme=civic/.test(f.contentWindow?.location.href ?? '') && f.contentWindow.civicReady === true;
  }, null, { timeout: 30000 });
  frame = page.frames().find((f) => f.url().includes('/services/blue-badge/'));
  assert.match(await frame.$eval('#civic-theme', (l) => l.getAttribute('href')), /civic-civic\.css$/);
  // axe on each service's start page and its first question with errors, in English and Welsh.
  for (const name of services) {
    for (const lang of ['en', 'cy']) {
      const start = await newTab();
      await start.goto(url(`services/${name}/`, `?lang=${lang}`));
      await start.waitForSelector('#service a.govuk-button--start');
      assert.deepEqual(await axe(start), [], `services/${name}/ in ${lang}: axe`);
      await start.click('#service a.govuk-button--start');
      await start.waitForSelector('#service form button.govuk-button');
      await start.click('#service form button.govuk-button');
      await start.waitForSelector('.govuk-error-summary');
      assert.deepEqual(await axe(start), [], `services/${name}/${definition(name).pages[0].id} with errors in ${lang}: axe`);
      await start.close();
    }
  }
  // The language is read by Civic's own `Locale::from_tag`: a regional tag is its language,
  // and a language Civic does not ship falls back to English.
  for (const [asked, drawn, start] of [['cy-GB', 'cy', 'Dechrau nawr'], ['fr', 'en', 'Start now']]) {
    const tab = await newTab();
    await tab.goto(url('services/missed-bin/', `?lang=${asked}`));
    await tab.waitForSelector('#service a.govuk-button--start');
    assert.equal(await tab.evaluate(() => document.documentElement.lang), drawn, `?lang=${asked}`);
    assert.match(await tab.$eval('#service a.govuk-button--start', (a) => a.textContent), new RegExp(start), `?lang=${asked}`);
    await tab.close();
  }
  // With JavaScript off the service's document says where it runs without it.
  await noScript.goto(url('services/missed-bin/'));
  assert.match(await noScript.$eval('#service', (e) => e.innerText), /civic prototype patterns\/services\/missed-bin\.json/);
});

test('no console errors anywhere', () => {
  assert.deepEqual(consoleErrors, []);
});
