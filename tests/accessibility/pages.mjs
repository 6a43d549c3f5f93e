// Pages for the accessibility tests: a small HTTP server in the test's own process serves
// each page from memory and the scripts and stylesheets from disk with caching headers (so
// Chromium compiles axe, the enhancer and the Leptos host once, not once per page), and
// `civic render --jsonl` draws the components.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { contentType, fileReader } from '../browser/serve.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const govuk = path.join(root, 'node_modules/govuk-frontend/dist/govuk');
export const dist = process.env.CIVIC_DIST ?? path.join(root, 'target/civic-dist');
const cssDir = process.env.CIVIC_CSS_DIR ?? path.join(root, 'target/civic-css');
const leptosHost = process.env.CIVIC_LEPTOS_HOST ?? path.join(root, 'target/civic-leptos-host');
export const civicBin = process.env.CIVIC_BIN
  ?? path.join(process.env.CARGO_TARGET_DIR ?? path.join(root, 'target'), 'debug/civic');

/** Fails with the command that makes what a test needs, when it is missing. */
export function requireBuilt({ leptos = false, enhancer = true } = {}) {
  for (const f of enhancer ? ['civic.js', 'civic_bg.wasm'] : []) {
    assert.ok(fs.existsSync(path.join(dist, f)), `${dist}/${f} is missing: run \`cargo xtask dist\``);
  }
  for (const theme of ['civic', 'anytown']) {
    assert.ok(fs.existsSync(path.join(cssDir, `${theme}.css`)), `${cssDir}/${theme}.css is missing: run \`cargo xtask test accessibility\``);
  }
  assert.ok(fs.existsSync(civicBin), `${civicBin} is missing: run \`cargo build -p civic-cli\``);
  if (leptos) {
    assert.ok(fs.existsSync(path.join(leptosHost, 'host.js')), `${leptosHost}/host.js is missing: run \`cargo xtask test accessibility\``);
  }
}

/** The `civic` command's output for `args` (and `input` on stdin). */
export function civic(args, input = '') {
  return execFileSync(civicBin, args, { input, maxBuffer: 1 << 28 }).toString();
}

/**
 * Civic's rendering of each `{component, options}` in `locale`, from one `civic render
 * --jsonl` run; `localeFile` loads a council's locale file for lines to name.
 */
export function civicHtml(requests, locale = 'en', localeFile = null) {
  if (requests.length === 0) return [];
  const input = requests.map(({ component, options }) => JSON.stringify({ component, options, locale })).join('\n');
  const args = ['render', '--jsonl', ...(localeFile ? ['--locale-file', localeFile] : [])];
  const lines = civic(args, input).trim().split('\n');
  assert.equal(lines.length, requests.length, 'one answer per request');
  return lines.map((line, i) => {
    const answer = JSON.parse(line);
    assert.ok(answer.html !== undefined, `${requests[i].component}: ${answer.error}`);
    return answer.html;
  });
}

/** The non-hidden govuk-frontend fixtures, of the components in `only` if given. */
export function fixtures(only = null) {
  return fs.readdirSync(path.join(govuk, 'components')).sort()
    .filter((c) => fs.existsSync(path.join(govuk, 'components', c, 'fixtures.json')))
    .filter((c) => !only || only.includes(c))
    .flatMap((component) => JSON.parse(fs.readFileSync(path.join(govuk, 'components', component, 'fixtures.json'), 'utf8'))
      .fixtures.filter((f) => !f.hidden)
      .map((f) => ({ component, name: f.name, options: f.options, html: f.html })));
}

const json = (value) => JSON.stringify(value).replaceAll('<', '\\u003c');

/**
 * What starts a page's behaviours: nothing (JavaScript off), govuk-frontend's `initAll()`,
 * Civic's enhancer, or a Civic Leptos component mounted client-side from `mount` options.
 */
function starter(script, mount) {
  switch (script) {
    case 'govuk': return "import { initAll } from '/govuk/govuk-frontend.min.js'; initAll();";
    case 'civic': return "import init, { initAll } from '/civic/civic.js'; await init(); initAll();";
    case 'leptos': return `import init, { mount } from '/leptos/host.js'; await init({ module_or_path: '/leptos/host_bg.wasm' });
mount(${json(mount.component)}, ${json(JSON.stringify(mount.options))});
document.getElementById('main').insertAdjacentHTML('beforeend', ${json(mount.after ?? '')});
await new Promise((resolve) => setTimeout(resolve, 0));`;
    default: return null;
  }
}

/**
 * A page: `html` in <main> (after `before`), with `css`, started by `script` (null for none).
 * A Leptos page draws its component into <main> itself, then appends `mount.after`.
 */
export function page({ lang = 'en', title = 'Page', css = '/css/civic.css', before = '', html = '', script = null, mount = null }) {
  const start = script === null ? ''
    : `<script>document.body.className += ' js-enabled'${script === 'govuk' ? " + ' govuk-frontend-supported'" : ''};</script>`;
  const code = starter(script, mount);
  // `__started` settles once the script has started the page: awaited by the test directly,
  // which is quicker than polling for a flag.
  const end = code === null ? ''
    : `<script>window.__started = new Promise((resolve) => { window.__start = resolve; });</script>
<script type="module">${code} window.__ready = true; window.__start();</script>`;
  return `<!DOCTYPE html><html lang="${lang}" class="govuk-template"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<link rel="stylesheet" href="${css}"></head><body class="govuk-template__body">${start}${before}<main id="main" class="govuk-main-wrapper">${html}</main>${end}</body></html>`;
}

/**
 * Starts the server; `load(tab, spec)` then opens `page(spec)` in a tab. `app(pathname)` may
 * answer other paths with a page (a client-side app's every URL), or null.
 */
export async function startServer({ app = null } = {}) {
  const pages = new Map();
  const read = fileReader();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname.startsWith('/page/') && pages.has(url.pathname.slice(6))) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(pages.get(url.pathname.slice(6)));
    }
    const appPage = app?.(url.pathname);
    if (appPage) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(appPage);
    }
    let body = null;
    if (url.pathname === '/axe.min.js') body = read(root, 'node_modules/axe-core/axe.min.js');
    else if (url.pathname.startsWith('/civic/')) body = read(dist, url.pathname.slice(7));
    else if (url.pathname.startsWith('/css/')) body = read(cssDir, url.pathname.slice(5));
    else if (url.pathname.startsWith('/govuk/')) body = read(govuk, url.pathname.slice(7));
    else if (url.pathname.startsWith('/leptos/')) body = read(leptosHost, url.pathname.slice(8));
    else if (url.pathname.startsWith('/npm/')) body = read(path.join(root, 'node_modules'), url.pathname.slice(5));
    if (body === null) {
      // Where a link or a redirect led: a page that says so.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(`<!DOCTYPE html><html lang="en"><title>Arrived</title><main id="main">Arrived at ${url.pathname.replace(/[<&]/g, '')}</main></html>`);
    }
    res.writeHead(200, { 'content-type': contentType(url.pathname, 'application/octet-stream'), 'cache-control': 'max-age=3600' });
    return res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  let next = 0;
  return {
    base,
    close: () => new Promise((resolve) => server.close(resolve)),
    /** Opens a page in `tab` and waits for its script, if any, to have started. */
    async load(tab, spec) {
      const id = String(next++);
      pages.set(id, page(spec));
      tab.errors ??= [];
      if (!tab.listening) {
        tab.on('pageerror', (e) => tab.errors.push(String(e)));
        tab.listening = true;
      }
      await tab.goto(`${base}/page/${id}`, { waitUntil: 'load' });
      if (spec.script) {
        const started = await tab.evaluate(() => Promise.race([
          window.__started.then(() => true),
          new Promise((resolve) => { setTimeout(() => resolve(false), 10000); }),
        ]));
        assert.ok(started, `${spec.title ?? 'page'}: its script did not start in 10 s: ${tab.errors.join('; ')}`);
      }
      pages.delete(id);
      assert.deepEqual(tab.errors.splice(0), [], `${spec.title ?? 'page'}: script errors`);
    },
  };
}
