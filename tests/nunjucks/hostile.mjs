// Hostile text for Civic's differential escaping test (issue #8): every text option of every
// component, read from govuk-frontend's macro-options.json, set in turn to text that closes
// raw-text elements, entity text, quotes, non-ASCII and numbers that JavaScript prints its own
// way, then rendered by govuk-frontend's own macros with Nunjucks. Civic must render the same
// DOM from the same options, server-side and in the browser.
//
// Writes to the file named on the command line a JSON array with, for each component, its
// base options and its cases: a JSON pointer into the options, the value put there and the
// HTML govuk-frontend renders (absent where govuk-frontend itself throws). Numbers are written
// exactly as given (2^64, 9007199254740993); JSON.parse rounds them, as for govuk-frontend.
import nunjucks from 'nunjucks';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'node_modules/govuk-frontend/dist');
const componentsDir = path.join(dist, 'govuk/components');
const env = nunjucks.configure(dist, { autoescape: true });

const TEXTS = [
  '</textarea></title></style></script><script>alert(1)</script><img src=x onerror=alert(1)>',
  'Tom &amp; Jerry &lt;3 &#x3C;b&#x3E; &copy &',
  '"double" \'single\' `back` <b>bold</b> a=b',
  "Croeso i'r gwasanaeth — ŵ ŷ ✓ 😀 \u202e",
];
// Written into the file as they are (JavaScript reads each as the nearest double); each text
// option gets one of them in turn.
const NUMBERS = ['18446744073709551616', '9007199254740993', '1e21', '1e-7', '1e308', '-0', '0.1', '123456789012345680000'];

const schemaOf = (component) =>
  JSON.parse(fs.readFileSync(path.join(componentsDir, component, 'macro-options.json'), 'utf8'));
const kebab = (name) => name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
const isHtmlOption = (name) => name === 'html' || name.endsWith('Html') || name === 'slots';

// Options with every option set to something ordinary, so that each text is rendered.
function baseFromSchema(params, depth = 0) {
  const options = {};
  for (const param of params) {
    const { name, type } = param;
    if (name.endsWith('eadingLevel')) options[name] = 2;
    else if (name === 'divider' || isHtmlOption(name) || name === 'caller') continue;
    else if (type === 'string') options[name] = name === 'maxlength' || name === 'maxwords' || name === 'threshold' ? '10' : `${name} text`;
    else if (type === 'boolean') options[name] = false;
    else if (type === 'number' || type === 'integer') options[name] = 10;
    else if (type === 'object' && param.params) options[name] = baseFromSchema(param.params, depth + 1);
    else if (type === 'object' && param.isComponent && depth < 2 && fs.existsSync(path.join(componentsDir, kebab(name)))) {
      options[name] = baseFromSchema(schemaOf(kebab(name)), depth + 1);
    } else if (type === 'object') options[name] = { 'data-extra': `${name} value`, other: `${name} other`, one: `${name} one` };
    else if (type === 'array' && param.params) options[name] = [baseFromSchema(param.params, depth + 1)];
    else if (type === 'array') options[name] = [`${name} item`];
  }
  return options;
}

// The path of every string in the options, as a list of keys and indexes.
function stringPaths(value, prefix = []) {
  if (typeof value === 'string') return isHtmlOption(String(prefix.at(-1))) ? [] : [prefix];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...prefix, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (isHtmlOption(k) ? [] : stringPaths(v, [...prefix, k])));
  }
  return [];
}

const pointer = (keys) => keys.map((k) => '/' + String(k).replaceAll('~', '~0').replaceAll('/', '~1')).join('');

function withValue(options, keys, value) {
  const copy = structuredClone(options);
  let at = copy;
  for (const key of keys.slice(0, -1)) at = at[key];
  at[keys.at(-1)] = value;
  return copy;
}

const macroName = (component) => 'govuk' + component.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');

function render(component, options) {
  const name = macroName(component);
  try {
    return env.renderString(`{% from "govuk/components/${component}/macro.njk" import ${name} %}{{ ${name}(options) }}`, { options });
  } catch {
    return undefined;
  }
}

const components = fs
  .readdirSync(componentsDir)
  .filter((name) => fs.existsSync(path.join(componentsDir, name, 'macro-options.json')))
  .sort();
const parts = [];
let count = 0;
let refused = 0;
let numberIndex = 0;
for (const component of components) {
  const base = baseFromSchema(schemaOf(component));
  if (component === 'table') base.rows = [base.rows]; // rows are lists of cells
  const cases = [];
  for (const keys of stringPaths(base)) {
    const values = TEXTS.map((text) => JSON.stringify(text));
    values.push(NUMBERS[numberIndex++ % NUMBERS.length]);
    for (const value of values) {
      const html = render(component, withValue(base, keys, JSON.parse(value)));
      cases.push(`{"pointer":${JSON.stringify(pointer(keys))},"value":${value}${html === undefined ? '' : `,"html":${JSON.stringify(html)}`}}`);
      count += 1;
      if (html === undefined) refused += 1;
    }
  }
  parts.push(`{"component":${JSON.stringify(component)},"base":${JSON.stringify(base)},"cases":[\n${cases.join(',\n')}]}`);
}
fs.writeFileSync(process.argv[2], `[\n${parts.join(',\n')}\n]\n`);
console.error(`hostile.mjs: ${count} cases, ${refused} that govuk-frontend cannot render`);
