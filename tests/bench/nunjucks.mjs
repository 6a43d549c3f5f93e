// govuk-frontend's own Nunjucks macros on the same corpus as `civic-bench`: every fixture of
// every component, rendered in process on one thread, each component's template compiled
// once (as an app that caches its templates would), after one pass to warm up.
// Usage: node tests/bench/nunjucks.mjs [SECONDS]; writes one JSON object to stdout.
import nunjucks from 'nunjucks';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'node_modules/govuk-frontend/dist');
const components = path.join(dist, 'govuk/components');
const seconds = Number(process.argv[2] ?? 3);
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(dist), { autoescape: true });
const macroName = (component) => 'govuk' + component.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');

const corpus = fs.readdirSync(components).sort().flatMap((component) => {
  const file = path.join(components, component, 'fixtures.json');
  if (!fs.existsSync(file)) return [];
  const { fixtures } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const name = macroName(component);
  const template = new nunjucks.Template(
    `{% from "govuk/components/${component}/macro.njk" import ${name} %}{{ ${name}(options) }}`,
    env,
  );
  return [{ component, template, options: fixtures.map((f) => f.options) }];
});

const render = (template, options) => {
  try {
    return template.render({ options });
  } catch {
    // govuk-frontend's macros throw on a few malformed options; the time still counts.
    return '';
  }
};
// The UTF-8 bytes of one pass, measured outside the timed passes.
for (const entry of corpus) {
  entry.bytes = entry.options.reduce((n, o) => n + Buffer.byteLength(render(entry.template, o)), 0);
}
const tallies = {};
const pass = (keep) => {
  for (const { component, template, options, bytes } of corpus) {
    const started = process.hrtime.bigint();
    for (const o of options) render(template, o);
    if (keep) {
      const tally = (tallies[component] ??= { renders: 0, bytes: 0, seconds: 0 });
      tally.renders += options.length;
      tally.bytes += bytes;
      tally.seconds += Number(process.hrtime.bigint() - started) / 1e9;
    }
  }
};
pass(false);
const started = Date.now();
while ((Date.now() - started) / 1000 < seconds) pass(true);
process.stdout.write(JSON.stringify({
  fixtures: corpus.reduce((n, c) => n + c.options.length, 0),
  components: tallies,
}));
