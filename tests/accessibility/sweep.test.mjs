// The accessibility sweep (issue #10), in Chromium.
//
// 1. axe-core, with the tags govuk-frontend's own tests use (wcag2a, wcag2aa, wcag21a,
//    wcag21aa, wcag22aa, best-practice) and its context (the body), on every non-hidden
//    govuk-frontend fixture as Civic draws it (`civic render`), each on its own page: in
//    English and in Welsh, with each Civic theme, with no script on the page (JavaScript
//    off) and after Civic's enhancer has run. No rule is turned off. A violation passes only
//    when `known-failures.json` names it (fixture, rule, why) and govuk-frontend's own page
//    for the same fixture (its HTML, CSS and script; English, as govuk-frontend ships) fails
//    the same rule on the element in the same place; an entry nothing matches fails too, so
//    the list cannot go stale.
// 2. The accessibility tree (Playwright's ARIA snapshot of <main>) of every fixture as Civic
//    draws it equals govuk-frontend's (the fixture's HTML, its CSS, its `initAll()`), before
//    and after enhancement.
// 3. Where Welsh and English mix: a Welsh page with an English language link and an English
//    field keeps `lang` right (axe's lang rules, and `lang` read where each text is).
//
// Pages come from `pages.mjs` and run in A11Y_TABS tabs at once (default 2). Inputs:
// CIVIC_DIST (enhancer), CIVIC_CSS_DIR (`<theme>.css` for every theme), CIVIC_BIN (the civic
// command). A11Y_ONLY=tabs,radios limits the run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { inLanes, laneCount, launch } from '../browser/serve.mjs';
import { root, civicHtml, fixtures, requireBuilt, startServer } from './pages.mjs';

const only = process.env.A11Y_ONLY ? process.env.A11Y_ONLY.split(',') : null;
const TABS = laneCount('A11Y_TABS', 2);

/** The tags govuk-frontend's `axe()` helper runs (shared/helpers/puppeteer.js), less AAA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const THEMES = ['civic', 'anytown'];
const LOCALES = ['en', 'cy'];
const STATES = ['no script', 'enhanced'];
const known = JSON.parse(fs.readFileSync(path.join(root, 'tests/accessibility/known-failures.json'), 'utf8'));

let server;
let browser;
const tabs = [];

before(async () => {
  requireBuilt();
  server = await startServer();
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  for (let i = 0; i < TABS; i += 1) tabs.push(await context.newPage());
});
after(async () => { await browser?.close(); await server?.close(); });

const load = (tab, spec) => server.load(tab, spec);
/** Civic's ARIA snapshots, by fixture and state, taken during the axe sweep. */
const civicSnapshots = new Map();

/** axe on the loaded page: violations as {rule, target, tags, summary}, and per-tag counts. */
async function axe(tab) {
  await tab.addScriptTag({ url: '/axe.min.js' });
  return tab.evaluate(async (tags) => {
    const result = await window.axe.run({ include: ['body'] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    // Where an element is, by position under <main>: the same on both sides of a comparison
    // in any language (axe's own selectors may quote translated text).
    const where = (target) => {
      const steps = [];
      for (let el = document.querySelector(target.join(' ')); el && el.id !== 'main' && el.parentElement; el = el.parentElement) {
        steps.unshift(`${el.localName}:${[...el.parentElement.children].indexOf(el)}`);
      }
      return steps.join('>');
    };
    const pick = (list) => list.map((r) => ({ id: r.id, tags: r.tags, nodes: r.nodes.map((n) => ({ target: n.target.join(' '), at: where(n.target), summary: n.failureSummary })) }));
    return {
      violations: pick(result.violations),
      passes: pick(result.passes),
      incomplete: pick(result.incomplete),
      inapplicable: result.inapplicable.map((r) => ({ id: r.id, tags: r.tags })),
    };
  }, TAGS);
}

/** Runs `work` on every item, in as many tabs as there are. */
const inTabs = (items, work) => inLanes(items, tabs.length, (item, lane) => work(tabs[lane], item));

test('axe-core finds no violation on any fixture, in English and Welsh, both themes, without script and enhanced', async () => {
  const all = fixtures(only);
  assert.ok(all.length > 250 || only, `only ${all.length} fixtures`);
  const html = Object.fromEntries(LOCALES.map((locale) => [locale, civicHtml(all, locale)]));
  const jobs = [];
  for (const [i, fixture] of all.entries()) {
    for (const locale of LOCALES) for (const theme of THEMES) for (const state of STATES) {
      jobs.push({ fixture, locale, theme, state, html: html[locale][i] });
    }
  }
  const tally = Object.fromEntries(TAGS.map((tag) => [tag, { rules: new Set(), passes: 0, violations: 0, incomplete: 0, inapplicable: 0 }]));
  const review = new Map();
  const found = [];
  await inTabs(jobs, async (tab, job) => {
    await load(tab, {
      lang: job.locale,
      title: `${job.fixture.component} – ${job.fixture.name}`,
      css: `/css/${job.theme}.css`,
      html: job.html,
      script: job.state === 'enhanced' ? 'civic' : null,
    });
    // The English page in the default theme also gives Civic's side of the ARIA snapshot test.
    if (job.locale === 'en' && job.theme === 'civic') {
      civicSnapshots.set(`${job.fixture.component}/${job.fixture.name}/${job.state}`, await tab.locator('#main').ariaSnapshot());
    }
    const result = await axe(tab);
    for (const list of ['passes', 'violations', 'incomplete', 'inapplicable']) {
      for (const rule of result[list]) {
        for (const tag of rule.tags.filter((t) => TAGS.includes(t))) {
          tally[tag].rules.add(rule.id);
          tally[tag][list] += 1;
        }
      }
    }
    // "Needs review": axe could not decide (text over a background image, say); shown, not failed.
    for (const rule of result.incomplete) review.set(rule.id, (review.get(rule.id) ?? 0) + rule.nodes.length);
    for (const rule of result.violations) {
      for (const node of rule.nodes) found.push({ ...job, rule: rule.id, target: node.target, at: node.at, summary: node.summary });
    }
  });

  console.log(`\naxe-core ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules/axe-core/package.json'))).version} on ${jobs.length} pages (${all.length} fixtures × ${LOCALES.length} locales × ${THEMES.length} themes × ${STATES.length} states):`);
  console.log('  (page, rule) results per tag: rules, passed, violated, needs review, not applicable');
  for (const tag of TAGS) {
    const t = tally[tag];
    console.log(`  ${tag.padEnd(14)} ${String(t.rules.size).padStart(3)} rules ${String(t.passes).padStart(7)} ${String(t.violations).padStart(5)} ${String(t.incomplete).padStart(5)} ${String(t.inapplicable).padStart(7)}`);
  }
  console.log(`  needs review, elements by rule: ${[...review].map(([id, n]) => `${id} ${n}`).join(', ') || 'none'}`);

  // Each violation must be listed, and govuk-frontend's own page must fail it identically.
  const listed = (v) => known.find((k) => k.component === v.fixture.component && k.fixture === v.fixture.name && k.rule === v.rule);
  const unlisted = found.filter((v) => !listed(v));
  const govukFails = new Map();
  const notIdentical = [];
  for (const v of found.filter(listed)) {
    const key = `${v.fixture.component}/${v.fixture.name}/${v.state}`;
    if (!govukFails.has(key)) {
      await load(tabs[0], {
        title: key,
        css: '/govuk/govuk-frontend.min.css',
        html: v.fixture.html,
        script: v.state === 'enhanced' ? 'govuk' : null,
      });
      govukFails.set(key, (await axe(tabs[0])).violations.flatMap((r) => r.nodes.map((n) => `${r.id} ${n.at}`)));
    }
    if (!govukFails.get(key).includes(`${v.rule} ${v.at}`)) notIdentical.push(v);
  }
  // Grouped by fixture and rule, for the reader (and for writing known-failures.json).
  const groups = new Map();
  for (const v of found) {
    const key = `${v.fixture.component} / ${v.fixture.name}: ${v.rule}`;
    const g = groups.get(key) ?? { pages: new Set(), nodes: 0, listed: !!listed(v) };
    g.pages.add(`${v.locale} ${v.theme} ${v.state}`);
    g.nodes += 1;
    groups.set(key, g);
  }
  for (const [key, g] of groups) console.log(`  ${g.listed ? 'known' : 'NEW'}: ${key}: ${g.nodes} elements on ${g.pages.size} pages (${[...g.pages].join(', ')})`);
  const describe = (v) => `${v.fixture.component} / ${v.fixture.name} (${v.locale}, ${v.theme}, ${v.state}): ${v.rule} at ${v.target}: ${v.summary.replace(/\s+/g, ' ')}`;
  const stale = known.filter((k) => (!only || only.includes(k.component)) && !found.some((v) => listed(v) === k));
  console.log(`  violations: ${found.length}, each listed in known-failures.json and failed identically by govuk-frontend: ${found.length - unlisted.length - notIdentical.length}`);
  for (const v of [...unlisted, ...notIdentical].slice(0, 40)) console.log(`  FAILED: ${describe(v)} [${v.at}]`);
  assert.deepEqual(unlisted.map(describe), [], 'violations');
  assert.deepEqual(notIdentical.map(describe), [], 'listed violations that govuk-frontend does not share');
  assert.deepEqual(stale.map((k) => `${k.component} / ${k.fixture}: ${k.rule}`), [], 'known failures no longer found: remove them');
});

test('every fixture drawn by Civic has govuk-frontend’s accessibility tree, before and after enhancement', async () => {
  const all = fixtures(only);
  const html = civicHtml(all, 'en');
  const jobs = all.flatMap((fixture, i) => STATES.map((state) => ({ fixture, state, html: html[i] })));
  const differ = [];
  const byComponent = new Map();
  await inTabs(jobs, async (tab, job) => {
    const script = job.state === 'enhanced';
    const title = `${job.fixture.component} – ${job.fixture.name}`;
    await load(tab, { title, css: '/govuk/govuk-frontend.min.css', html: job.fixture.html, script: script ? 'govuk' : null });
    const reference = await tab.locator('#main').ariaSnapshot();
    let civic = civicSnapshots.get(`${job.fixture.component}/${job.fixture.name}/${job.state}`);
    if (civic === undefined) {
      await load(tab, { title, css: '/css/civic.css', html: job.html, script: script ? 'civic' : null });
      civic = await tab.locator('#main').ariaSnapshot();
    }
    const c = byComponent.get(job.fixture.component) ?? { same: 0, total: 0 };
    c.total += 1;
    if (civic === reference) c.same += 1;
    else differ.push(`${title} (${job.state}):\n--- govuk-frontend\n${reference}\n--- Civic\n${civic}`);
    byComponent.set(job.fixture.component, c);
  });
  console.log('\nARIA snapshots equal to govuk-frontend’s (fixtures × before and after enhancement):');
  for (const [component, c] of [...byComponent].sort()) console.log(`  ${component} ${c.same}/${c.total}`);
  console.log(`  total ${jobs.length - differ.length}/${jobs.length}`);
  assert.ok(jobs.length > 0);
  assert.deepEqual(differ, []);
});

test('a Welsh page that mixes in English keeps lang right', async () => {
  // A Welsh page: a language switch to English, an English name in a Welsh sentence, and an
  // English field, drawn in English and marked `lang="en"` on its form group (what a Leptos
  // `locale=Locale::En` prop does).
  const render = (component, options, locale = 'cy') => civicHtml([{ component, options }], locale)[0];
  const parts = [
    render('language-navigation', { items: [
      { text: 'English', lang: 'en', href: '/en', languageDescriptionText: 'Change the language to English' },
      { text: 'Cymraeg', lang: 'cy', current: true },
    ] }),
    '<p class="govuk-body">Mae <span lang="en">Northshire Council</span> yn casglu biniau bob wythnos.</p>',
    render('back-link', { href: '/' }),
    render('input', { name: 'ref', label: { text: 'Reference number' }, errorMessage: { text: 'Enter a reference number' },
      formGroup: { attributes: { lang: 'en' } } }, 'en'),
  ];
  for (const script of [null, 'civic']) {
    await load(tabs[0], { lang: 'cy', title: 'Tudalen', css: '/css/civic.css', html: parts.join('\n'), script });
    const { violations } = await axe(tabs[0]);
    assert.deepEqual(violations.map((v) => v.id), [], `axe (${script ?? 'no script'})`);
    // Where each text is read, the language it is read in.
    const langs = await tabs[0].evaluate(() => {
      const of = (selector) => document.querySelector(selector).closest('[lang]').getAttribute('lang');
      return {
        englishLink: of('.govuk-language-navigation a'),
        englishLinkHref: document.querySelector('.govuk-language-navigation a').getAttribute('hreflang'),
        name: of('p span'),
        sentence: of('p'),
        back: of('.govuk-back-link'),
        error: of('.govuk-error-message'),
        errorPrefix: document.querySelector('.govuk-error-message .govuk-visually-hidden').textContent,
      };
    });
    assert.deepEqual(langs, {
      englishLink: 'en', englishLinkHref: 'en', name: 'en', sentence: 'cy', back: 'cy', error: 'en', errorPrefix: 'Error:',
    });
  }
});
