// Renders govuk-frontend's own page template (template.njk) with Nunjucks, for Civic's
// template test. Reads a JSON array of option sets on stdin; writes a JSON array of HTML.
// Each option set holds template.njk's variables, with `blocks` for {% block %} overrides.
import nunjucks from 'nunjucks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = nunjucks.configure(path.join(root, 'node_modules/govuk-frontend/dist'), { autoescape: true });

let input = '';
process.stdin.setEncoding('utf8'); // so a character split across two chunks is read whole
for await (const chunk of process.stdin) input += chunk;
const outputs = JSON.parse(input).map((options) => {
  let source = '{% extends "govuk/template.njk" %}\n';
  if (options.pageTitle !== undefined) source += '{% block pageTitle %}{{ pageTitle }}{% endblock %}\n';
  for (const name of Object.keys(options.blocks ?? {})) {
    source += `{% block ${name} %}{{ blocks.${name} | safe }}{% endblock %}\n`;
  }
  return env.renderString(source, options);
});
process.stdout.write(JSON.stringify(outputs));
