/**
 * `npm run bench:cards`: what the share cards cost a build of 1,000 briefings. Draws 1,000 cards shaped like the
 * first briefing's (its title and dek, each numbered) into an empty cache, then asks for the same 1,000 again, as
 * the next build would: the first pass is a fresh clone's or CI's build, the second every build after it. As in
 * the build, every card is handed to the worker threads first (`drawAhead`), then taken in order.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { load } from 'js-yaml';
import { cardTree, CARD_HEIGHT, CARD_WIDTH } from '~/lib/share/card';
import { drawAhead, drawPng, imageStats } from '~/model/images';
import { ROOT } from '../lib/paths.ts';
import { SITE_NAME, SITE_URL } from '../../site.config.mjs';

const COUNT = Number(process.argv[2] ?? 1000);
const source = readFileSync(join(ROOT, 'content/briefings/how-kazakhstan-changed-after-the-invasion.mdx'), 'utf8');
const { title, dek } = load(source.split('---')[1] ?? '') as { title: string; dek: string };
const brand = { name: SITE_NAME, host: new URL(SITE_URL).host };
const cacheDir = mkdtempSync(join(tmpdir(), 'bench-cards-'));

async function pass(): Promise<number> {
  const started = performance.now();
  const options = { width: CARD_WIDTH, height: CARD_HEIGHT, root: ROOT, cacheDir };
  const trees = Array.from({ length: COUNT }, (_, i) =>
    cardTree({ title: `${title} (${i + 1})`, dek, kind: 'briefing' }, brand),
  );
  drawAhead(trees, 'png', options);
  for (const tree of trees) await drawPng(tree, options);
  return performance.now() - started;
}

try {
  const cold = await pass();
  const cached = await pass();
  const each = (ms: number) => `${(ms / COUNT).toFixed(1)} ms a card`;
  const cpu = `${(imageStats.drawingMs / COUNT).toFixed(1)} ms of drawing a card`;
  console.log(
    `${COUNT} cards, empty cache: ${(cold / 1000).toFixed(1)} s (${each(cold)}; ${imageStats.workers} worker threads, ${cpu})`,
  );
  console.log(`${COUNT} cards, all cached:  ${(cached / 1000).toFixed(2)} s (${each(cached)})`);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
