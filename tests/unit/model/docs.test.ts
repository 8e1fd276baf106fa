/** The editors' guide must describe every field the schemas accept, and nothing they do not. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '~/components/mdx-components';
import { pageComponents } from '~/components/page-components';
import { TRADE_COLUMNS } from '~/lib/trade/model';
import { briefingSchema } from '~/model/schemas/briefing';
import { eventSchema } from '~/model/schemas/event';
import { placeSchema, routeSchema } from '~/model/schemas/map';
import { pageSchema } from '~/model/schemas/page';
import { sourceSchema } from '~/model/schemas/source';

const guide = readFileSync(new URL('../../../docs/EDITING.md', import.meta.url), 'utf8');

/** The first-column names of the Markdown table that follows a header row starting `| <first> |`. */
function tableKeys(first: string, after: string): string[] {
  const start = guide.indexOf(after);
  const rows = guide.slice(start).split('\n');
  const header = rows.findIndex((line) => line.startsWith(`| ${first} |`));
  const keys: string[] = [];
  for (const line of rows.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    keys.push(line.split('|')[1]!.trim().replace(/`/g, ''));
  }
  return keys;
}

describe('docs/EDITING.md', () => {
  it.each([
    ['briefing frontmatter', tableKeys('field', '### The header'), Object.keys(briefingSchema.shape)],
    ['event fields', tableKeys('field', '## Add a timeline event'), Object.keys(eventSchema.shape)],
    ['trade columns', tableKeys('column', '## Add trade figures'), [...TRADE_COLUMNS]],
    ['page fields', tableKeys('field', '## Edit the fixed pages'), Object.keys(pageSchema.shape)],
    ['place fields', tableKeys('field', '## Add a place or a route'), Object.keys(placeSchema.shape)],
    ['route fields', tableKeys('field', '`routes.yaml` holds the export routes'), Object.keys(routeSchema.shape)],
    [
      'page components',
      // The pages' table may show a briefing component used in a page's own way (TradePanel with switches).
      tableKeys('component', '## Edit the fixed pages')
        .map((c) => /^<(\w+)/.exec(c)?.[1] ?? c)
        .filter((name) => !(name in mdxComponents)),
      Object.keys(pageComponents).filter((name) => !(name in mdxComponents)),
    ],
    [
      'briefing components',
      tableKeys('component', '### The body').map((c) => /^<(\w+)/.exec(c)?.[1]),
      // Lower-case keys (h2, h3…) render Markdown's own elements; they are not components an editor writes.
      Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name)),
    ],
  ])('lists exactly the %s the code accepts', (_what, documented, accepted) => {
    expect([...documented].sort()).toEqual([...accepted].sort());
  });

  it('shows every source field in its example', () => {
    const example = guide.slice(guide.indexOf('## Add a source'));
    for (const key of Object.keys(sourceSchema.shape)) expect(example).toContain(`\n${key}:`);
  });

  it('lists exactly the partner codes the trade data uses', () => {
    const block = guide.slice(guide.indexOf('<!-- partner-codes'), guide.indexOf('<!-- /partner-codes -->'));
    const documented = [...block.matchAll(/`([A-Z]{2,3})`/g)].map((m) => m[1]);
    const used = new Set<string>();
    for (const file of readdirSync(new URL('../../../content/trade/', import.meta.url))) {
      if (!file.endsWith('.csv') || file.startsWith('_')) continue;
      const rows = readFileSync(new URL(`../../../content/trade/${file}`, import.meta.url), 'utf8')
        .split('\n')
        .slice(1);
      for (const row of rows) if (row.trim()) used.add(row.split(',')[1] ?? '');
    }
    expect(documented.sort()).toEqual([...used].sort());
  });
});
