/**
 * `npm run bench:content`: times the content check (`npm run check:content`) on the real content and on a copy
 * with 1,000 extra briefings shaped like the first one (its citations, key events, trade panel and claim check).
 * Targets (issue 8): under 2 s on the present content, under 15 s with 1,000 briefings.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { localDate } from '~/lib/dates/calendar-date';
import { checkContent } from '~/model/content-check';
import { ROOT } from '../lib/paths.ts';

const today = localDate(new Date());

function time(root: string): { ms: number; files: number; problems: number } {
  const started = performance.now();
  const { files, problems } = checkContent(root, { today });
  return { ms: performance.now() - started, files, problems: problems.length };
}

const present = time(ROOT);
console.log(
  `present content: ${present.files} files checked in ${present.ms.toFixed(0)} ms (${present.problems} problems)`,
);

const dir = mkdtempSync(join(tmpdir(), 'bench-content-'));
try {
  for (const folder of ['content', 'public']) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
  const model = readFileSync(join(ROOT, 'content/briefings/how-kazakhstan-changed-after-the-invasion.mdx'), 'utf8');
  for (let i = 1; i <= 1000; i++) writeFileSync(join(dir, `content/briefings/synthetic-${i}.mdx`), model);
  const big = time(dir);
  console.log(
    `with 1,000 synthetic briefings: ${big.files} files checked in ${big.ms.toFixed(0)} ms (${big.problems} problems)`,
  );
  console.log(`per extra briefing: ${((big.ms - present.ms) / 1000).toFixed(2)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
