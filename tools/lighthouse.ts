/**
 * `npm run lighthouse`: Lighthouse (from npm) on Debian's Chromium, against the built site served on 127.0.0.1 as a
 * host serves it (its _headers, brotli: tools/lib/static-server.ts), for the home page, a briefing, the timeline,
 * the trade page, and the map and search pages when the build has them. Mobile preset (Lighthouse's default:
 * a mid-range phone on a throttled 4G link, simulated). Prints each page's four category scores, LCP, CLS, total
 * blocking time and DOM size, and writes the reports to .tmp/lighthouse/. Builds first when dist/ is missing.
 *
 * Not part of CI: it is slow and its timings vary from run to run. Targets (issue 12): 100 in every category,
 * LCP under 1 s, CLS 0. Record the numbers in docs/PERFORMANCE.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './lib/browser.ts';
import { ASTRO_BIN, DIST, ROOT } from './lib/paths.ts';
import { serveStatic } from './lib/static-server.ts';

const PAGES = [
  '/',
  '/briefings/how-kazakhstan-changed-after-the-invasion/',
  '/timeline/',
  '/trade/',
  '/map/',
  '/search/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

if (!existsSync(DIST)) {
  const build = spawnSync(process.execPath, [ASTRO_BIN, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// `npm run lighthouse -- /trade/ …` measures only those pages.
const asked = process.argv.slice(2);
const pages = (asked.length ? asked : PAGES).filter((path) => existsSync(join(DIST, path, 'index.html')));
const outDir = join(ROOT, '.tmp/lighthouse');
mkdirSync(outDir, { recursive: true });
const site = await serveStatic(DIST);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const rows: string[][] = [];
try {
  for (const path of pages) {
    const run = () =>
      lighthouse(`${site.url}${path}`, {
        port: chrome.port,
        output: ['html', 'json'],
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
    // On a busy machine a run now and then loses its trace (NO_NAVSTART, NO_FCP) and scores 0: run it once more.
    let result = await run();
    if (result?.lhr.runtimeError) result = await run();
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    const name = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replaceAll('/', '-');
    const [html, json] = result.report as string[];
    writeFileSync(join(outDir, `${name}.html`), html ?? '');
    writeFileSync(join(outDir, `${name}.json`), json ?? '');
    // A page Lighthouse could not measure (no paint, a crashed tab) scores 0: say why rather than print zeros.
    if (lhr.runtimeError) console.log(`  ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    for (const warning of lhr.runWarnings) console.log(`  ${path}: ${warning}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    rows.push([
      path,
      ...CATEGORIES.map((c) => String(Math.round((lhr.categories[c]?.score ?? 0) * 100))),
      `${(audit('largest-contentful-paint') / 1000).toFixed(2)} s`,
      audit('cumulative-layout-shift').toFixed(3),
      `${Math.round(audit('total-blocking-time'))} ms`,
      String(audit('dom-size')),
    ]);
    const failing = Object.values(lhr.audits).filter(
      (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
    );
    for (const a of failing) console.log(`  ${path}: ${a.id} ${a.displayValue ?? ''} (score ${a.score})`);
  }
} finally {
  chrome.kill();
  await site.close();
}

const header = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP', 'CLS', 'TBT', 'DOM'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
console.log(`\nReports: ${outDir}/`);
