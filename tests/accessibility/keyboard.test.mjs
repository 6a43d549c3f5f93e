// Every behaviour by keyboard alone (issue #10), in Chromium: reached with Tab from a link
// before it, operated with the keys a user would press (Enter, Space, arrows, Shift three
// times), checking after each step where focus is and what the live regions say, and when
// they say it (the character count's screen reader message waits until typing pauses; exit
// this page's count expires after five seconds).
//
// The expectations are govuk-frontend's documented behaviour and its English defaults
// (govuk-frontend 6.6.0's component scripts), written out here, not taken from Civic. Each
// scenario runs twice: on Civic's markup enhanced by Civic's enhancer, and as Civic's Leptos
// component mounted client-side (tests/leptos-host), whose behaviour starts itself. A last
// test loads a council's own locale file and checks the behaviour speaks it, plural forms
// included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from '../browser/serve.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { civic, civicHtml, requireBuilt, root, startServer } from './pages.mjs';

let server;
let browser;
let tab;

before(async () => {
  requireBuilt({ leptos: true });
  server = await startServer();
  browser = await launch();
  tab = await (await browser.newContext({ viewport: { width: 1024, height: 700 } })).newPage();
  // Listening for file choosers turns on their interception, which takes a round trip to the
  // browser: done once here, so a key that opens one never races it.
  tab.on('filechooser', () => {});
  await tab.evaluate(() => true);
});
after(async () => { await browser?.close(); await server?.close(); });

const START = '<a href="#start" id="start" class="govuk-link">Start here</a>';

/** Loads a scenario's component on one side, with focus on the link before it. */
async function open(side, { component, options, after = '', width = 1024, first = false }) {
  await tab.setViewportSize({ width, height: 700 });
  const spec = side === 'enhancer'
    ? { html: civicHtml([{ component, options }])[0] + after, script: 'civic' }
    : { script: 'leptos', mount: { component, options, after } };
  await server.load(tab, { ...spec, title: `${component} by keyboard`, before: first ? '' : START });
  if (!first) await tab.focus('#start');
}

/** Whether the focused element matches `selector`, with what it is when it does not. */
async function focusIs(selector, step) {
  const { matches, what } = await tab.evaluate((s) => {
    const el = document.activeElement;
    return { matches: !!el && el.matches(s), what: el ? `${el.localName}#${el.id}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}"` : 'nothing' };
  }, selector);
  assert.ok(matches, `${step}: focus should be on ${selector}, is on ${what}`);
}

const text = (selector) => tab.evaluate((s) => document.querySelector(s)?.textContent.replace(/\s+/g, ' ').trim() ?? null, selector);
const attr = (selector, name) => tab.evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [selector, name]);
const visible = (selector) => tab.evaluate((s) => { const el = document.querySelector(s); return !!el && el.checkVisibility(); }, selector);
const checked = (selector) => tab.evaluate((s) => document.querySelector(s).checked, selector);
const press = (key) => tab.keyboard.press(key);

/** Waits until `selector`'s text is `expected`; returns how long that took, in ms. */
async function announced(selector, expected, timeout = 8000) {
  const started = Date.now();
  await tab.waitForFunction(([s, e]) => document.querySelector(s)?.textContent.replace(/\s+/g, ' ').trim() === e, [selector, expected], { timeout, polling: 25 });
  return Date.now() - started;
}

const SCENARIOS = {
  accordion: {
    component: 'accordion',
    options: {
      id: 'acc',
      items: [
        { heading: { text: 'Writing well' }, content: { text: 'Plain words.' } },
        { heading: { text: 'Forms' }, content: { html: '<a href="#inside" id="inside" class="govuk-link">Inside forms</a>' } },
      ],
    },
    async steps() {
      await press('Tab');
      await focusIs('.govuk-accordion__show-all', 'Tab reaches "Show all sections"');
      assert.equal(await text('.govuk-accordion__show-all'), 'Show all sections');
      await press('Tab');
      await focusIs('button[aria-controls="acc-content-1"]', 'Tab reaches the first section');
      assert.equal(await attr('button[aria-controls="acc-content-1"]', 'aria-expanded'), 'false');
      await press('Enter');
      assert.equal(await attr('button[aria-controls="acc-content-1"]', 'aria-expanded'), 'true');
      assert.ok(await visible('#acc-content-1'), 'Enter opens the first section');
      await focusIs('button[aria-controls="acc-content-1"]', 'focus stays on the section');
      await press('Tab');
      await focusIs('button[aria-controls="acc-content-2"]', 'Tab skips the open section’s text');
      await press(' ');
      assert.ok(await visible('#acc-content-2'), 'Space opens the second section');
      assert.equal(await text('.govuk-accordion__show-all'), 'Hide all sections', 'all open');
      await press('Tab');
      await focusIs('#inside', 'Tab enters the opened section');
      for (let i = 0; i < 3; i += 1) await press('Shift+Tab');
      await focusIs('.govuk-accordion__show-all', 'Shift+Tab goes back');
      await press('Enter');
      assert.equal(await attr('button[aria-controls="acc-content-1"]', 'aria-expanded'), 'false');
      assert.equal(await attr('button[aria-controls="acc-content-2"]', 'aria-expanded'), 'false');
      assert.equal(await text('.govuk-accordion__show-all'), 'Show all sections');
      await focusIs('.govuk-accordion__show-all', 'focus stays on "Show all sections"');
    },
  },
  button: {
    component: 'button',
    options: { text: 'Continue', href: '/continued' },
    async steps() {
      await press('Tab');
      await focusIs('a.govuk-button[role="button"]', 'Tab reaches the link drawn as a button');
      // A link does nothing on Space; a button does: govuk-frontend makes Space follow it.
      await Promise.all([tab.waitForURL('**/continued'), press(' ')]);
    },
  },
  'character-count': {
    component: 'character-count',
    options: { name: 'story', id: 'story', maxlength: 10, label: { text: 'Your story' } },
    async steps() {
      await press('Tab');
      await focusIs('textarea#story', 'Tab reaches the textarea');
      const status = '.govuk-character-count__status';
      const sr = '.govuk-character-count__sr-status';
      assert.equal(await text(status), 'You have 10 characters remaining');
      assert.equal(await attr(sr, 'aria-live'), 'polite');
      await tab.keyboard.type('abcdefgh');
      const typed = Date.now();
      // The visible count follows each key at once…
      assert.equal(await text(status), 'You have 2 characters remaining');
      // …the screen reader hears it only once typing has paused (half a second, checked
      // each second), so that it is not interrupted at every key.
      assert.equal(await text(sr), 'You have 10 characters remaining', 'not announced while typing');
      await announced(sr, 'You have 2 characters remaining');
      const waited = Date.now() - typed;
      assert.ok(waited >= 450 && waited <= 2000, `announced ${waited} ms after the last key`);
      await tab.keyboard.type('xyz');
      assert.equal(await text(status), 'You have 1 character too many');
      assert.ok(await tab.evaluate(() => document.querySelector('textarea').classList.contains('govuk-textarea--error')));
      await announced(sr, 'You have 1 character too many');
      await press('Backspace');
      assert.equal(await text(status), 'You have 0 characters remaining');
    },
  },
  checkboxes: {
    component: 'checkboxes',
    options: {
      name: 'contact',
      idPrefix: 'contact',
      fieldset: { legend: { text: 'How should we contact you?' } },
      items: [
        { value: 'email', text: 'Email', conditional: { html: '<label class="govuk-label" for="email">Email address</label><input class="govuk-input" id="email" name="email">' } },
        { value: 'phone', text: 'Phone' },
        { divider: 'or' },
        { value: 'none', text: 'Do not contact me', behaviour: 'exclusive' },
      ],
    },
    async steps() {
      await press('Tab');
      await focusIs('#contact', 'Tab reaches the first checkbox');
      assert.equal(await attr('#contact', 'aria-expanded'), 'false');
      await press(' ');
      assert.ok(await checked('#contact'));
      assert.equal(await attr('#contact', 'aria-expanded'), 'true');
      assert.ok(await visible('#email'), 'Space reveals the conditional question');
      await press('Tab');
      await focusIs('#email', 'Tab enters the revealed question');
      await press('Tab');
      await focusIs('#contact-2', 'then the next checkbox');
      await press(' ');
      await press('Tab');
      await focusIs('#contact-4', 'then "Do not contact me"');
      await press(' ');
      assert.deepEqual([await checked('#contact'), await checked('#contact-2'), await checked('#contact-4')], [false, false, true],
        'the exclusive box clears the others');
      assert.ok(!(await visible('#email')), 'and hides the conditional question');
      await press('Shift+Tab');
      await focusIs('#contact-2', 'Shift+Tab skips the hidden question');
      await press(' ');
      assert.ok(!(await checked('#contact-4')), 'another box clears the exclusive one');
    },
  },
  radios: {
    component: 'radios',
    options: {
      name: 'where',
      idPrefix: 'where',
      fieldset: { legend: { text: 'Where do you live?' } },
      items: [
        { value: 'england', text: 'England', conditional: { html: '<label class="govuk-label" for="pc-england">Postcode</label><input class="govuk-input" id="pc-england" name="pe">' } },
        { value: 'wales', text: 'Wales', conditional: { html: '<label class="govuk-label" for="pc-wales">Cod post</label><input class="govuk-input" id="pc-wales" name="pw">' } },
      ],
    },
    async steps() {
      await press('Tab');
      await focusIs('#where', 'Tab reaches the radios');
      await press(' ');
      assert.ok(await checked('#where'));
      assert.ok(await visible('#pc-england'), 'Space chooses England and reveals its question');
      await press('ArrowDown');
      await focusIs('#where-2', 'ArrowDown moves to Wales');
      assert.ok(await checked('#where-2'), 'and chooses it');
      assert.ok(await visible('#pc-wales') && !(await visible('#pc-england')), 'revealing only its question');
      assert.deepEqual([await attr('#where', 'aria-expanded'), await attr('#where-2', 'aria-expanded')], ['false', 'true']);
      await press('Tab');
      await focusIs('#pc-wales', 'Tab enters the revealed question');
      await press('Shift+Tab');
      await press('ArrowUp');
      await focusIs('#where', 'ArrowUp moves back');
      assert.ok(await visible('#pc-england') && !(await visible('#pc-wales')));
    },
  },
  'error-summary': {
    component: 'error-summary',
    options: { titleText: 'There is a problem', errorList: [{ text: 'Enter your full name', href: '#full-name' }] },
    after: '<div class="govuk-form-group" style="margin-top: 1500px"><label class="govuk-label" for="full-name">Full name</label><input class="govuk-input" id="full-name" name="name"></div>',
    first: true,
    async steps() {
      // The summary takes focus when the page loads, so a screen reader reads it first.
      await focusIs('.govuk-error-summary', 'focus starts on the error summary');
      await press('Tab');
      await focusIs('.govuk-error-summary__list a', 'Tab reaches the error');
      await press('Enter');
      await focusIs('#full-name', 'Enter moves focus to the field');
      const labelTop = await tab.evaluate(() => document.querySelector('label[for="full-name"]').getBoundingClientRect().top);
      assert.ok(labelTop >= 0 && labelTop < 700, `the field's label is in view (top ${labelTop})`);
    },
  },
  'exit-this-page': {
    component: 'exit-this-page',
    options: { redirectUrl: '/exited' },
    async steps() {
      await press('Tab');
      await focusIs('.govuk-exit-this-page__button', 'Tab reaches the button');
      const status = '.govuk-exit-this-page [role="status"]';
      await press('Shift');
      assert.equal(await text(status), 'Shift, press 2 more times to exit.');
      await press('Shift');
      assert.equal(await text(status), 'Shift, press 1 more time to exit.');
      // Unfinished, the count expires after five seconds and says so.
      const waited = await announced(status, 'Exit this page expired.');
      assert.ok(waited >= 4500 && waited <= 6500, `expired after ${waited} ms`);
      await press('Shift');
      await press('Shift');
      await Promise.all([tab.waitForURL('**/exited'), press('Shift')]);
    },
  },
  'file-upload': {
    component: 'file-upload',
    options: { id: 'evidence', name: 'evidence', label: { text: 'Upload a photo' }, javascript: true },
    async steps() {
      await press('Tab');
      await focusIs('button.govuk-file-upload-button', 'Tab reaches the drop zone’s button');
      assert.equal(await text('.govuk-file-upload-button__status'), 'No file chosen');
      const [chooser] = await Promise.all([tab.waitForEvent('filechooser'), press('Enter')]);
      await chooser.setFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('jpeg') });
      assert.equal(await text('.govuk-file-upload-button__status'), 'photo.jpg');
      await focusIs('button.govuk-file-upload-button', 'focus stays on the button');
      const [again] = await Promise.all([tab.waitForEvent('filechooser'), press(' ')]);
      await again.setFiles([]);
    },
  },
  'notification-banner': {
    component: 'notification-banner',
    options: { type: 'success', html: '<p class="govuk-notification-banner__heading">Sent. <a class="govuk-notification-banner__link" href="#next">See what happens next</a></p>' },
    first: true,
    async steps() {
      // A success banner is an alert: it takes focus when the page loads.
      await focusIs('.govuk-notification-banner', 'focus starts on the banner');
      assert.equal(await attr('.govuk-notification-banner', 'tabindex'), '-1');
      await press('Tab');
      await focusIs('.govuk-notification-banner__link', 'Tab reaches its link');
      assert.equal(await attr('.govuk-notification-banner', 'tabindex'), null, 'the banner is no longer focusable once left');
    },
  },
  'password-input': {
    component: 'password-input',
    options: { id: 'password', name: 'password', label: { text: 'Password' } },
    async steps() {
      await press('Tab');
      await focusIs('#password', 'Tab reaches the field');
      await tab.keyboard.type('hunter2');
      await press('Tab');
      const button = '.govuk-password-input__toggle';
      const sr = '.govuk-password-input__sr-status';
      await focusIs(button, 'then its button');
      assert.deepEqual([await text(button), await attr(button, 'aria-label')], ['Show', 'Show password']);
      await press('Enter');
      assert.equal(await attr('#password', 'type'), 'text');
      assert.deepEqual([await text(button), await attr(button, 'aria-label')], ['Hide', 'Hide password']);
      assert.equal(await text(sr), 'Your password is visible');
      await focusIs(button, 'focus stays on the button');
      await press(' ');
      assert.equal(await attr('#password', 'type'), 'password');
      assert.equal(await text(sr), 'Your password is hidden');
      await press('Shift+Tab');
      await focusIs('#password', 'Shift+Tab goes back to the field');
    },
  },
  'service-navigation': {
    component: 'service-navigation',
    options: { navigation: [{ href: '#one', text: 'Bins' }, { href: '#two', text: 'Council tax', active: true }] },
    width: 375,
    async steps() {
      const toggle = '.govuk-service-navigation__toggle';
      await press('Tab');
      await focusIs(toggle, 'on a phone, Tab reaches the menu button');
      assert.equal(await text(toggle), 'Menu');
      assert.equal(await attr(toggle, 'aria-expanded'), 'false');
      assert.ok(!(await visible('.govuk-service-navigation__list')));
      await press('Enter');
      assert.equal(await attr(toggle, 'aria-expanded'), 'true');
      assert.ok(await visible('.govuk-service-navigation__list'), 'Enter opens the menu');
      await press('Tab');
      await focusIs('a[href="#one"]', 'Tab enters the menu');
      await press('Shift+Tab');
      await press(' ');
      assert.equal(await attr(toggle, 'aria-expanded'), 'false');
      assert.ok(!(await visible('.govuk-service-navigation__list')), 'Space closes it');
      await press('Tab');
      await focusIs('body, #start', 'the closed menu’s links are skipped');
    },
  },
  'skip-link': {
    component: 'skip-link',
    options: { text: 'Skip to main content', href: '#content' },
    after: '<div id="content"><h1 class="govuk-heading-l">Bin collections</h1><a href="#next" id="next" class="govuk-link">Report a missed bin</a></div>',
    first: true,
    async steps() {
      await press('Tab');
      await focusIs('.govuk-skip-link', 'the first Tab reaches the skip link');
      assert.ok(await visible('.govuk-skip-link'), 'shown when focused');
      await press('Enter');
      await focusIs('#content', 'Enter moves focus to the content');
      assert.equal(await attr('#content', 'tabindex'), '-1');
      await press('Tab');
      await focusIs('#next', 'Tab goes on from the content');
      assert.equal(await attr('#content', 'tabindex'), null, 'the content is no longer focusable once left');
    },
  },
  tabs: {
    component: 'tabs',
    options: {
      id: 'when',
      items: [
        { label: 'Past day', id: 'past-day', panel: { html: '<a href="#d" id="day-link" class="govuk-link">Day figures</a>' } },
        { label: 'Past week', id: 'past-week', panel: { html: '<a href="#w" id="week-link" class="govuk-link">Week figures</a>' } },
        { label: 'Past month', id: 'past-month', panel: { text: 'Month figures' } },
      ],
    },
    async steps() {
      await press('Tab');
      await focusIs('#tab_past-day', 'Tab reaches the selected tab');
      assert.equal(await attr('#tab_past-day', 'aria-selected'), 'true');
      await press('ArrowRight');
      await focusIs('#tab_past-week', 'ArrowRight moves to the next tab');
      assert.equal(await attr('#tab_past-week', 'aria-selected'), 'true');
      assert.ok(await visible('#past-week') && !(await visible('#past-day')), 'and shows its panel');
      await press('ArrowRight');
      await press('ArrowRight');
      await focusIs('#tab_past-month', 'ArrowRight stops at the last tab');
      await press('ArrowLeft');
      await focusIs('#tab_past-week', 'ArrowLeft moves back');
      // A user tabs on once they see the panel: wait for it, and for the page to finish the
      // frame, so Tab is not sent while the panels are still being swapped (a run on a
      // loaded machine once sent it first, and focus stayed on the tab).
      await tab.waitForFunction(() => document.querySelector('#past-week')?.checkVisibility(), null, { timeout: 2000, polling: 25 });
      await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
      await press('Tab');
      await focusIs('#week-link', 'Tab leaves the tab list for the shown panel');
      await press('Shift+Tab');
      await focusIs('#tab_past-week', 'Shift+Tab returns to the selected tab, not the first');
    },
  },
};

for (const [name, scenario] of Object.entries(SCENARIOS)) {
  for (const side of ['enhancer', 'leptos']) {
    test(`${name} by keyboard (${side === 'enhancer' ? 'Civic’s enhancer' : 'Leptos component'})`, async () => {
      await open(side, scenario);
      await scenario.steps();
    });
  }
}

test('a council’s locale file reaches the behaviours, with its own plural forms', async () => {
  // Scottish Gaelic uses one, two, few and other; these words only mark which form was
  // chosen (they are not a translation).
  const file = JSON.parse(civic(['messages', '--format', 'locale', '--locale', 'en']));
  file.tag = 'gd';
  file.name = 'Gàidhlig';
  for (const messages of Object.values(file.messages)) {
    for (const [key, message] of Object.entries(messages)) {
      if (typeof message === 'object') {
        messages[key] = Object.fromEntries(['one', 'two', 'few', 'other'].map((form) => [form, `${form}: %{count} ${key}`]));
      }
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-locale-'));
  const localeFile = path.join(dir, 'gd.json');
  fs.writeFileSync(localeFile, JSON.stringify(file));
  const html = civicHtml([{ component: 'character-count', options: { name: 'story', id: 'story', maxlength: 30, label: { text: 'Sgeulachd' } } }], 'gd', localeFile)[0];
  await server.load(tab, { lang: 'gd', html, script: 'civic', title: 'gd' });
  const status = '.govuk-character-count__status';
  // CLDR's Gaelic: 1 and 11 are "one", 2 and 12 "two", 3 to 10 and 13 to 19 "few", 20 "other".
  for (const [typed, form, left] of [[29, 'one', 1], [28, 'two', 2], [27, 'few', 3], [10, 'other', 20]]) {
    await tab.fill('#story', 'x'.repeat(typed));
    assert.equal(await text(status), `${form}: ${left} charactersUnderLimit`, `${left} left`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test('every behaving component has a keyboard scenario', async () => {
  const behaving = fs.readdirSync(path.join(root, 'components/src/components'))
    .filter((c) => fs.existsSync(path.join(root, 'components/src/components', c, 'behaviour.rs')))
    .map((c) => c.replaceAll('_', '-')).sort();
  assert.equal(behaving.length, 13);
  assert.deepEqual(Object.keys(SCENARIOS).sort(), behaving);
});
