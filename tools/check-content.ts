/**
 * `npm run check:content`: every content mistake in one pass, without building the site. Prints each problem as
 * `file:line:column  what is wrong`, grouped by file, and exits non-zero when there is any. The build runs it first.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { localDate } from '~/lib/dates/calendar-date';
import { formatReport } from '~/lib/content/problems';
import { checkContent } from '~/model/content-check';

const started = performance.now();
// The project root; a test may point it at a copy of the site.
const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
const today = localDate(new Date()); // YYYY-MM-DD in the local time zone
const { problems, notices, files } = checkContent(root, { today });
console.log(formatReport(problems, notices));
console.log(`Checked ${files} files in ${Math.round(performance.now() - started)} ms.`);
process.exitCode = problems.length ? 1 : 0;
