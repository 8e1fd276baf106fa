/**
 * The site explains; it does not republish. No page may share a run of eight or more words with the opinion
 * article it starts from (../shared/seed/op-ed.txt), except the article's own title where a source list names it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/lib/paths';
import { builtPages } from '../support/dist';

const OP_ED = join(ROOT, '../shared/seed/op-ed.txt');
const TITLE = 'How Kazakhstan changed in light of the Russian invasion of Ukraine';
const RUN = 8;

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
const runs = (list: string[]) =>
  new Set(list.slice(0, Math.max(0, list.length - RUN + 1)).map((_, i) => list.slice(i, i + RUN).join(' ')));

describe('originality', () => {
  it('has the op-ed to compare against (CI lays ../shared beside the clone)', () => {
    expect(existsSync(OP_ED), OP_ED).toBe(true);
  });

  const opEdRuns = existsSync(OP_ED) ? runs(words(readFileSync(OP_ED, 'utf8'))) : new Set<string>();

  it.each(
    builtPages()
      .filter((p) => p.path.startsWith('/briefings/') || ['/', '/about/', '/timeline/', '/trade/'].includes(p.path))
      .map((p) => [p.path, p] as const),
  )('%s shares no run of eight words with the op-ed', (_path, page) => {
    // The article's title, where a source list names it, is a citation, not copied text: compare around it.
    const parts = (page.document.querySelector('main')?.textContent ?? '').split(TITLE);
    const shared = parts.flatMap((part) => [...runs(words(part))].filter((run) => opEdRuns.has(run)));
    expect(shared).toEqual([]);
  });
});
