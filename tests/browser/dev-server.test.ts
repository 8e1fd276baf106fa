/**
 * `npm run dev` as an editor uses it: files moved and edited while the server runs. A mistake shows in the browser
 * (the error page names the file and the problem), and its fix shows on the next reload, without a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/lib/browser';
import { ASTRO_BIN } from '../../tools/lib/paths';
import { copySite } from '../../tools/lib/site-copy';

let dir: string;
let server: ChildProcess;
let browser: Browser;
let base: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** Fetches a page until `ready` accepts it (the dev server reloads content a moment after a file is saved). */
async function pageWhen(path: string, ready: (status: number, body: string) => boolean, timeout = 20_000) {
  const until = Date.now() + timeout;
  let last = { status: 0, body: '' };
  while (Date.now() < until) {
    try {
      const response = await fetch(`${base}${path}`);
      last = { status: response.status, body: await response.text() };
      if (ready(last.status, last.body)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return last;
}

beforeAll(async () => {
  dir = copySite('dev-server-');
  const text = 'First.<Cite id="matussek-oped" />\n\nSecond.\n\nThird.';
  for (const [slug, header] of [
    ['test-draft', 'published: "2026-01-01"\ndraft: true'],
    ['test-scheduled', 'published: "2099-06-01"'],
  ]) {
    writeFileSync(
      join(dir, `content/briefings/${slug}.mdx`),
      `---\ntitle: "A ${slug}"\ndek: "A standfirst."\nauthors: ["Test desk"]\nsources: [matussek-oped]\n${header}\n---\n\n${text}\n`,
    );
  }
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    // A clean environment: the test runner's own variables (NODE_ENV=test, VITEST…) would change how Astro serves.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV|TEST)/.test(key))),
      FORCE_COLOR: '0',
    },
    stdio: 'ignore',
  });
  const first = await pageWhen('/timeline/', (status) => status === 200, 60_000);
  expect(first.status).toBe(200);
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  if (server.pid) process.kill(server.pid);
});

describe('the dev server', () => {
  it.each([
    ['test-draft', 'Draft: not published'],
    ['test-scheduled', 'Scheduled for 1 June 2099: not published yet'],
  ])('previews %s with its banner', async (slug, banner) => {
    const page = await pageWhen(`/briefings/${slug}/`, (status) => status === 200);
    expect(page.status).toBe(200);
    expect(page.body).toContain(banner);
  });

  it('does not take an event moved into a sub-folder for a duplicate', async () => {
    mkdirSync(join(dir, 'content/events/2022'), { recursive: true });
    renameSync(
      join(dir, 'content/events/spief-tokayev-donbas-remark.yaml'),
      join(dir, 'content/events/2022/spief-tokayev-donbas-remark.yaml'),
    );
    const page = await pageWhen(
      '/timeline/',
      (status, body) => status === 200 && body.includes('id="spief-tokayev-donbas-remark"'),
    );
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('same id');
  }, 30_000);

  it('shows a bad CSV edit in the browser, naming the file, line and column, and picks up the fix', async () => {
    const csv = join(dir, 'content/trade/kazakhstan.csv');
    const good = readFileSync(csv, 'utf8');
    writeFileSync(
      csv,
      `${good.trimEnd()}\nKZ,CN,2030,turnover,lots,USD bn,reporter,false,false,trend-2023-china-trade-2022,x\n`,
    );
    const line = good.trimEnd().split('\n').length + 1;
    const broken = await pageWhen('/trade/', (status) => status >= 500);
    expect(broken.status).toBeGreaterThanOrEqual(500);
    // The error overlay is drawn by the page's script, as an editor sees it in the browser.
    const page = await browser.newPage();
    await page.goto(`${base}/trade/`);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 20_000 });
    const text = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? element.textContent ?? '');
    expect(text).toContain(`content/trade/kazakhstan.csv:${line}`);
    expect(text).toContain("column value: 'lots' must be a plain number");
    await page.close();
    writeFileSync(csv, good);
    const fixed = await pageWhen('/trade/', (status) => status === 200);
    expect(fixed.status).toBe(200);
  }, 60_000);
});
