/**
 * `npm run bench:timeline`: how the timeline scales. Builds the site as it is and a copy with 1,000 synthetic
 * events, then reports the build time the events add, the timeline page's size (raw and gzip) per 10 events, how
 * long applying a filter takes in Chromium, and whether every year link still lands where it points at phone and
 * desktop width. Targets (issues 3 and 9): a filter applies within one frame (16 ms) on 1,000 events; the page
 * stays under 2 KB compressed per 10 events; every jump lands below the sticky bar, in the window's top quarter.
 * A benchmark, not a test: it prints numbers.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/browser.ts';
import { copySite } from '../lib/site-copy.ts';

const ROOT = process.cwd();
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const SYNTHETIC = 1000;
const THEMES = ['war', 'diplomacy', 'trade', 'energy', 'sanctions', 'domestic', 'security', 'humanitarian'];
const ACTORS = ['kazakhstan', 'russia', 'china', 'eu', 'germany', 'france', 'usa', 'turkey'];

function build(dir: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
  return performance.now() - start;
}

function pageSize(dir: string): { raw: number; gzip: number; events: number } {
  const html = readFileSync(join(dir, 'dist/timeline/index.html'));
  return {
    raw: html.length,
    gzip: gzipSync(html, { level: 9 }).length,
    events: (html.toString().match(/class="timeline-event"/g) ?? []).length,
  };
}

function addSyntheticEvents(dir: string): void {
  const folder = join(dir, 'content/events/synthetic');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < SYNTHETIC; i++) {
    const year = 2000 + (i % 20);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const date = i % 5 === 0 ? `${year}-${month}` : `${year}-${month}-${day}`;
    writeFileSync(
      join(folder, `synthetic-event-${i}.yaml`),
      [
        `date: "${date}"`,
        `title: "Synthetic event number ${i} for the benchmark"`,
        `summary: "A summary of about the length editors write, two short sentences long. It exists only to measure size and speed."`,
        `actors: [${ACTORS[i % ACTORS.length]}, ${ACTORS[(i + 3) % ACTORS.length]}]`,
        `themes: [${THEMES[i % THEMES.length]}]`,
        `status: confirmed`,
        `sources: [matussek-oped]`,
      ].join('\n'),
    );
  }
}

interface Landings {
  width: number;
  jumps: number;
  /** Jumps whose target ended under the sticky bar or below the window's top quarter. */
  missed: string[];
}

/** Clicks every year link, last year first, and checks where each heading lands. */
async function landings(page: Page, width: number): Promise<Landings> {
  const hrefs = await page.$$eval('nav[aria-label="Jump to year"] a', (as) =>
    as.map((a) => a.getAttribute('href') ?? ''),
  );
  const missed: string[] = [];
  for (const href of hrefs.reverse()) {
    await page.locator(`nav[aria-label="Jump to year"] a[href="${href}"]`).click();
    await page.waitForTimeout(100);
    const { top, bar, quarter } = await page.evaluate(
      (h) => ({
        top: document.querySelector(h)?.getBoundingClientRect().top ?? NaN,
        bar: document.querySelector('[data-timeline-bar]')?.getBoundingClientRect().bottom ?? NaN,
        quarter: window.innerHeight / 4,
      }),
      href,
    );
    if (!(top >= bar - 1 && top <= quarter)) missed.push(`${href} at ${Math.round(top)} px`);
  }
  return { width, jumps: hrefs.length, missed };
}

async function filterTiming(dir: string): Promise<{ median: number; max: number; landings: Landings[] }> {
  const server = await preview({ root: dir, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
  const browser = await launchChromium();
  try {
    const landed: Landings[] = [];
    for (const viewport of [
      { width: 375, height: 812 },
      { width: 1280, height: 900 },
    ]) {
      const page = await browser.newPage({ viewport });
      await page.goto(`http://127.0.0.1:${server.port}/timeline/`);
      landed.push(await landings(page, viewport.width));
      await page.close();
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${server.port}/timeline/`);
    // As a reader finds it a moment after loading: every event laid out once, and the ones off screen skipped.
    await page.waitForFunction(() => document.querySelector('timeline-filter')?.hasAttribute('data-lazy'));
    // Time the click handler (filtering, hiding, counting, URL) plus the style and layout it forces.
    const samples = await page.evaluate(() => {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-facet="themes"]')];
      const times: number[] = [];
      for (let round = 0; round < 20; round++) {
        const button = buttons[round % buttons.length];
        if (!button) throw new Error('No theme filter buttons: did the filter script run?');
        const start = performance.now();
        button.click();
        void document.body.offsetHeight;
        times.push(performance.now() - start);
      }
      return times;
    });
    samples.sort((a, b) => a - b);
    return { median: samples[Math.floor(samples.length / 2)] ?? NaN, max: samples.at(-1) ?? NaN, landings: landed };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const baseDir = copySite('bench-timeline-');
const bigDir = copySite('bench-timeline-');
try {
  // Best of three builds each: a single build's time varies by a few tenths of a second on a busy machine.
  const bestOf = (dir: string) => Math.min(build(dir), build(dir), build(dir));
  const baseTime = bestOf(baseDir);
  const baseSize = pageSize(baseDir);
  addSyntheticEvents(bigDir);
  const bigTime = bestOf(bigDir);
  const bigSize = pageSize(bigDir);
  const timing = await filterTiming(bigDir);
  const perTen = (s: { gzip: number; events: number }) => ((s.gzip / s.events) * 10) / 1024;
  console.log(`Timeline benchmark (${SYNTHETIC} synthetic events added)`);
  console.log(`  build, site as is:            ${(baseTime / 1000).toFixed(1)} s (${baseSize.events} events)`);
  console.log(
    `  build, with ${SYNTHETIC} more events:  ${(bigTime / 1000).toFixed(1)} s (adds ${((bigTime - baseTime) / 1000).toFixed(2)} s; best of 3 each)`,
  );
  console.log(
    `  /timeline/ as is:             ${(baseSize.raw / 1024).toFixed(1)} KB raw, ${(baseSize.gzip / 1024).toFixed(1)} KB gzip = ${perTen(baseSize).toFixed(2)} KB gzip per 10 events`,
  );
  console.log(
    `  /timeline/ with ${bigSize.events} events: ${(bigSize.raw / 1024).toFixed(1)} KB raw, ${(bigSize.gzip / 1024).toFixed(1)} KB gzip = ${perTen(bigSize).toFixed(2)} KB gzip per 10 events (target < 2)`,
  );
  console.log(
    `  applying a filter in Chromium: median ${timing.median.toFixed(1)} ms, worst ${timing.max.toFixed(1)} ms of 20 (target < 16 ms)`,
  );
  for (const { width, jumps, missed } of timing.landings) {
    console.log(
      `  year links at ${width} px:       ${jumps - missed.length} of ${jumps} land below the bar in the top quarter${missed.length ? ` (missed: ${missed.join(', ')})` : ''}`,
    );
  }
} finally {
  rmSync(baseDir, { recursive: true, force: true });
  rmSync(bigDir, { recursive: true, force: true });
}
