// Step-by-step navigation's behaviour (issue #11) against its peer, in Chromium: the GOV.UK
// Prototype Kit plugin's own script (`@govuk-prototype-kit/step-by-step` 2.2.4) and Civic's
// behaviour (as a Leptos app runs it: the enhancer keeps to govuk-frontend's components) start
// on the same markup (the plugin's two templates), then take the same clicks;
// after each, the two step by steps must be the same DOM, with the same remembered state. A
// third side draws the steps with Civic's Leptos component (whose markup the native test
// proves equal to the templates) and must end the same way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../browser/serve.mjs';
import { requireBuilt, root, startServer } from '../accessibility/pages.mjs';

const plugin = path.join(root, 'node_modules/@govuk-prototype-kit/step-by-step');
const template = (name) => {
  const text = fs.readFileSync(path.join(plugin, 'templates', name), 'utf8');
  const start = text.indexOf('<div data-module="appstepnav"');
  // The step by step's <div> and its <ol> close with the first "</ol>\n    </div>".
  const end = text.indexOf('</div>', text.indexOf('</ol>\n    </div>', start)) + '</div>'.length;
  return text.slice(start, end);
};
const json = (value) => JSON.stringify(value).replaceAll('<', '\\u003c');

let server;
let browser;
let context;

before(async () => {
  requireBuilt({ leptos: true, enhancer: false });
  server = await startServer();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
});
after(async () => { await browser?.close(); await server?.close(); });

const BODY = "<script>document.body.className += ' js-enabled';</script>";

/** A page with the step by step started by `side`. */
function page(side, markup) {
  const script = {
    plugin: `<script src="/npm/@govuk-prototype-kit/step-by-step/javascripts/step-by-step-polyfills.js"></script>
<script src="/npm/@govuk-prototype-kit/step-by-step/javascripts/step-by-step-navigation.js"></script>
<script>new GOVUK.Modules.AppStepNav(document.querySelector('#step-by-step-navigation')).init(); window.__ready = true;</script>`,
    civic: `<script type="module">import init, { start_behaviours } from '/leptos/host.js';
await init({ module_or_path: '/leptos/host_bg.wasm' }); start_behaviours(); window.__ready = true;</script>`,
  }[side];
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>step by step</title>
<link rel="stylesheet" href="/css/civic.css"></head><body class="govuk-template__body">${BODY}
<main id="main">${markup}</main>${script}</body></html>`;
}

/** The step by step as a canonical list: tags, attributes (class tokens sorted; start-up markers left out) and text. */
async function dom(tab) {
  return tab.evaluate(() => {
    const out = [];
    const walk = (node, depth) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent.replace(/\s+/g, ' ').trim();
        if (text) out.push(`${' '.repeat(depth)}"${text}"`);
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const attrs = [...node.attributes]
        .filter((a) => !/^data-(appstepnav|govuk-[a-z-]+)-init$/.test(a.name))
        .map((a) => `${a.name}="${a.name === 'class' ? a.value.split(/\s+/).filter(Boolean).sort().join(' ') : a.value}"`)
        .sort();
      out.push(`${' '.repeat(depth)}<${node.localName} ${attrs.join(' ')}>`);
      for (const child of node.childNodes) walk(child, depth + 1);
    };
    walk(document.querySelector('#step-by-step-navigation'), 0);
    return { dom: out, storage: { ...sessionStorage } };
  });
}

/** Loads `html` in a fresh tab and waits for its script. */
async function load(html) {
  const tab = await context.newPage();
  tab.errors = [];
  tab.on('pageerror', (e) => tab.errors.push(String(e)));
  const url = `${server.base}/page/step-${Math.random().toString(36).slice(2)}`;
  await tab.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await tab.goto(url);
  await tab.waitForFunction(() => window.__ready === true);
  return tab;
}

/** The clicks both sides take, each followed by a comparison. */
const CLICKS = [
  ['the second step', '.js-step:nth-child(2) .js-toggle-panel'],
  ['its title text again', '.js-step:nth-child(2) .js-step-title-text'],
  ['the fourth step ("and")', '.js-step:nth-child(4) .js-toggle-panel'],
  ['"Show all steps"', '.js-step-controls-button'],
  ['the first step, closing it', '.js-step:nth-child(1) .js-toggle-panel'],
  ['"Show all steps" again', '.js-step-controls-button'],
  ['"Hide all steps"', '.js-step-controls-button'],
];

for (const [name, file, remember] of [
  ['large', 'step-by-step-navigation.html', false],
  ['large, remembering steps', 'step-by-step-navigation.html', true],
  ['small, beside the first page', 'start-with-step-by-step.html', false],
]) {
  test(`the ${name} step by step behaves as the plugin's`, async () => {
    let markup = template(file);
    if (remember) markup = markup.replace('data-module="appstepnav"', 'data-module="appstepnav" data-remember data-id="learn-to-drive"');
    const tabs = { plugin: await load(page('plugin', markup)), civic: await load(page('civic', markup)) };
    const same = async (step) => {
      const [a, b] = [await dom(tabs.plugin), await dom(tabs.civic)];
      assert.deepEqual(b.dom, a.dom, `${name}, ${step}: the DOM`);
      // The plugin keeps steps shown without a \`data-id\` under "false"; Civic under a name of its own.
      const peerStorage = Object.fromEntries(Object.entries(a.storage).map(([k, v]) => [k === 'false' ? 'app-step-nav-shown-steps' : k, v]));
      assert.deepEqual(b.storage, peerStorage, `${name}, ${step}: session storage`);
    };
    await same('started');
    for (const [what, selector] of CLICKS) {
      for (const tab of Object.values(tabs)) await tab.click(`#step-by-step-navigation ${selector}`);
      await same(`after clicking ${what}`);
    }
    if (remember) {
      // Opened steps come back after a reload.
      for (const tab of Object.values(tabs)) {
        await tab.click('#step-by-step-navigation .js-step:nth-child(3) .js-toggle-panel');
        await tab.reload();
        await tab.waitForFunction(() => window.__ready === true);
      }
      await same('reloaded');
      const shown = await tabs.civic.evaluate(() => [...document.querySelectorAll('.step-is-shown')].map((s) => s.id));
      assert.deepEqual(shown, ['driving-lessons-and-practice']);
    }
    // By keyboard: a step's title is a button, and Enter opens it.
    await tabs.civic.focus('#step-by-step-navigation .js-step:nth-child(5) .js-step-title-button');
    await tabs.civic.keyboard.press('Enter');
    assert.equal(await tabs.civic.getAttribute('#step-by-step-navigation .js-step:nth-child(5) .js-step-title-button', 'aria-expanded'), 'true');
    for (const tab of Object.values(tabs)) {
      assert.deepEqual(tab.errors, []);
      await tab.close();
    }
  });
}

test('the Leptos component draws and starts the same step by step', async () => {
  const peer = await load(page('plugin', template('step-by-step-navigation.html')));
  const steps = await peer.evaluate(() => [...document.querySelectorAll('.js-step')].map((step) => ({
    title: step.querySelector('.js-step-title-text').textContent.trim(),
    logic: step.querySelector('.app-step-nav__circle--logic') ? 'and' : undefined,
    paragraphs: [...step.querySelectorAll('.app-step-nav__paragraph')].map((p) => p.textContent),
    links: [...step.querySelectorAll('.js-link')].map((a) => ({
      text: [...a.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim(),
      href: a.getAttribute('href'),
      context: a.querySelector('.app-step-nav__context')?.textContent,
      external: a.getAttribute('rel') === 'external',
    })),
  })));
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>step by step</title></head>
<body class="govuk-template__body">${BODY}<main id="main"></main>
<script type="module">import init, { mount_step_by_step } from '/leptos/host.js'; await init({ module_or_path: '/leptos/host_bg.wasm' });
mount_step_by_step(${json(JSON.stringify({ steps }))});
await new Promise((resolve) => setTimeout(resolve, 50)); window.__ready = true;</script></body></html>`;
  const leptos = await load(html);
  await leptos.waitForSelector('.js-step-controls-button');
  assert.deepEqual((await dom(leptos)).dom, (await dom(peer)).dom);
  await leptos.click('#step-by-step-navigation .js-step-controls-button');
  await peer.click('#step-by-step-navigation .js-step-controls-button');
  assert.deepEqual((await dom(leptos)).dom, (await dom(peer)).dom);
  assert.deepEqual(leptos.errors, []);
  await peer.close();
  await leptos.close();
});
