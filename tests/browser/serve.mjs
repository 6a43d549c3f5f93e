// Serves a built folder on 127.0.0.1 for browser tests (sirv: a small, maintained static
// file server), and launches Debian's Chromium through playwright-core.
import http from 'node:http';
import sirv from 'sirv';
import { chromium } from 'playwright-core';

export async function serve(dir) {
  const handler = sirv(dir, { dev: true, single: false });
  const server = http.createServer((req, res) => handler(req, res, () => { res.statusCode = 404; res.end('not found'); }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Runs `work(item, lane)` on every item, `lanes` at a time, each lane taking the next item
 * when it is free: one lane's waits (a page loading, a timer) overlap another's work.
 */
export async function inLanes(items, lanes, work) {
  let next = 0;
  await Promise.all([...Array(Math.max(1, lanes)).keys()].map(async (lane) => {
    while (next < items.length) await work(items[next++], lane);
  }));
}

// `node tests/browser/serve.mjs DIR [PORT]` serves DIR (`cargo xtask showcase` uses this).
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, port = '8080'] = process.argv.slice(2);
  const handler = sirv(dir, { dev: true, single: false });
  http.createServer((req, res) => handler(req, res, () => { res.statusCode = 404; res.end('not found'); }))
    .listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${port}/`));
}
