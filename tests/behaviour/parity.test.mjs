// Behaviour parity with govuk-frontend 6.6.0, in Chromium (issue #9).
//
// For every fixture of every component that has a Civic behaviour (a `behaviour.rs` in its
// folder), the same HTML is loaded twice: with govuk-frontend's CSS and its own `initAll()`,
// and with Civic's stylesheet and Civic's enhancer (`civic.js` + `civic_bg.wasm`, from
// `cargo xtask dist`). The pages must be DOM-equivalent (the markup contract's normalisation,
// plus which element has focus) after start-up and again after each step of a scripted
// interaction: clicks, keys, typing to and past limits, waiting for delayed announcements,
// reloading for remembered state. Every step of every fixture is counted and printed; any miss
// fails. One browser serves the whole run, fixtures run in BEHAVIOUR_LANES lanes of four tabs
// (default 3), and every page is served from memory by a small HTTP server in this process.
//
// The same steps also run on two more pages, where Civic's Leptos components
// (`<Accordion options=…/>`, …, from the fixture's options) start their own behaviours as in
// a Leptos app: mounted client-side, and rendered on the server then hydrated. Those pages
// must match govuk-frontend's too.
//
// Inputs: CIVIC_DIST (default target/civic-dist), CIVIC_LEPTOS_HOST (default
// target/civic-leptos-host). BEHAVIOUR_ONLY=radios,tabs limits the run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { contentType, fileReader, inLanes, laneCount, launch } from '../browser/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const govuk = path.join(root, 'node_modules/govuk-frontend/dist/govuk');
const dist = process.env.CIVIC_DIST ?? path.join(root, 'target/civic-dist');
// Civic's Leptos components, mounted client-side (tests/leptos-host, built by `cargo xtask test
// behaviour`): the third side, whose behaviours start as they do in a Leptos app.
const leptosHost = process.env.CIVIC_LEPTOS_HOST ?? path.join(root, 'target/civic-leptos-host');
// The same components rendered on the server (the host's `ssr` binary), for the fourth side,
// which hydrates them.
const leptosSsr = process.env.CIVIC_LEPTOS_SSR
  ?? path.join(process.env.CARGO_TARGET_DIR ?? path.join(root, 'target'), 'debug/civic-leptos-host');
const only = process.env.BEHAVIOUR_ONLY ? process.env.BEHAVIOUR_ONLY.split(',') : null;

/** govuk-frontend's 13 components with a script. */
const SCRIPTED = ['accordion', 'button', 'character-count', 'checkboxes', 'error-summary', 'exit-this-page',
  'file-upload', 'notification-banner', 'password-input', 'radios', 'service-navigation', 'skip-link', 'tabs'];
/** Those that Civic gives a behaviour: each folder with a behaviour.rs. */
const componentsDir = path.join(root, 'components/src/components');
const BEHAVING = SCRIPTED.filter((c) => fs.existsSync(path.join(componentsDir, c.replaceAll('-', '_'), 'behaviour.rs')));


// The template's inline snippet: govuk-frontend needs it; Civic's enhancer adds
// `govuk-frontend-supported` itself, so its page only says that JavaScript runs.
// Scripts and stylesheets come from one origin (`assets`), so that Chromium's HTTP cache
// keeps them across pages; each page has a host of its own (see `open`).
const SIDES = {
  govuk: {
    css: '/govuk/govuk-frontend.min.css',
    snippet: "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');",
    start: (assets) => `import { initAll } from '${assets}/govuk/govuk-frontend.min.js'; const t = performance.now(); initAll(); window.__initMs = performance.now() - t;`,
  },
  civic: {
    css: '/civic/civic.css',
    snippet: "document.body.className += ' js-enabled';",
    start: (assets) => `import init, { initAll } from '${assets}/civic/civic.js'; await init(); const t = performance.now(); initAll(); window.__initMs = performance.now() - t;`,
  },
};

/**
 * A Leptos side's page. `leptos`: an empty <main>, the component mounted into it from its
 * options. `hydrated`: <main> holds the server's rendering (`ssr`), which is hydrated.
 */
function leptosPage(side, { component, options, ssr }, extra) {
  const json = (value) => JSON.stringify(value).replaceAll('<', '\\u003c');
  const start = side === 'leptos'
    ? `import init, { mount } from '${assets}/leptos/host.js'; await init({ module_or_path: '${assets}/leptos/host_bg.wasm' });
mount(${json(component)}, ${json(JSON.stringify(options))});
document.getElementById('main').insertAdjacentHTML('beforeend', ${json(extra)});`
    : `import init, { hydrate } from '${assets}/leptos/hydrated.js'; await init({ module_or_path: '${assets}/leptos/hydrated_bg.wasm' });
hydrate(${json(component)}, ${json(JSON.stringify(options))});`;
  return `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>fixture</title><link rel="stylesheet" href="${assets}/civic/civic.css"></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled';</script><main id="main">${side === 'hydrated' ? ssr + extra : ''}</main>
<script>window.__clicks = []; window.addEventListener('click', (e) => window.__clicks.push(e.defaultPrevented));</script>
<script type="module">${start}
setTimeout(() => { window.__ready = true; }, 0);</script></body></html>`;
}

/** Every behaving fixture rendered on the server by Civic's Leptos components, by component and name. */
function serverRendered() {
  const fixtures = BEHAVING.flatMap((component) => JSON.parse(fs.readFileSync(path.join(govuk, 'components', component, 'fixtures.json'), 'utf8'))
    .fixtures.map((f) => ({ component, name: f.name, options: f.options })));
  const input = fixtures.map(({ component, options }) => JSON.stringify({ component, options })).join('\n');
  const lines = execFileSync(leptosSsr, { input, maxBuffer: 1 << 28 }).toString().trim().split('\n');
  assert.equal(lines.length, fixtures.length, 'one server rendering per fixture');
  return new Map(fixtures.map((f, i) => [`${f.component}/${f.name}`, JSON.parse(lines[i])]));
}

function page(side, html, extra = '') {
  const s = SIDES[side];
  return `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>fixture</title><link rel="stylesheet" href="${assets}${s.css}"></head>
<body class="govuk-template__body"><script>${s.snippet}</script><main id="main">${html}${extra}</main>
<script>window.__clicks = []; window.addEventListener('click', (e) => window.__clicks.push(e.defaultPrevented));</script>
<script type="module">${s.start(assets)} window.__ready = true;</script></body></html>`;
}

/** Runs in the page: the normalised DOM of <main>, which element has focus, and what clicks did. */
function snapshot() {
  const BOOLEAN = new Set(['checked', 'disabled', 'hidden', 'multiple', 'open', 'readonly', 'required', 'selected']);
  const collapse = (t) => t.replace(/\s+/g, ' ').trim();
  const norm = (el) => {
    const attrs = [...el.attributes]
      .filter((a) => !(a.name === 'class' && !a.value.trim()))
      .map((a) => [a.name, a.name === 'class' ? a.value.split(/\s+/).filter(Boolean).sort().join(' ')
        : BOOLEAN.has(a.name) && (a.value === '' || a.value.toLowerCase() === a.name) ? '' : collapse(a.value)])
      .sort((x, y) => (x[0] < y[0] ? -1 : 1));
    const children = [];
    let text = '';
    const flush = () => { const t = collapse(text); if (t) children.push(t); text = ''; };
    for (const node of el.childNodes) {
      if (node.nodeType === 3) text += node.data;
      else if (node.nodeType === 1) { flush(); children.push(norm(node)); }
    }
    flush();
    return [el.localName, attrs, children];
  };
  const main = document.getElementById('main');
  const where = (el) => {
    if (!el || el === document.body) return 'body';
    const steps = [];
    for (let at = el; at && at !== main; at = at.parentElement) steps.unshift(at.localName + ':' + [...at.parentElement.children].indexOf(at));
    return steps.join('>');
  };
  const value = (el) => ('value' in el ? el.value : undefined);
  return JSON.stringify({
    dom: main ? norm(main) : null,
    focus: where(document.activeElement),
    values: main ? [...main.querySelectorAll('input, textarea')].map((el) => [value(el), el.checked, el.type]) : [],
    clicks: window.__clicks,
    supported: document.body.classList.contains('govuk-frontend-supported'),
    body: [...document.body.classList].filter((c) => c.startsWith('govuk-exit')).join(' '),
    overlay: document.querySelector('.govuk-exit-this-page-overlay')?.outerHTML ?? null,
    after: main?.nextElementSibling?.outerHTML ?? null,
    hash: location.hash,
  });
}

// Interactions, by component: each a list of [name, async (tab) => {}] run in order on both
// sides, with a snapshot compared after each.
const click = (selector, index = 0) => async (tab) => {
  await tab.evaluate(([s, i]) => document.querySelectorAll(s)[i]?.click(), [selector, index]);
};
const key = (selector, keyName, index = 0) => async (tab) => {
  await tab.evaluate(([s, i]) => document.querySelectorAll(s)[i]?.focus(), [selector, index]);
  await tab.keyboard.press(keyName);
};
const wait = (ms) => async (tab) => tab.waitForTimeout(ms);
const resize = (width) => async (tab) => { await tab.setViewportSize({ width, height: 700 }); await tab.waitForTimeout(100); };

function steps(component, count) {
  const n = (max) => [...Array(Math.min(count, max)).keys()];
  switch (component) {
    case 'accordion':
      return [
        ['show all sections', click('.govuk-accordion__show-all')],
        ['close the first section', click('.govuk-accordion__section-button', 0)],
        ['reload (remembered sections)', async (tab) => { await tab.reload(); await tab.waitForFunction(() => window.__ready === true); }],
        ['hide all sections', async (tab) => { await click('.govuk-accordion__show-all')(tab); await click('.govuk-accordion__show-all')(tab); }],
        ['Enter on the last section', async (tab) => {
          const last = await tab.evaluate(() => document.querySelectorAll('.govuk-accordion__section-button').length - 1);
          await key('.govuk-accordion__section-button', 'Enter', last)(tab);
        }],
        ['Space on the first section', key('.govuk-accordion__section-button', 'Space', 0)],
        ['go to hidden content by its link', async (tab) => {
          await click('.govuk-accordion__show-all')(tab);
          await tab.evaluate(() => {
            const hidden = document.querySelector('.govuk-accordion__section-content[hidden]');
            if (hidden?.id) location.hash = hidden.id;
          });
          await tab.waitForTimeout(50);
        }],
      ];
    case 'tabs':
      return [
        ['click the second tab', click('.govuk-tabs__tab', 1)],
        ['ArrowRight', key('.govuk-tabs__list-item--selected .govuk-tabs__tab', 'ArrowRight')],
        ['ArrowLeft', key('.govuk-tabs__list-item--selected .govuk-tabs__tab', 'ArrowLeft')],
        ['ArrowLeft past the first', async (tab) => { await key('.govuk-tabs__tab', 'ArrowLeft', 0)(tab); }],
        ['back to the first tab by its address', async (tab) => {
          await tab.evaluate(() => { const first = document.querySelector('.govuk-tabs__tab'); if (first) location.hash = first.hash.slice(1); });
          await tab.waitForTimeout(50);
        }],
        ['narrow viewport (375px)', resize(375)],
        ['wide again (1024px)', resize(1024)],
      ];
    case 'service-navigation':
      return [
        ['narrow viewport (375px)', resize(375)],
        ['open the menu', click('.govuk-js-service-navigation-toggle')],
        ['close the menu by keyboard', key('.govuk-js-service-navigation-toggle', 'Enter')],
        ['open it again', click('.govuk-js-service-navigation-toggle')],
        ['wide again (1024px)', resize(1024)],
        ['narrow again', resize(375)],
      ];
    case 'exit-this-page':
      return [
        ['Shift once', async (tab) => tab.keyboard.press('Shift')],
        ['Shift twice', async (tab) => tab.keyboard.press('Shift')],
        ['another key resets the count', async (tab) => tab.keyboard.press('a')],
        ['the expired message clears after 5 s', wait(5200)],
        ['Shift with another key held', async (tab) => { await tab.keyboard.down('Shift'); await tab.keyboard.press('a'); await tab.keyboard.up('Shift'); }],
        ['pageshow', async (tab) => tab.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })))],
        ['Shift three times leaves', async (tab) => {
          for (let i = 0; i < 3; i += 1) await tab.keyboard.press('Shift');
          // Leaving is a navigation the behaviour starts after the third press; on a loaded
          // machine it can start after the snapshot would be taken. Wait for it (a side that
          // never leaves still shows up in the snapshot, two seconds later).
          await tab.waitForFunction(() => document.body?.textContent === 'navigated' || location.protocol === 'chrome-error:', null, { timeout: 2000 })
            .catch(() => {});
        }],
      ];
    case 'file-upload': {
      const input = 'input[type="file"]';
      const drag = (kind, onButton) => async (tab) => tab.evaluate(([k, b]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['x'], 'photo.jpg', { type: 'image/jpeg' }));
        const target = b ? document.querySelector('.govuk-file-upload-button') ?? document.querySelector('input[type="file"]') : document.querySelector('#main');
        target.dispatchEvent(new DragEvent(k, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }, [kind, onButton]);
      return [
        ['choose a file', async (tab) => tab.setInputFiles(input, { name: 'letter.pdf', mimeType: 'application/pdf', buffer: Buffer.from('x') })],
        ['choose two files', async (tab) => {
          if (await tab.evaluate(() => document.querySelector('input[type="file"]').multiple)) {
            await tab.setInputFiles(input, [1, 2].map((n) => ({ name: `page-${n}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from('x') })));
          }
        }],
        ['choose none', async (tab) => tab.setInputFiles(input, [])],
        ['drag a file over the drop zone', drag('dragenter', true)],
        ['drag it out of the page area', drag('dragenter', false)],
        ['drag in again', drag('dragenter', true)],
        ['drop it', drag('drop', true)],
        ['drag leaves', drag('dragleave', false)],
        ['disable the field', async (tab) => { await tab.evaluate(() => { document.querySelector('input[type="file"]').disabled = true; }); await tab.waitForTimeout(20); }],
        ['enable it', async (tab) => { await tab.evaluate(() => { document.querySelector('input[type="file"]').disabled = false; }); await tab.waitForTimeout(20); }],
      ];
    }
    case 'button':
      return [
        ['space on a link button', key('[data-module="govuk-button"]', 'Space')],
        ['click twice', async (tab) => { await click('[data-module="govuk-button"]')(tab); await click('[data-module="govuk-button"]')(tab); }],
        // Past govuk-frontend's 1 s debounce with room to spare: other lanes' load makes timers late.
        ['click after a second', async (tab) => { await wait(1500)(tab); await click('[data-module="govuk-button"]')(tab); }],
      ];
    case 'checkboxes':
    case 'radios': {
      const input = `[data-module="govuk-${component}"] input`;
      return [
        ...n(4).map((i) => [`click choice ${i + 1}`, click(input, i)]),
        ['space on choice 1', key(input, 'Space', 0)],
        ['click choice 2 again', click(input, 1)],
        ['pageshow', async (tab) => tab.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })))],
      ];
    }
    case 'character-count': {
      const field = '.govuk-js-character-count';
      const fill = (text) => async (tab) => { await tab.focus(field); await tab.fill(field, text); };
      return [
        ['type under the limit', fill('Hello')],
        ['type to the limit', async (tab) => {
          const limit = await tab.evaluate(() => {
            const root = document.querySelector('[data-module="govuk-character-count"]');
            return Number(root.dataset.maxlength || root.dataset.maxwords || 10);
          });
          await fill(Array(limit).fill('a').join(' ').slice(0, limit))(tab);
        }],
        ['type past the limit', async (tab) => { await tab.focus(field); await tab.keyboard.type(' and then some more words'); }],
        ['pause for the screen-reader message', wait(1600)],
        ['delete everything', fill('')],
        ['pause again', wait(1600)],
        ['leave the field', key('body', 'Tab')],
      ];
    }
    case 'error-summary':
      return [
        ['click the first link', click('.govuk-error-summary__list a')],
        ['tab away', async (tab) => tab.keyboard.press('Tab')],
      ];
    case 'notification-banner':
      return [['tab away', async (tab) => tab.keyboard.press('Tab')]];
    case 'password-input':
      return [
        ['show', click('.govuk-js-password-input-toggle')],
        ['hide', click('.govuk-js-password-input-toggle')],
        ['show by keyboard', key('.govuk-js-password-input-toggle', 'Enter')],
        ['pageshow from the cache', async (tab) => tab.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })))],
      ];
    case 'skip-link':
      return [
        ['follow the skip link', click('.govuk-skip-link')],
        ['tab away', async (tab) => tab.keyboard.press('Tab')],
      ];
    default:
      return [];
  }
}

/** The element a skip link points to, so that it has somewhere to go. */
function extraFor(component, html) {
  const target = component === 'skip-link' && /href="#([^"]+)"/.exec(html);
  return target ? `<div id="${target[1]}">Target</div><a href="#">after</a>` : '<a href="#">after</a>';
}

let browser;
let server;
let port;
/** Where the scripts and stylesheets are served from. */
let assets;
let pages = 0;
const serveFile = fileReader();

/**
 * Answers every host under `.parity.test` (Chromium resolves them all to this server): a
 * page's own host gets its fixture page, `assets` the files, with caching headers so that
 * Chromium fetches each once. (Intercepting requests through Playwright instead would send
 * every wasm file to every page over the DevTools protocol and turn off the HTTP cache.)
 */
function answer(req, res) {
  const url = new URL(req.url, 'http://localhost');
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  let body = null;
  if (url.pathname.startsWith('/govuk/')) body = serveFile(govuk, url.pathname.slice(7));
  else if (url.pathname.startsWith('/civic/')) body = serveFile(dist, url.pathname.slice(7));
  else if (url.pathname.startsWith('/leptos/')) body = serveFile(leptosHost, url.pathname.slice(8));
  if (body !== null) {
    res.writeHead(200, {
      'content-type': contentType(url.pathname, 'text/html'),
      'cache-control': 'max-age=3600',
      // The pages are on other hosts, and module scripts are fetched with CORS.
      'access-control-allow-origin': '*',
    });
    return res.end(body);
  }
  // Where a link led, or a file neither side has (govuk-frontend's CSS asks for its fonts):
  // a page that says so.
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
  return res.end(url.pathname === '/fixture' ? (current.get(host) ?? '') : '<main id="main">navigated</main>');
}

before(async () => {
  for (const f of ['civic.js', 'civic_bg.wasm', 'civic.css']) {
    assert.ok(fs.existsSync(path.join(dist, f)), `${dist}/${f} is missing: run \`cargo xtask dist\``);
  }
  assert.ok(fs.existsSync(leptosSsr), `${leptosSsr} is missing: run \`cargo xtask test behaviour\``);
  for (const f of ['host.js', 'host_bg.wasm', 'hydrated.js', 'hydrated_bg.wasm']) {
    assert.ok(fs.existsSync(path.join(leptosHost, f)), `${leptosHost}/${f} is missing: run \`cargo xtask test behaviour\``);
  }
  server = http.createServer(answer);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = server.address().port;
  assets = `http://assets.parity.test:${port}`;
  // Other hosts (the exit button's default, www.bbc.co.uk) resolve to nothing: no test page
  // reaches the internet, and leaving for one shows Chromium's error page on every side.
  browser = await launch(['--host-resolver-rules=MAP *.parity.test 127.0.0.1, MAP * ~NOTFOUND', '--no-proxy-server']);
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/** A tab, and what its page reports. */
async function newTab() {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  // What each side reports on the console (components that cannot start), in its words.
  const logged = [];
  tab.on('console', (message) => {
    if (message.type() === 'log' || message.type() === 'error') {
      logged.push(message.text().split('\n')[0].replace(/^[A-Za-z]*Error: /, ''));
    }
  });
  return { context, tab, errors, logged };
}

const current = new Map();
async function open(side, tab, html, extra, fixture = null) {
  // A host of its own for each page, so remembered state (session storage) never leaks.
  const host = `${side}-${pages++}.parity.test`;
  current.set(host, side === 'leptos' || side === 'hydrated' ? leptosPage(side, fixture, extra) : page(side, html, extra));
  await tab.goto(`http://${host}:${port}/fixture`);
  await tab.waitForFunction(() => window.__ready === true, null, { timeout: 10000 });
}

/** A snapshot, once any navigation a step started (a link followed) has finished. */
async function take(tab) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await tab.waitForLoadState('load');
      return await tab.evaluate(snapshot);
    } catch (error) {
      if (attempt === 3) throw error;
      await tab.waitForTimeout(50);
    }
  }
}

function firstDifference(a, b) {
  const x = JSON.stringify(JSON.parse(a), null, 1).split('\n');
  const y = JSON.stringify(JSON.parse(b), null, 1).split('\n');
  const i = x.findIndex((line, k) => line !== y[k]);
  return `govuk: ${x.slice(Math.max(0, i - 3), i + 3).join(' ')}\n  civic: ${y.slice(Math.max(0, i - 3), i + 3).join(' ')}`;
}

// Fixtures run in lanes, each with its own four tabs: one lane's pauses (a delayed announcement,
// a reload) overlap another's work, which keeps both cores busy.
const LANES = laneCount('BEHAVIOUR_LANES', 3);
// These compare states between timers (a debounced announcement, a count that resets after
// 5 s), so they run in one lane, after the others: other lanes' load made the timers late.
// (Playwright's fake clock was tried instead of real time: govuk-frontend's debounced message
// still lagged its input on some fixtures, and the fake timers called Civic's timer callbacks
// after their closures had been freed, which the browser's own timers never have.)
const ALONE = new Set(['character-count', 'exit-this-page']);

test('Civic’s enhancer and Leptos components do to every fixture what govuk-frontend’s script does, step by step', async () => {
  const lanes = await Promise.all([...Array(LANES)].map(async () => ({
    govuk: await newTab(), civic: await newTab(), leptos: await newTab(), hydrated: await newTab(),
  })));
  const results = { civic: new Map(), leptos: new Map(), hydrated: new Map() };
  const rendered = serverRendered();
  const failures = [];
  const timings = [];
  const count = (side, key, same, miss) => {
    const r = results[side].get(key) ?? { same: 0, total: 0 };
    r.total += 1;
    if (same) r.same += 1;
    else failures.push(`[${side}] ${miss()}`);
    results[side].set(key, r);
  };
  // Every fixture, in order; a key's tallies still come out in component order.
  const queue = BEHAVING.filter((c) => !only || only.includes(c)).flatMap((component) =>
    JSON.parse(fs.readFileSync(path.join(govuk, 'components', component, 'fixtures.json'), 'utf8')).fixtures
      .map((fixture) => ({ component, fixture })));
  for (const { component } of queue) {
    for (const name of ['start-up', ...steps(component, 4).map(([n]) => n), 'console']) {
      for (const side of Object.keys(results)) results[side].set(`${component} / ${name}`, { same: 0, total: 0 });
    }
  }
  const runFixture = async (lane, { component, fixture }) => {
    const extra = extraFor(component, fixture.html);
    const inputs = (fixture.html.match(/<input/g) ?? []).length;
    const run = [['start-up', async () => {}], ...steps(component, inputs)];
    const all = [lane.govuk, lane.civic, lane.leptos, lane.hydrated];
    await Promise.all(all.map((side) => side.tab.setViewportSize({ width: 1024, height: 700 })));
    for (const side of all) side.logged.length = 0;
    await Promise.all([
      open('govuk', lane.govuk.tab, fixture.html, extra),
      open('civic', lane.civic.tab, fixture.html, extra),
      open('leptos', lane.leptos.tab, fixture.html, extra, { component, options: fixture.options }),
      open('hydrated', lane.hydrated.tab, fixture.html, extra,
        { component, options: fixture.options, ssr: rendered.get(`${component}/${fixture.name}`) }),
    ]);
    timings.push({ component, name: fixture.name, size: fixture.html.length });
    for (const [name, act] of run) {
      // Every side at once: their pauses overlap, and no tab waits for another.
      await Promise.all(all.map((side) => act(side.tab)));
      const [a, b, c, d] = await Promise.all(all.map((side) => take(side.tab)));
      const key = `${component} / ${name}`;
      const miss = (other) => () => `${component} / ${fixture.name} / ${name}:\n  ${firstDifference(a, other)}`;
      count('civic', key, a === b, miss(b));
      count('leptos', key, a === c, miss(c));
      count('hydrated', key, a === d, miss(d));
    }
    for (const side of ['civic', 'leptos', 'hydrated']) {
      const theirs = lane[side].logged;
      count(side, `${component} / console`, JSON.stringify(lane.govuk.logged) === JSON.stringify(theirs),
        () => `${component} / ${fixture.name} / console:\n  govuk: ${lane.govuk.logged.join(' | ')}\n  ${side}: ${theirs.join(' | ')}`);
    }
  };
  const shared = queue.filter(({ component }) => !ALONE.has(component));
  await inLanes(shared, LANES, (item, lane) => runFixture(lanes[lane], item));
  for (const item of queue.filter(({ component }) => ALONE.has(component))) await runFixture(lanes[0], item);
  for (const side of Object.values(results)) {
    for (const [key, r] of side) if (r.total === 0) side.delete(key);
  }
  const [{ govuk: govukSide, civic: civicSide }] = lanes;
  console.log('\nbehaviour parity with govuk-frontend (fixtures DOM-equivalent after each step), enhancer | Leptos components client-side | server-rendered and hydrated:');
  for (const [key, r] of results.civic) {
    const [l, h] = [results.leptos.get(key), results.hydrated.get(key)];
    console.log(`  ${key}: ${r.same}/${r.total} | ${l.same}/${l.total} | ${h.same}/${h.total}`);
  }
  const missing = SCRIPTED.filter((c) => !BEHAVING.includes(c));
  console.log(`components with a behaviour: ${BEHAVING.length} of ${SCRIPTED.length}${missing.length ? ` (still to come: ${missing.join(', ')})` : ''}`);
  const largest = timings.sort((x, y) => y.size - x.size)[0];
  if (largest) {
    // One load says little about a millisecond (the page clock is coarsened to 0.1 ms), so
    // the largest page is loaded again and again, the sides taking turns, and medians kept.
    const fixture = JSON.parse(fs.readFileSync(path.join(govuk, 'components', largest.component, 'fixtures.json'), 'utf8'))
      .fixtures.find((f) => f.name === largest.name);
    const extra = extraFor(largest.component, fixture.html);
    const runs = { govuk: [], civic: [] };
    for (let i = 0; i < 25; i += 1) {
      for (const [side, tab] of [['govuk', govukSide.tab], ['civic', civicSide.tab]]) {
        await open(side, tab, fixture.html, extra);
        runs[side].push(await tab.evaluate(() => window.__initMs));
      }
    }
    const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    console.log(`initAll on the largest fixture page (${largest.component} / ${largest.name}, ${fixture.html.length} bytes), median of ${runs.civic.length} loads: govuk-frontend ${median(runs.govuk).toFixed(2)} ms, Civic ${median(runs.civic).toFixed(2)} ms`);
  }
  const errorsOf = (side) => lanes.flatMap((lane) => lane[side].errors);
  const errors = ['govuk', 'civic', 'leptos', 'hydrated'].flatMap((side) => errorsOf(side).map((e) => `${side}: ${e}`));
  if (errors.length) console.log(`page errors:\n  ${errors.slice(0, 10).join('\n  ')}`);
  for (const f of failures.slice(0, 12)) console.log(`\nMISS ${f}`);
  assert.ok(results.civic.size > 0, 'steps compared');
  if (!only) assert.deepEqual(BEHAVING, SCRIPTED, 'every scripted component has a Civic behaviour');
  assert.deepEqual(errorsOf('civic'), [], 'no script errors on the enhancer’s side');
  assert.deepEqual(errorsOf('leptos'), [], 'no script errors on the client-side Leptos page');
  assert.deepEqual(errorsOf('hydrated'), [], 'no script errors on the hydrated page');
  assert.equal(failures.length, 0, `${failures.length} steps differ`);
});

// Markup a component cannot start on: each side must say so on the console, in the same words.
const BROKEN = {
  accordion: '<div class="govuk-accordion" data-module="govuk-accordion" id="a"></div>',
  'character-count': '<div class="govuk-character-count" data-module="govuk-character-count"><textarea class="govuk-js-character-count" id="c"></textarea><div id="c-info"></div></div>',
  'character-count without its message': '<div class="govuk-character-count" data-module="govuk-character-count" data-maxlength="10"><textarea class="govuk-js-character-count" id="d"></textarea></div>',
  checkboxes: '<div class="govuk-checkboxes" data-module="govuk-checkboxes"><input type="checkbox" data-aria-controls="nowhere"></div>',
  'exit-this-page': '<div class="govuk-exit-this-page" data-module="govuk-exit-this-page"><button class="govuk-exit-this-page__button">Exit</button></div>',
  'file-upload': '<div class="govuk-drop-zone" data-module="govuk-file-upload"><input type="file" id="f"></div>',
  'password-input': '<div data-module="govuk-password-input"><input class="govuk-js-password-input-input" type="text"><button class="govuk-js-password-input-toggle" type="button">Show</button></div>',
  radios: '<div class="govuk-radios" data-module="govuk-radios"></div>',
  'service-navigation': '<div data-module="govuk-service-navigation"><button class="govuk-js-service-navigation-toggle" aria-controls="nowhere">Menu</button></div>',
  'skip-link': '<a href="#nowhere" class="govuk-skip-link" data-module="govuk-skip-link">Skip</a>',
  tabs: '<div class="govuk-tabs" data-module="govuk-tabs"><a class="govuk-tabs__tab" href="#p">Tab</a></div>',
};

test('components that cannot start are reported as govuk-frontend reports them', async () => {
  const govukSide = await newTab();
  const civicSide = await newTab();
  const misses = [];
  for (const [name, html] of Object.entries(BROKEN)) {
    govukSide.logged.length = 0;
    civicSide.logged.length = 0;
    await open('govuk', govukSide.tab, html, '');
    await open('civic', civicSide.tab, html, '');
    await Promise.all([govukSide.tab.waitForTimeout(50), civicSide.tab.waitForTimeout(50)]);
    assert.ok(govukSide.logged.length > 0, `${name}: govuk-frontend reports it`);
    if (JSON.stringify(govukSide.logged) !== JSON.stringify(civicSide.logged)) {
      misses.push(`${name}:\n  govuk: ${govukSide.logged.join(' | ')}\n  civic: ${civicSide.logged.join(' | ')}`);
    }
  }
  console.log(`start-up errors reported alike: ${Object.keys(BROKEN).length - misses.length}/${Object.keys(BROKEN).length}`);
  for (const miss of misses) console.log(`MISS ${miss}`);
  assert.equal(misses.length, 0);
});

// Plural forms chosen by the page's language: a Welsh character count whose messages have all
// six of CLDR's Welsh forms, typed to leave 7, 6, 3, 2 and 1 characters (other, many, few, two,
// one), none (which has its own message, `charactersAtLimit`, so Welsh's `zero` form is never
// asked for), then 1 over the limit. Both sides ask the browser's `Intl.PluralRules`;
// govuk-frontend's choice is the reference. A language the browser does not know falls back
// to `other`, as govuk-frontend's does.
const FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const pluralPage = (lang) => `<div lang="${lang}"><div class="govuk-form-group govuk-character-count" data-module="govuk-character-count" data-maxlength="10"
${FORMS.map((f) => ` data-i18n.characters-under-limit.${f}="${f}: %{count} ar ôl"`).join('')}
${FORMS.map((f) => ` data-i18n.characters-over-limit.${f}="${f}: %{count} gormod"`).join('')} data-i18n.characters-at-limit="dim ar ôl">
<label class="govuk-label" for="plural">Disgrifiad</label>
<textarea class="govuk-textarea govuk-js-character-count" id="plural" name="plural" rows="5" aria-describedby="plural-info"></textarea>
<div id="plural-info" class="govuk-hint govuk-character-count__message">Gallwch ddefnyddio hyd at 10 nod</div></div></div>`;

test('plural forms follow the page language as govuk-frontend chooses them', async () => {
  const govukSide = await newTab();
  const civicSide = await newTab();
  const misses = [];
  const seen = new Set();
  let compared = 0;
  for (const lang of ['cy', 'en', 'xx-unknown']) {
    await open('govuk', govukSide.tab, pluralPage(lang), '');
    await open('civic', civicSide.tab, pluralPage(lang), '');
    for (const left of [10, 7, 6, 3, 2, 1, 0, -1]) {
      await Promise.all([govukSide.tab, civicSide.tab].map((tab) => tab.fill('#plural', 'a'.repeat(10 - left))));
      const [a, b] = await Promise.all([take(govukSide.tab), take(civicSide.tab)]);
      const shown = await govukSide.tab.evaluate(() => document.querySelector('.govuk-character-count__status')?.textContent.trim());
      seen.add(`${lang}:${shown?.split(':')[0]}`);
      compared += 1;
      if (a !== b) misses.push(`${lang}, ${left} left:\n  ${firstDifference(a, b)}`);
    }
  }
  console.log(`plural forms chosen alike: ${compared - misses.length}/${compared} (forms govuk-frontend showed: ${[...seen].join(', ')})`);
  for (const miss of misses) console.log(`MISS ${miss}`);
  // The test means something only if Welsh really used every form a count can reach.
  for (const form of FORMS.filter((f) => f !== 'zero')) assert.ok(seen.has(`cy:${form}`), `Welsh showed the ${form} form`);
  assert.equal(misses.length, 0);
});

// Welsh built in (issue #10): on a page in Welsh (`lang="cy"`) Civic's behaviours write their
// Welsh defaults with no `data-i18n.*` attributes at all. govuk-frontend has no Welsh, so its
// side is given Civic's Welsh strings (from `civic messages`) as `data-i18n.*` attributes, the
// way a Welsh service configures govuk-frontend today; the two pages must then match at every
// step.
const civicBin = process.env.CIVIC_BIN
  ?? path.join(process.env.CARGO_TARGET_DIR ?? path.join(root, 'target'), 'debug/civic');
/** A snapshot without `data-i18n.*` attributes anywhere. */
function withoutI18nAttributes(snapshot) {
  const strip = (node) => (Array.isArray(node) && typeof node[0] === 'string' && Array.isArray(node[1])
    ? [node[0], node[1].filter(([name]) => !name.startsWith('data-i18n.')), ...node.slice(2).map(strip)]
    : Array.isArray(node) ? node.map(strip) : node);
  const parsed = JSON.parse(snapshot);
  return JSON.stringify({ ...parsed, dom: strip(parsed.dom) });
}
const kebab = (key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

test('in Welsh, Civic’s built-in strings match govuk-frontend given them as attributes', async () => {
  assert.ok(fs.existsSync(civicBin), `${civicBin} is missing: run \`cargo build -p civic-cli\``);
  const rows = execFileSync(civicBin, ['messages', '--format', 'json']).toString().trim().split('\n').map((l) => JSON.parse(l));
  const govukSide = await newTab();
  const civicSide = await newTab();
  const results = [];
  const misses = [];
  let welsh = '';
  for (const component of ['accordion', 'character-count', 'file-upload', 'password-input', 'exit-this-page']) {
    const strings = rows.filter((r) => r.component === component && r.cy);
    assert.ok(strings.length > 0, `${component} has Welsh strings`);
    const attributes = strings.map((r) => ` data-i18n.${kebab(r.key)}${r.form ? `.${r.form}` : ''}="${r.cy.replaceAll('"', '&quot;')}"`).join('');
    const fixture = JSON.parse(fs.readFileSync(path.join(govuk, 'components', component, 'fixtures.json'), 'utf8')).fixtures
      .find((f) => f.name === 'default');
    const html = (given) => `<div lang="cy">${given ? fixture.html.replace(`data-module="govuk-${component}"`, `data-module="govuk-${component}"${attributes}`) : fixture.html}</div>`;
    const extra = extraFor(component, fixture.html);
    govukSide.logged.length = 0;
    civicSide.logged.length = 0;
    await open('govuk', govukSide.tab, html(true), extra);
    await open('civic', civicSide.tab, html(false), extra);
    const inputs = (fixture.html.match(/<input/g) ?? []).length;
    let same = 0;
    let total = 0;
    for (const [name, act] of [['start-up', async () => {}], ...steps(component, inputs)]) {
      await Promise.all([act(govukSide.tab), act(civicSide.tab)]);
      // The attributes that carry the strings to govuk-frontend are not part of the result.
      const [a, b] = (await Promise.all([take(govukSide.tab), take(civicSide.tab)])).map(withoutI18nAttributes);
      total += 1;
      if (a === b) same += 1;
      else misses.push(`${component} / ${name}:\n  ${firstDifference(a, b)}`);
    }
    results.push(`${component} ${same}/${total}`);
    welsh += await civicSide.tab.evaluate(() => document.body.textContent);
  }
  console.log(`Welsh defaults, steps matched: ${results.join(', ')}`);
  for (const miss of misses.slice(0, 8)) console.log(`MISS ${miss}`);
  // The comparison means something only if Civic's side really wrote Welsh.
  assert.match(welsh, /Dangos pob adran/);
  assert.match(welsh, /Dangos cyfrinair|Dangos/);
  assert.equal(misses.length, 0);
});
