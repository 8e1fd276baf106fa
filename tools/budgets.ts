/**
 * `npm run budgets`: weighs every built page (brotli, first load) and prints the whole table with each budget's
 * target, enforced limit and worst page (tools/lib/budgets.ts). Exits with 1 when a page is over an enforced
 * limit; CI runs it after `npm test`, so the table is in every CI log.
 */
import { existsSync } from 'node:fs';
import { budgetTable, checkBudgets } from './lib/budgets.ts';
import { DIST } from './lib/paths.ts';

if (!existsSync(DIST)) {
  console.error('npm run budgets: no dist/ to weigh; run npm run build first.');
  process.exit(1);
}
const pages = checkBudgets(DIST);
console.log(budgetTable(pages));
const failures = pages.flatMap((p) =>
  p.results.filter((r) => r.overEnforced).map((r) => `${p.path}: ${r.budget.name}`),
);
if (failures.length > 0) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
