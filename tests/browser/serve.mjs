// Serves a built folder on 127.0.0.1 for browser tests (sirv: a small, maintained static
// file server), and launches Debian's Chromium through playwright-core.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { chromium } from 'playwright-core';

export async function serve(dir) {
  const handler = sirv(dir, { dev: true, single: false });
  const server = http.createServer((req, res) => handler(req, res, () => { res.statusCode = 404; res.end('not found'); }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** The content types of the files the browser tests serve from disk, by extension. */
const CONTENT_TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

/** The content type of the file at `pathname`, or `fallback` for an extension not listed. */
export const contentType = (pathname, fallback) => CONTENT_TYPES[path.extname(pathname)] ?? fallback;

/**
 * A reader of files under folders that keeps what it read: `read(base, relative)` gives the
 * bytes of the file at `relative` under `base`, or null for a folder, a missing file or a
 * path that climbs out of `base`. A test server answers many pages from a few files (the
 * enhancer, a Leptos host's wasm), so each is read from disk once.
 */
export function fileReader() {
  const files = new Map();
  return (base, relative) => {
    const file = path.join(base, path.normalize(relative).replace(/^(\.\.[/\\])+/, ''));
    if (!files.has(file)) files.set(file, fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? fs.readFileSync(file) : null);
    return files.get(file);
  };
}

/** Debian's Chromium, headless, with `args` added to the usual flags. */
export async function launch(args = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', ...args],
  });
}

/**
 * Runs `work(item, lane)` on every item, `lanes` at a time, each lane taking the next item
 * when it is free: one lane's waits (a page loading, a timer) overlap another's work. After a
 * failure no lane starts another item, and the first failure is thrown once all have stopped.
 */
export async function inLanes(items, lanes, work) {
  let next = 0;
  let failed = false;
  const results = await Promise.allSettled([...Array(lanes).keys()].map(async (lane) => {
    while (!failed && next < items.length) {
      try {
        await work(items[next++], lane);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  }));
  const failure = results.find((r) => r.status === 'rejected');
  if (failure) throw failure.reason;
}

/** A lane count from the environment variable `name`: a whole number from 1, or `fallback`. */
export function laneCount(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  assert.ok(/^[1-9][0-9]*$/.test(value), `${name} must be a whole number from 1, not ${JSON.stringify(value)}`);
  return Number(value);
}

// `node tests/browser/serve.mjs DIR [PORT]` serves DIR (`cargo xtask showcase` uses this).
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, port = '8080'] = process.argv.slice(2);
  const handler = sirv(dir, { dev: true, single: false });
  http.createServer((req, res) => handler(req, res, () => { res.statusCode = 404; res.end('not found'); }))
    .listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${port}/`));
}
