/**
 * `npm run bench:weight`: builds the site, times the build, and prints what each page costs a reader (HTML, CSS,
 * JS and fonts, raw, gzip and brotli). A report, not a test; tests/build/budgets.test.ts holds the limits.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { kb, pageWeight } from '../lib/page-weight.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const start = performance.now();
const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  encoding: 'utf8',
});
if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
console.log(`astro build: ${((performance.now() - start) / 1000).toFixed(1)} s (wall clock, including start-up)\n`);

const pages = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
console.log(
  'page'.padEnd(62),
  'HTML raw / gz / br'.padEnd(30),
  'CSS gz',
  '  JS gz',
  '  fonts',
  'first load gz',
  '  br',
);
for (const file of pages) {
  const w = pageWeight(dist, file);
  const total = w.firstLoad.gzip;
  const brotli = w.firstLoad.brotli;
  console.log(
    relative(dist, join(dist, file)).padEnd(62),
    `${kb(w.html.raw)} / ${kb(w.html.gzip)} / ${kb(w.html.brotli)}`.padEnd(30),
    kb(w.css.gzip).padStart(7),
    kb(w.js.gzip).padStart(7),
    kb(w.fonts.gzip).padStart(7),
    kb(total).padStart(9),
    kb(brotli).padStart(9),
  );
}
