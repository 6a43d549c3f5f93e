// The two council services (issue #11) run end to end in Chromium through civic-patterns'
// <Flow> runtime (mounted by tests/leptos-host), every branch to every ending, in English and
// Welsh: the answers are patterns/services/walks.json, the same walks the engine's own tests
// take. Each walk is compared with `civic flow walk` (the flow engine through the command, the
// peer a prototyper runs): the same pages in the same order, the same ending, and the same
// check answers rows the app sends. Then people's ways through: wrong answers first, error
// links, refresh, the back button, skipping ahead, change and return; and axe on what they
// meet.
//
// Fields are filled and pages sent from the keyboard: text entered into the focused box,
// radios and checkboxes with Space, Continue with Enter, error links with Tab and Enter.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { inLanes, launch } from '../browser/serve.mjs';
import { requireBuilt, startServer } from '../accessibility/pages.mjs';
import { TAGS, WALK_LANES, definitions, engineWalk, fill as fillWith, flowFile, merged, slug, walks, words } from './walking.mjs';

const json = (value) => JSON.stringify(value).replaceAll('<', '\\u003c');
const definitionText = (service) => fs.readFileSync(flowFile(service), 'utf8');

/** The app: every URL under /<lang>/<service> is the same page, which mounts the flow. */
function app(pathname) {
  const m = pathname.match(/^\/(en|cy)\/(blue-badge|missed-bin|household)(\/.*)?$/);
  if (!m) return null;
  const [, lang, service] = m;
  return `<!DOCTYPE html><html lang="${lang}" class="govuk-template"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${service}</title>
<link rel="stylesheet" href="/css/civic.css"></head><body class="govuk-template__body">
<script>document.body.className += ' js-enabled govuk-frontend-supported';</script>
<div class="govuk-width-container"><main id="main" class="govuk-main-wrapper"></main></div>
<script type="module">import init, { mount_flow } from '/leptos/host.js';
await init({ module_or_path: '/leptos/host_bg.wasm' });
mount_flow(${json(definitionText(service))}, ${json(`/${lang}/${service}`)}, ${json(lang)}, ${json(walks.today)});
window.__ready = true;</script></body></html>`;
}

let server;
let browser;
let context;

before(async () => {
  requireBuilt({ leptos: true, enhancer: false });
  server = await startServer({ app });
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
});
after(async () => { await browser?.close(); await server?.close(); });

/** A fresh tab (its own session storage) at the service's start page. */
async function open(service, lang) {
  const tab = await context.newPage();
  tab.errors = [];
  tab.on('pageerror', (e) => tab.errors.push(String(e)));
  await tab.goto(`${server.base}/${lang}/${service}`);
  await tab.waitForFunction(() => window.__ready === true && document.querySelector('#civic-flow h1'));
  return tab;
}

const segment = (tab) => new URL(tab.url()).pathname.split('/').slice(3).join('/');
const textOf = (tab, selector) => tab.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent.replace(/\s+/g, ' ').trim()), selector);

/** Presses Enter on the page's first button (Continue, Start now, Agree and submit). */
async function send(tab, selector = '#civic-flow form > .govuk-button, #civic-flow a.govuk-button') {
  await tab.focus(selector);
  await tab.keyboard.press('Enter');
}

/**
 * Sends the page and waits for what the flow draws next (every sending draws a page afresh:
 * the next page, or this one with its problems); returns the error summary's links.
 */
async function next(tab) {
  await tab.evaluate(() => { for (const e of document.querySelectorAll('#civic-flow > *')) e.dataset.old = 'yes'; });
  await send(tab);
  await tab.waitForFunction(() => document.querySelector('#civic-flow > :not([data-old]) h1'), null, { timeout: 10000 })
    .catch(async (e) => {
      const html = await tab.evaluate(() => document.querySelector('#civic-flow')?.outerHTML.slice(0, 3000));
      throw new Error(`${e.message}\nat ${tab.url()} with errors ${tab.errors.join('; ')}:\n${html}`);
    });
  return textOf(tab, '.govuk-error-summary__list a');
}

/** Types `value` into the field named `name`, replacing what is there. */
async function type(tab, name, value) {
  const selector = `#civic-flow [name="${name}"]`;
  await tab.focus(selector, { timeout: 5000 }).catch(async (e) => {
    const html = await tab.evaluate(() => document.querySelector('#civic-flow')?.outerHTML.slice(0, 2000));
    throw new Error(`${e.message}\nat ${tab.url()}:\n${html}`);
  });
  await tab.keyboard.press('ControlOrMeta+A');
  await tab.keyboard.press('Delete');
  if (value) await tab.keyboard.insertText(value);
}

/** Answers `page`'s questions with `answers` from the keyboard. */
const fill = (tab, page, answers) => fillWith(tab, page, answers, type);

/** axe on the tab: the violations, as "rule: target". */
async function axe(tab) {
  if (!(await tab.evaluate(() => !!window.axe))) await tab.addScriptTag({ url: '/axe.min.js' });
  return tab.evaluate(async (tags) => {
    const result = await window.axe.run({ include: ['body'] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, TAGS);
}

/** Walks `answers` from the start page to an ending, returning the pages' ids. */
async function walk(tab, service, answers, { checkAxe = false } = {}) {
  const definition = definitions[service];
  await send(tab, '#civic-flow a.govuk-button--start');
  await tab.waitForFunction(() => location.pathname.split('/').length > 3);
  const visited = [];
  const violations = [];
  for (let steps = 0; steps < 60; steps += 1) {
    await tab.waitForSelector('#civic-flow h1');
    const page = definition.pages.find((p) => slug(p.id) === segment(tab));
    assert.ok(page, `no page at ${tab.url()}`);
    visited.push(page.id);
    if (checkAxe) violations.push(...(await axe(tab)).map((v) => `${page.id}: ${v}`));
    if (page.end) break;
    await fill(tab, page, answers);
    const errors = await next(tab);
    assert.deepEqual(errors, [], `${page.id}: ${errors.join('; ')}`);
  }
  assert.deepEqual(violations, []);
  return visited;
}

for (const service of ['blue-badge', 'missed-bin']) {
  test(`${service}: every walk in Chromium takes the engine's route to its ending, in English and Welsh`, async () => {
    let pagesSent = 0;
    const jobs = walks.services[service].walks.flatMap((w, i) => ['en', 'cy'].map((lang) => ({ ...w, i, lang })));
    await inLanes(jobs, WALK_LANES, async ({ i, name, changes, end, lang }) => {
      const answers = merged(service, changes);
      const expected = engineWalk(service, answers, lang);
      assert.equal(expected.end, end, `${name}: the engine's ending`);
      const tab = await open(service, lang);
      const visited = await walk(tab, service, answers, { checkAxe: i === 0 });
      pagesSent += visited.length;
      assert.deepEqual(visited, expected.pages, `${name} (${lang})`);
      const page = definitions[service].pages.find((p) => p.id === end);
      if (page.end === 'exit') {
        assert.deepEqual(await textOf(tab, '#civic-flow h1'), [words(page.title, lang)], name);
      } else {
        // Check answers shows what the engine's summary shows, then sending confirms.
        const shown = await tab.evaluate(() => [...document.querySelectorAll('.govuk-summary-list__value')].map((v) => v.innerText.trim()));
        assert.deepEqual(shown, expected.summary.map((r) => r.shown), `${name} (${lang}): check answers`);
        await send(tab);
        await tab.waitForSelector('.govuk-panel__body strong');
        const [reference] = await textOf(tab, '.govuk-panel__body strong');
        assert.match(reference, /^[A-Z]{2}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/, name);
        const sent = JSON.parse(await tab.evaluate(() => window.__submitted));
        assert.equal(sent.reference, reference);
        assert.deepEqual(sent.rows, expected.summary.map(({ question, shown: s }) => ({ question, shown: s })), `${name}: what was sent`);
      }
      assert.deepEqual(tab.errors, [], name);
      await tab.close();
    });
    console.log(`${service}: ${walks.services[service].walks.length} walks × 2 languages, ${pagesSent} pages`);
  });
}

test('missed bin in Welsh: wrong answers first, error links, refresh, back, no skipping ahead, change and return', async () => {
  const tab = await open('missed-bin', 'cy');
  assert.deepEqual(await textOf(tab, '#civic-flow h1'), ['Rhoi gwybod am gasgliad bin a fethwyd']);
  await send(tab, '#civic-flow a.govuk-button--start');
  await tab.waitForFunction(() => location.pathname.endsWith('/address') && document.querySelector('#civic-flow form'));
  // Nothing entered: every box is named, the summary takes focus, the title says "Gwall".
  assert.deepEqual(await next(tab), [
    'Rhowch linell cyfeiriad 1, fel arfer yr adeilad a\'r stryd',
    'Nodwch dref neu ddinas',
    'Nodwch god post',
  ]);
  assert.ok(await tab.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')), 'the error summary has focus');
  assert.match(await tab.title(), /^Gwall: /);
  assert.deepEqual(await axe(tab), []);
  // The first link takes focus to its box.
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Enter');
  await tab.waitForFunction(() => document.activeElement?.id === 'address-line1');
  // A wrong postcode: only it is in error, and what was typed stays.
  await type(tab, 'address-line1', '12 Heol y Frenhines');
  await type(tab, 'address-town', 'Caerdydd');
  await type(tab, 'address-postcode', 'CF10');
  assert.deepEqual(await next(tab), ['Nodwch god post go iawn yn y DU, e.e. SW1A 2AA']);
  assert.equal(await tab.inputValue('[name="address-line1"]'), '12 Heol y Frenhines');
  assert.equal(await tab.inputValue('[name="address-postcode"]'), 'CF10');
  await type(tab, 'address-postcode', 'cf10 2bu');
  assert.deepEqual(await next(tab), []);
  assert.equal(segment(tab), 'bins');
  // Refresh and the back button lose nothing.
  await tab.reload();
  await tab.waitForSelector('#civic-flow h1');
  assert.equal(segment(tab), 'bins');
  await tab.goBack();
  await tab.waitForFunction(() => location.pathname.endsWith('/address'));
  await tab.waitForSelector('[name="address-town"]');
  assert.equal(await tab.inputValue('[name="address-town"]'), 'Caerdydd');
  await tab.goForward();
  await tab.waitForFunction(() => location.pathname.endsWith('/bins'));
  // No skipping ahead: check answers sends the person to the first page still to answer.
  await tab.goto(`${server.base}/cy/missed-bin/check-answers`);
  await tab.waitForFunction(() => location.pathname.endsWith('/bins') && document.querySelector('#civic-flow h1'));
  // A collection three working days ago is too long ago (Tuesday 8 December 2026).
  await fill(tab, definitions['missed-bin'].pages[1], { bins: ['general'] });
  await next(tab);
  await fill(tab, definitions['missed-bin'].pages[2], { collectionDate: { day: '3', month: '12', year: '2026' } });
  assert.deepEqual(await next(tab), ['Rhaid i ddyddiad y casgliad fod rhwng 4 Rhagfyr 2026 a 8 Rhagfyr 2026']);
  await type(tab, 'collectionDate-day', '7');
  await next(tab);
  const answers = merged('missed-bin', {});
  for (const id of ['bin-out', 'assisted', 'details', 'name', 'contact-by', 'email']) {
    assert.equal(segment(tab), id);
    await fill(tab, definitions['missed-bin'].pages.find((p) => p.id === id), answers);
    assert.deepEqual(await next(tab), [], id);
  }
  assert.equal(segment(tab), 'check-answers');
  // Change and return: asking for phone too asks the phone number, then comes back.
  const changeLinks = await tab.evaluate(() => [...document.querySelectorAll('.govuk-summary-list__actions a')].map((a) => a.getAttribute('href')));
  const contact = changeLinks.find((h) => h.includes('/contact-by?return=check-answers'));
  assert.ok(contact, changeLinks.join(' '));
  await tab.click(`a[href="${contact}"]`);
  await tab.waitForFunction(() => location.pathname.endsWith('/contact-by'));
  assert.ok(await tab.isChecked('input[name=contactBy][value=email]'), 'the answer given is shown');
  await fill(tab, definitions['missed-bin'].pages.find((p) => p.id === 'contact-by'), { contactBy: ['phone'] });
  // The email address is answered already: the phone number is the one question to ask.
  await next(tab);
  assert.equal(segment(tab), 'phone');
  await type(tab, 'phone', '07700 900 982');
  await next(tab);
  assert.equal(segment(tab), 'check-answers');
  assert.ok((await textOf(tab, '.govuk-summary-list__value')).includes('07700900982'));
  assert.deepEqual(await axe(tab), []);
  assert.deepEqual(tab.errors, []);
  await tab.close();
});

test('blue badge: a changed answer that opens new questions asks them, and old answers leave the summary', async () => {
  const tab = await open('blue-badge', 'en');
  const answers = merged('blue-badge', { benefit: 'pip', pipMovingAround: '12' });
  await walk(tab, 'blue-badge', answers);
  assert.equal(segment(tab), 'check-answers');
  assert.ok((await textOf(tab, '.govuk-summary-list__value')).includes('12 points'));
  await tab.click('a[href$="/benefits?return=check-answers"]');
  await tab.waitForFunction(() => location.pathname.endsWith('/benefits'));
  await fill(tab, definitions['blue-badge'].pages.find((p) => p.id === 'benefits'), { benefit: 'none' });
  await next(tab);
  // Nothing on the new route is answered yet: the main reason is asked before returning.
  assert.equal(segment(tab), 'reason');
  await fill(tab, definitions['blue-badge'].pages.find((p) => p.id === 'reason'), { reason: 'hidden' });
  await next(tab);
  // Every question on the new route is answered: back to check answers (the "may be
  // eligible" page asks nothing).
  assert.equal(segment(tab), 'check-answers');
  const shown = await textOf(tab, '.govuk-summary-list__value');
  assert.ok(!shown.includes('12 points') && shown.includes('A non-visible (hidden) condition'), shown.join(' | '));
  // The back link goes to the previous page on the route, not the browser's history.
  const back = await tab.getAttribute('.govuk-back-link', 'href');
  assert.equal(back, '/en/blue-badge/contact');
  assert.deepEqual(tab.errors, []);
  await tab.close();
});

test('add another: items added, changed and removed, within the most allowed', async () => {
  const tab = await open('household', 'en');
  await send(tab, '#civic-flow a.govuk-button--start');
  await tab.waitForFunction(() => location.pathname.endsWith('/people'));
  // The first item is asked straight away.
  assert.deepEqual(await next(tab), ['Enter your full name']);
  await type(tab, 'person', 'Ceri Jones');
  assert.deepEqual(await next(tab), []);
  assert.deepEqual(await textOf(tab, '.govuk-summary-list__value'), ['Ceri Jones']);
  // "Add another?" must be answered.
  assert.deepEqual(await next(tab), ['Select ‘Yes’ if you need to add another answer']);
  for (const name of ['Sam Jones', 'Alex Jones']) {
    await tab.focus('input[name=addAnother][value=yes]');
    await tab.keyboard.press('Space');
    await next(tab);
    await type(tab, 'person', name);
    await next(tab);
  }
  assert.deepEqual(await textOf(tab, '.govuk-summary-list__value'), ['Ceri Jones', 'Sam Jones', 'Alex Jones']);
  // At the most allowed there is no question, but why.
  assert.equal(await tab.$('input[name=addAnother]'), null);
  assert.match((await textOf(tab, '.govuk-inset-text'))[0], /maximum of 3/);
  // Change the second, then remove the first.
  await tab.click('.govuk-summary-list__row:nth-child(2) .govuk-summary-list__actions a');
  await tab.waitForFunction(() => location.search === '?item=1');
  assert.equal(await tab.inputValue('[name=person]'), 'Sam Jones');
  await type(tab, 'person', 'Sam Evans');
  await next(tab);
  await tab.focus('button[name=remove][value="0"]');
  await tab.keyboard.press('Enter');
  await tab.waitForFunction(() => document.querySelectorAll('.govuk-summary-list__row').length === 2);
  assert.deepEqual(await textOf(tab, '.govuk-summary-list__value'), ['Sam Evans', 'Alex Jones']);
  await tab.focus('input[name=addAnother][value=no]');
  await tab.keyboard.press('Space');
  await next(tab);
  assert.equal(segment(tab), 'check-answers');
  assert.deepEqual(await tab.evaluate(() => [...document.querySelectorAll('.govuk-summary-list__value')].map((v) => v.innerText.trim())), ['Sam Evans\nAlex Jones']);
  assert.deepEqual(await axe(tab), []);
  assert.deepEqual(tab.errors, []);
  await tab.close();
});
