/**
 * A content loader for `content/trade/*.csv`: every row becomes an entry, checked cell by cell. Any bad cell
 * stops the build with the file, line and column (Astro's own CSV support would not say which cell was wrong).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import countries from 'i18n-iso-countries';
import { findDuplicateRows, formatTradeProblems, parseTradeCsv, type TradeProblem, type TradeRow } from '~/lib/trade/csv';

const COUNTRY_CODES = new Set(Object.keys(countries.getAlpha2Codes()));

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
        const files = readdirSync(dir).filter((f) => f.endsWith('.csv') && !f.startsWith('_')).sort();
        const rows: TradeRow[] = [];
        const problems: TradeProblem[] = [];
        for (const name of files) {
          const path = join(dir, name);
          const result = parseTradeCsv(readFileSync(path, 'utf8'), relative(root, path), COUNTRY_CODES);
          rows.push(...result.rows);
          problems.push(...result.problems);
        }
        problems.push(...findDuplicateRows(rows));
        if (problems.length) {
          throw new AstroError(formatTradeProblems(problems), 'Fix each row named above; docs/EDITING.md lists the columns and what each may hold.');
        }
        store.clear();
        for (const row of rows) {
          const id = `${row.file}:${row.line}`;
          store.set({ id, data: await parseData({ id, data: { ...row } }) });
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
        latestSync!().then(
          () => logger.info(`Reloaded trade figures after a change to ${relative(root, changed)}`),
          (error: Error) => logger.error(error.message),
        );
      });
    },
  };
}
