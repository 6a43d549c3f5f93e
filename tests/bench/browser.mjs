// The question page in headless Chromium, for `cargo xtask bench`:
// - start-up: the wasm's load (fetch, compile, instantiate) and its start (mount or hydrate)
//   to an interactive page, client-rendered (`csr.html`) and hydrated (`hydrated.html`),
//   beside govuk-frontend's initAll() on the same server-rendered page (`govuk.html`), as
//   the performance measures the pages record; the median of several fresh loads;
// - fine-grained updates: the DOM nodes removed when a field's error appears (Continue with
//   the name left blank) and disappears (a name typed), and whether the field and the focus
//   survive it.
// Usage: node tests/bench/browser.mjs SITE_DIR [RUNS]; writes one JSON object to stdout.
import { serve, launch } from '../browser/serve.mjs';

const [site, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 7);
const server = await serve(site);
const browser = await launch();
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function timings(file) {
  const load = [];
  const start = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url + file);
    await page.waitForFunction(() => window.civicReady === true, null, { timeout: 30000 });
    if (errors.length) throw new Error(`${file}: ${errors.join('; ')}`);
    const measures = await page.evaluate(() => Object.fromEntries(
      performance.getEntriesByType('measure').map((m) => [m.name, m.duration]),
    ));
    if (measures['civic:load'] !== undefined) load.push(measures['civic:load']);
    start.push(measures['civic:start']);
    await context.close();
  }
  return { loadMs: load.length ? median(load) : null, startMs: median(start), runs };
}

/** Counts what a step removes from the name field's form group (the group itself included),
 * and whether the field, its group and the focus live through it. */
async function replaced(page, step) {
  await page.evaluate(() => {
    window.civicField = document.getElementById('full-name');
    window.civicGroup = window.civicField.closest('.govuk-form-group');
    window.civicRemoved = { nodes: 0, elements: 0 };
    window.civicObserver = new MutationObserver((records) => {
      for (const record of records) {
        const inGroup = window.civicGroup.contains(record.target);
        for (const node of record.removedNodes) {
          if (!inGroup && !node.contains(window.civicGroup)) continue;
          window.civicRemoved.nodes += 1;
          if (node.nodeType === 1) window.civicRemoved.elements += 1 + node.querySelectorAll('*').length;
        }
      }
    });
    window.civicObserver.observe(document.body, { childList: true, subtree: true });
  });
  await step();
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  return page.evaluate(() => {
    window.civicObserver.takeRecords();
    window.civicObserver.disconnect();
    const field = document.getElementById('full-name');
    return {
      removedNodes: window.civicRemoved.nodes,
      removedElements: window.civicRemoved.elements,
      fieldKept: field === window.civicField,
      groupKept: field?.closest('.govuk-form-group') === window.civicGroup,
      errorShown: Boolean(document.getElementById('full-name-error')),
      focusOnField: document.activeElement === field,
    };
  });
}

async function updates() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + 'csr.html');
  await page.waitForFunction(() => window.civicReady === true);
  await page.fill('#email', 'name@example.com');
  await page.check('#contact');
  await page.fill('#dob-day', '1');
  await page.fill('#dob-month', '1');
  await page.fill('#dob-year', '1990');
  const appear = await replaced(page, () => page.click('button.govuk-button'));
  await page.focus('#full-name');
  const disappear = await replaced(page, () => page.keyboard.type('A'));
  await context.close();
  if (!appear.errorShown || disappear.errorShown) {
    throw new Error(`the name's error did not appear and go: ${JSON.stringify({ appear, disappear })}`);
  }
  return { appear, disappear };
}

try {
  const report = {
    csr: await timings('csr.html'),
    hydrated: await timings('hydrated.html'),
    govuk: await timings('govuk.html'),
    updates: await updates(),
  };
  process.stdout.write(JSON.stringify(report));
} finally {
  await browser.close();
  await server.close();
}
