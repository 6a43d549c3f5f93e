// `civic prototype` (issue #12) in Chromium: the real command serving the two council
// services, every walk in patterns/services/walks.json taken to its ending with JavaScript
// disabled (English) and again enabled with the enhancer (Welsh), each checked against
// `civic flow walk`. Then a person's ways through with JavaScript off: wrong answers first,
// refresh, back, skipping ahead, change and return, the server restarted mid-journey, a
// double-clicked submit; "add another" with no script; an XGovFormBuilder form with a file
// upload. axe-core on what they meet, and no Content-Security-Policy violation anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { inLanes, launch } from '../browser/serve.mjs';
import { civic, civicBin, dist, requireBuilt, root } from '../accessibility/pages.mjs';
import { TAGS, WALK_LANES, definitions, engineWalk, fill as fillWith, flowFile, merged, tmp, walks, words } from './walking.mjs';

const axeSource = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

const servers = [];

/**
 * Starts `civic prototype` on `service` and waits for the address it prints; `port` 0 takes
 * any free port.
 */
async function serve(service, { locale = 'en', data = path.join(tmp, `${service}-${locale}.db`), port = 0 } = {}) {
  const child = spawn(civicBin, ['prototype', flowFile(service), '--port', String(port), '--data', data,
    '--locale', locale, '--today', walks.today, '--assets', dist], { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  const base = await new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      said += chunk;
      const m = said.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`civic prototype exited with ${code}: ${said}`)));
  });
  const server = {
    base,
    data,
    port: Number(new URL(base).port),
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', (code, signal) => resolve(code ?? signal));
      child.kill('SIGINT');
    }),
    said: () => said,
  };
  servers.push(server);
  return server;
}

let browser;

before(async () => {
  requireBuilt({ enhancer: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const server of servers) await server.stop();
});

/** A fresh tab (with `js` 'on' or 'off') whose console is watched for CSP reports. */
async function tab(js, url) {
  const context = await browser.newContext({ javaScriptEnabled: js === 'on', viewport: { width: 1024, height: 800 } });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  page.js = js;
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
  if (url) await goto(page, url);
  return page;
}

/** Waits until the enhancer has started on the page (JavaScript on), else nothing. */
async function settled(page) {
  if (page.js === 'on') await page.waitForSelector('[data-govuk-skip-link-init]', { state: 'attached', timeout: 10000 });
}

async function goto(page, url) {
  await page.goto(url);
  await settled(page);
}

const segment = (page) => new URL(page.url()).pathname.replace(/^\//, '');
const textOf = (page, selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));

/** Sends the page's form from the keyboard (Continue, Submit) and waits for the next document. */
async function next(page, selector = '#civic-flow form > .govuk-button') {
  await page.focus(selector);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  await settled(page);
  return textOf(page, '.govuk-error-summary__list a');
}

/** Follows a link from the keyboard. */
async function follow(page, selector) {
  await page.focus(selector);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  await settled(page);
}

async function type(page, name, value) {
  await page.fill(`#civic-flow [name="${name}"]`, value ?? '');
}

/** Answers a page's questions from walks.json answers: keyboard for choices. */
const fill = (page, definitionPage, answers) => fillWith(page, definitionPage, answers, type);

/**
 * Answers a page in one step: boxes set and choices ticked at once. The walks test routes
 * through the server; typing and pressing keys are the scenarios' (fill above), and a
 * page's worth of keystrokes per page would double the step's time.
 */
async function answer(page, definitionPage, answers) {
  const fields = [];
  for (const q of definitionPage.questions ?? []) {
    const value = answers[q.name];
    if (value === undefined) continue;
    if (q.type === 'chooseOne' || q.type === 'chooseSeveral') fields.push({ name: q.name, choices: [value].flat() });
    else if (typeof value === 'object') for (const [part, v] of Object.entries(value)) fields.push({ name: `${q.name}-${part}`, value: v });
    else fields.push({ name: q.name, value });
  }
  const missing = await page.evaluate((all) => all.filter((f) => {
    const boxes = [...document.querySelectorAll(`#civic-flow [name="${f.name}"]`)];
    if (f.choices) for (const box of boxes) box.checked = f.choices.includes(box.value);
    else if (boxes[0]) boxes[0].value = f.value;
    return boxes.length === 0;
  }).map((f) => f.name), fields);
  assert.deepEqual(missing, [], `fields not on ${definitionPage.id}`);
}

let axeTab;

/**
 * axe on the page (injected by the test driver, which a CSP does not govern). A page with
 * JavaScript off cannot run axe, so the markup it shows is checked in a tab that can, at
 * the same origin (for the stylesheet), with its scripts left out.
 */
async function axe(page) {
  let target = page;
  if (page.js === 'off') {
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/g, '');
    axeTab ??= await (await browser.newContext({ bypassCSP: true, viewport: { width: 1024, height: 800 } })).newPage();
    await axeTab.goto(new URL('/_civic/civic.css', page.url()).href);
    await axeTab.setContent(html, { waitUntil: 'load' });
    target = axeTab;
  }
  if (!(await target.evaluate(() => !!window.axe))) await target.evaluate(axeSource);
  return target.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, TAGS);
}

/** Walks from the start page to an ending; returns the pages' ids. */
async function walk(page, service, answers, { checkAxe = false } = {}) {
  const definition = definitions[service];
  await follow(page, 'a.govuk-button--start');
  const visited = [];
  const violations = [];
  for (let steps = 0; steps < 60; steps += 1) {
    const here = definition.pages.find((p) => p.id === segment(page));
    assert.ok(here, `no page at ${page.url()}`);
    visited.push(here.id);
    if (checkAxe) violations.push(...(await axe(page)).map((v) => `${here.id}: ${v}`));
    if (here.end) break;
    await answer(page, here, answers);
    const errors = await next(page);
    assert.deepEqual(errors, [], `${here.id}: ${errors.join('; ')}`);
  }
  assert.deepEqual(violations, []);
  return visited;
}

const submissions = (server) => JSON.parse(civic(['submissions', server.data, '--format', 'json']));

for (const [js, lang] of [['off', 'en'], ['on', 'cy']]) {
  for (const service of ['blue-badge', 'missed-bin']) {
    test(`${service}, JavaScript ${js}, ${lang}: every walk takes the engine's route to its ending`, async () => {
      const server = await serve(service, { locale: lang, data: path.join(tmp, `${service}-${lang}-${js}.db`) });
      let pages = 0;
      let sent = 0;
      await inLanes(walks.services[service].walks.map((w, i) => ({ ...w, i })), WALK_LANES, async ({ i, name, changes, end }) => {
        const answers = merged(service, changes);
        const expected = engineWalk(service, answers, lang);
        assert.equal(expected.end, end, `${name}: the engine's ending`);
        const page = await tab(js, `${server.base}/`);
        const visited = await walk(page, service, answers, { checkAxe: i === 0 });
        pages += visited.length;
        assert.deepEqual(visited, expected.pages, `${name}`);
        const ending = definitions[service].pages.find((p) => p.id === end);
        if (ending.end === 'exit') {
          assert.deepEqual(await textOf(page, '#civic-flow h1'), [words(ending.title, lang)], name);
        } else {
          const shown = await page.$$eval('.govuk-summary-list__value', (vs) => vs.map((v) => v.innerText.trim()));
          assert.deepEqual(shown, expected.summary.map((r) => r.shown), `${name}: check answers`);
          await next(page);
          const [reference] = await textOf(page, '.govuk-panel__body strong');
          assert.match(reference, /^[A-Z]{2}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/, name);
          sent += 1;
          const stored = submissions(server).find((s) => s.reference === reference);
          assert.ok(stored, `${name}: ${reference} is in the database`);
          assert.deepEqual(stored.rows.map(({ question, shown: s }) => ({ question, shown: s })),
            expected.summary.map(({ question, shown: s }) => ({ question, shown: s })), `${name}: what was stored`);
        }
        assert.deepEqual(page.problems, [], name);
        await page.context().close();
      });
      assert.equal(submissions(server).length, sent);
      console.log(`${service} (JavaScript ${js}, ${lang}): ${walks.services[service].walks.length} walks, ${pages} pages, ${sent} sent`);
    });
  }
}

for (const js of ['off', 'on']) test(`missed bin in Welsh, JavaScript ${js}: wrong answers, refresh, back, skipping ahead, change and return, a restart, a double click`, async () => {
  let server = await serve('missed-bin', { locale: 'cy', data: path.join(tmp, `scenario-${js}.db`) });
  const page = await tab(js, `${server.base}/`);
  assert.deepEqual(await textOf(page, '#civic-flow h1'), ['Rhoi gwybod am gasgliad bin a fethwyd']);
  await follow(page, 'a.govuk-button--start');
  assert.equal(segment(page), 'address');
  // Nothing entered: every box is named, the title says "Gwall", and nothing was lost.
  assert.deepEqual(await next(page), [
    'Rhowch linell cyfeiriad 1, fel arfer yr adeilad a\'r stryd',
    'Nodwch dref neu ddinas',
    'Nodwch god post',
  ]);
  assert.match(await page.title(), /^Gwall: /);
  assert.deepEqual(await axe(page), []);
  await type(page, 'address-line1', '12 Heol y Frenhines');
  await type(page, 'address-town', 'Caerdydd');
  await type(page, 'address-postcode', 'CF10');
  assert.deepEqual(await next(page), ['Nodwch god post go iawn yn y DU, e.e. SW1A 2AA']);
  assert.equal(await page.inputValue('[name="address-line1"]'), '12 Heol y Frenhines');
  assert.equal(await page.inputValue('[name="address-postcode"]'), 'CF10');
  await type(page, 'address-postcode', 'cf10 2bu');
  assert.deepEqual(await next(page), []);
  assert.equal(segment(page), 'bins');
  // Refresh and back lose nothing, and never send twice (post/redirect/get).
  await page.reload();
  assert.equal(segment(page), 'bins');
  await page.goBack();
  assert.equal(segment(page), 'address');
  assert.equal(await page.inputValue('[name="address-town"]'), 'Caerdydd');
  await page.goForward();
  await settled(page);
  assert.equal(segment(page), 'bins');
  // No skipping ahead.
  await goto(page, `${server.base}/check-answers`);
  assert.equal(segment(page), 'bins');
  await fill(page, definitions['missed-bin'].pages[1], { bins: ['general'] });
  await next(page);
  // The server stops and starts again on the same database and port: the journey goes on.
  assert.equal(segment(page), 'collection-date');
  const { port, data } = server;
  // Ctrl-C stops it cleanly.
  assert.equal(await server.stop(), 0);
  assert.match(server.said(), /civic prototype: stopped/);
  server = await serve('missed-bin', { locale: 'cy', data, port });
  await page.reload();
  await settled(page);
  assert.equal(segment(page), 'collection-date');
  await fill(page, definitions['missed-bin'].pages[2], { collectionDate: { day: '3', month: '12', year: '2026' } });
  assert.deepEqual(await next(page), ['Rhaid i ddyddiad y casgliad fod rhwng 4 Rhagfyr 2026 a 8 Rhagfyr 2026']);
  await type(page, 'collectionDate-day', '7');
  await next(page);
  const answers = merged('missed-bin', {});
  for (const id of ['bin-out', 'assisted', 'details', 'name', 'contact-by', 'email']) {
    assert.equal(segment(page), id);
    await fill(page, definitions['missed-bin'].pages.find((p) => p.id === id), answers);
    assert.deepEqual(await next(page), [], id);
  }
  assert.equal(segment(page), 'check-answers');
  // Change and return: asking for phone too asks the phone number, then comes back.
  await follow(page, 'a[href="/contact-by?return=check-answers"]');
  assert.ok(await page.isChecked('input[name=contactBy][value=email]'));
  await fill(page, definitions['missed-bin'].pages.find((p) => p.id === 'contact-by'), { contactBy: ['phone'] });
  await next(page);
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/phone?return=check-answers');
  await type(page, 'phone', '07700 900 982');
  await next(page);
  assert.equal(segment(page), 'check-answers');
  const shown = await textOf(page, '.govuk-summary-list__value');
  assert.ok(shown.includes('07700900982'), shown.join(' | '));
  assert.ok(shown.some((s) => s.includes('12 Heol y Frenhines')), shown.join(' | '));
  assert.equal(await page.getAttribute('.govuk-back-link', 'href'), '/phone');
  assert.deepEqual(await axe(page), []);
  // Submit clicked twice: one submission, one reference.
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.dblclick('#civic-flow form > .govuk-button')]);
  await page.waitForSelector('.govuk-panel__body strong');
  const [reference] = await textOf(page, '.govuk-panel__body strong');
  const stored = submissions(server);
  assert.equal(stored.length, 1, JSON.stringify(stored.map((s) => s.reference)));
  assert.equal(stored[0].reference, reference);
  assert.equal(stored[0].answers.phone, '07700 900 982');
  // Refresh and back after sending: the confirmation again, nothing sent twice.
  await page.reload();
  assert.deepEqual(await textOf(page, '.govuk-panel__body strong'), [reference]);
  await page.goBack();
  assert.equal(submissions(server).length, 1);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

for (const js of ['off', 'on']) test(`blue badge, JavaScript ${js}: a changed answer that opens new questions asks them, and old answers leave check answers`, async () => {
  const server = await serve('blue-badge', { data: path.join(tmp, `change-${js}.db`) });
  const page = await tab(js, `${server.base}/`);
  await walk(page, 'blue-badge', merged('blue-badge', { benefit: 'pip', pipMovingAround: '12' }));
  assert.equal(segment(page), 'check-answers');
  assert.ok((await textOf(page, '.govuk-summary-list__value')).includes('12 points'));
  await follow(page, 'a[href="/benefits?return=check-answers"]');
  await fill(page, definitions['blue-badge'].pages.find((p) => p.id === 'benefits'), { benefit: 'none' });
  await next(page);
  // Nothing on the new route is answered yet: the main reason is asked before returning.
  assert.equal(segment(page), 'reason');
  await fill(page, definitions['blue-badge'].pages.find((p) => p.id === 'reason'), { reason: 'hidden' });
  await next(page);
  assert.equal(segment(page), 'check-answers');
  const shown = await textOf(page, '.govuk-summary-list__value');
  assert.ok(!shown.includes('12 points') && shown.includes('A non-visible (hidden) condition'), shown.join(' | '));
  // Back goes to the previous page on the route, not the browser's history.
  assert.equal(await page.getAttribute('.govuk-back-link', 'href'), '/contact');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('JavaScript on: the enhancer takes the error summary\'s focus, and a double click sends once', async () => {
  const server = await serve('missed-bin', { data: path.join(tmp, 'enhanced.db') });
  const page = await tab('on', `${server.base}/address`);
  assert.ok(await page.evaluate(() => document.body.classList.contains('govuk-frontend-supported')));
  await next(page);
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')), 'the error summary has focus');
  // Its links move focus to the box, by keyboard.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'address-line1');
  const answers = merged('missed-bin', {});
  for (const id of ['address', 'bins', 'collection-date', 'bin-out', 'assisted', 'details', 'name', 'contact-by', 'email']) {
    await fill(page, definitions['missed-bin'].pages.find((p) => p.id === id), answers);
    assert.deepEqual(await next(page), [], id);
  }
  assert.equal(segment(page), 'check-answers');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.dblclick('#civic-flow form > .govuk-button')]);
  await page.waitForSelector('.govuk-panel__body strong');
  assert.equal(submissions(server).length, 1);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('add another, JavaScript off: items added, changed and removed, within the most allowed', async () => {
  const server = await serve('household');
  const page = await tab('off', `${server.base}/`);
  await follow(page, 'a.govuk-button--start');
  assert.equal(new URL(page.url()).search, '?item=0');
  assert.deepEqual(await next(page), ['Enter your full name']);
  await type(page, 'person', 'Ceri Jones');
  assert.deepEqual(await next(page), []);
  assert.deepEqual(await textOf(page, '.govuk-summary-list__value'), ['Ceri Jones']);
  assert.deepEqual(await next(page), ['Select ‘Yes’ if you need to add another answer']);
  for (const name of ['Sam Jones', 'Alex Jones']) {
    await page.check('input[name=addAnother][value=yes]');
    await next(page);
    await type(page, 'person', name);
    await next(page);
  }
  assert.deepEqual(await textOf(page, '.govuk-summary-list__value'), ['Ceri Jones', 'Sam Jones', 'Alex Jones']);
  assert.equal(await page.$('input[name=addAnother]'), null);
  await follow(page, '.govuk-summary-list__row:nth-child(2) .govuk-summary-list__actions a');
  assert.equal(await page.inputValue('[name=person]'), 'Sam Jones');
  await type(page, 'person', 'Sam Evans');
  await next(page);
  await next(page, 'button[name=remove][value="0"]');
  assert.deepEqual(await textOf(page, '.govuk-summary-list__value'), ['Sam Evans', 'Alex Jones']);
  await page.check('input[name=addAnother][value=no]');
  await next(page);
  assert.equal(segment(page), 'check-answers');
  assert.deepEqual(await axe(page), []);
  await next(page);
  assert.equal(submissions(server)[0].answers.person.length, 2);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an XGovFormBuilder form, JavaScript off and on: its routing, a file upload, its summary', async () => {
  const upload = path.join(tmp, 'evidence.pdf');
  fs.writeFileSync(upload, '%PDF-1.4\n% evidence\n');
  const script = path.join(tmp, 'evidence.html');
  fs.writeFileSync(script, '<script>alert(1)</script>');
  for (const js of ['off', 'on']) {
    const server = await serve('xgov-report-a-terrorist', { data: path.join(tmp, `xgov-${js}.db`) });
    const page = await tab(js, `${server.base}/`);
    await follow(page, 'a.govuk-button--start');
    const visited = [];
    for (let steps = 0; steps < 20 && !(await page.$('.govuk-panel')); steps += 1) {
      visited.push(segment(page));
      if (await page.$('.govuk-summary-list')) {
        await next(page);
        break;
      }
      // Yes to each question, some words in each box, and the evidence file.
      for (const name of await page.$$eval('input[type=radio]', (rs) => [...new Set(rs.map((r) => r.name))])) {
        await page.check(`input[name="${name}"][value="yes"]`);
      }
      for (const box of await page.$$('#civic-flow textarea, #civic-flow input[type=text]')) await box.fill('https://example.com/post/1');
      const file = await page.$('input[type=file]');
      if (file) {
        // A web page is refused with the pattern's message; the PDF is taken.
        await file.setInputFiles(script);
        const refused = await next(page);
        assert.equal(refused.length, 1, refused.join('; '));
        assert.match(refused[0], /PDF/);
        await page.setInputFiles('input[type=file]', upload);
      }
      assert.deepEqual(await next(page), [], visited.at(-1));
    }
    assert.deepEqual(visited, ['do-you-have-a-link-to-the-evidence', 'yes-i-have-a-link-to-the-material',
      'do-you-have-any-evidence', 'yes-i-have-evidence', 'is-there-anything-else-you-can-tell-us', 'summary']);
    const [reference] = await textOf(page, '.govuk-panel__body strong');
    const [stored] = submissions(server);
    assert.equal(stored.reference, reference);
    assert.deepEqual(stored.uploads.map((u) => [u.name, u.size]), [['evidence.pdf', fs.statSync(upload).size]]);
    // The file is kept beside the database, not under anything served.
    const kept = path.join(path.dirname(server.data), `${path.basename(server.data, '.db')}-uploads`, stored.uploads[0].stored);
    assert.equal(fs.readFileSync(kept, 'utf8'), fs.readFileSync(upload, 'utf8'));
    const served = await page.request.get(`${server.base}/${stored.uploads[0].stored}`, { maxRedirects: 0 });
    assert.notEqual(served.status(), 200);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});
