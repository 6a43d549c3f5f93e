// Renders govuk-frontend's own component macros with Nunjucks, for Civic's variation test.
// Reads a JSON array of {component, options} on stdin; writes a JSON array of
// {html} or {error} (govuk-frontend's macros throw on some malformed options).
import nunjucks from 'nunjucks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = nunjucks.configure(path.join(root, 'node_modules/govuk-frontend/dist'), { autoescape: true });
const macroName = (component) => 'govuk' + component.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');

let input = '';
process.stdin.setEncoding('utf8'); // so a character split across two chunks is read whole
for await (const chunk of process.stdin) input += chunk;
const outputs = JSON.parse(input).map(({ component, options }) => {
  const name = macroName(component);
  const source = `{% from "govuk/components/${component}/macro.njk" import ${name} %}{{ ${name}(options) }}`;
  try {
    return { html: env.renderString(source, { options }) };
  } catch (error) {
    return { error: String(error.message ?? error) };
  }
});
process.stdout.write(JSON.stringify(outputs));
