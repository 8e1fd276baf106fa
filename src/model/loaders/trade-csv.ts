/**
 * A content loader for `content/trade/*.csv`: every row becomes an entry, validated by the trade row schema.
 * Any bad cell stops the build with the file, line and column (Astro's own CSV support would not say which cell
 * was wrong).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { formatReport, type ContentProblem } from '~/lib/content/problems';
import { findDuplicateRows, readTradeCsv } from '~/lib/trade/csv';
import { tradeRowSchema, type TradeRow } from '~/model/schemas/trade';

/** The input the row schema reads: the record's cells as text, plus where it came from. */
type TradeRecord = Record<string, string | number> & { file: string; line: number };

/** Parses and checks one CSV file of trade figures; each problem names the line and the column. */
export function parseTradeCsv(
  text: string,
  file: string,
): { rows: TradeRow[]; records: TradeRecord[]; problems: ContentProblem[] } {
  const { records, problems } = readTradeCsv(text, file);
  const rows: TradeRow[] = [];
  const good: TradeRecord[] = [];
  for (const { line, cells } of records) {
    const record: TradeRecord = { ...cells, file, line };
    const result = tradeRowSchema.safeParse(record);
    if (result.success) {
      rows.push(result.data);
      good.push(record);
      continue;
    }
    for (const issue of result.error.issues) {
      problems.push({ file, line, column: String(issue.path[0] ?? '(row)'), message: issue.message });
    }
  }
  return { rows, records: good, problems };
}

/** Loads every CSV in `folder` (files starting with `_` are skipped). */
export function tradeCsvLoader(folder: string): Loader {
  // The listener is added once and always runs the latest sync, whose store Astro handed to the latest load().
  let latestSync: (() => Promise<void>) | undefined;
  return {
    name: 'trade-csv',
    load: async ({ store, config, parseData, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, folder);
      const sync = async () => {
        const files = readdirSync(dir)
          .filter((f) => f.endsWith('.csv') && !f.startsWith('_'))
          .sort();
        const rows: TradeRow[] = [];
        const records: TradeRecord[] = [];
        const problems: ContentProblem[] = [];
        for (const name of files) {
          const path = join(dir, name);
          const result = parseTradeCsv(readFileSync(path, 'utf8'), relative(root, path));
          rows.push(...result.rows);
          records.push(...result.records);
          problems.push(...result.problems);
        }
        problems.push(...findDuplicateRows(rows));
        if (problems.length) {
          throw new AstroError(
            formatReport(problems),
            'Fix each row named above; docs/EDITING.md lists the columns and what each may hold.',
          );
        }
        store.clear();
        // The collection's schema is the same row schema, so Astro types the entries from it.
        for (const record of records) {
          const id = `${record.file}:${record.line}`;
          store.set({ id, data: await parseData({ id, data: record }) });
        }
      };
      await sync();
      // In `npm run dev`, saving a CSV reloads the figures; a mistake is reported and the last good data stays.
      const first = latestSync === undefined;
      latestSync = sync;
      if (!watcher || !first) return;
      watcher.add(dir);
      watcher.on('all', (_event, changed) => {
        if (!changed.startsWith(dir) || !changed.endsWith('.csv')) return;
        latestSync?.().then(
          () => logger.info(`Reloaded trade figures after a change to ${relative(root, changed)}`),
          (error: Error) => logger.error(error.message),
        );
      });
    },
  };
}
