/**
 * `npm run new:briefing -- "Headline of the briefing"`: writes content/briefings/<slug>.mdx as a draft that
 * already passes the schema. It never overwrites a file that exists.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefingTemplate, slugify } from '../src/lib/briefing/scaffold.ts';

const root = process.cwd();
const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Give the headline in quotes: npm run new:briefing -- "How the CPC pipeline shapes Kazakh oil"');
  process.exit(2);
}
const slug = slugify(title);
if (!slug) {
  console.error(`Could not make a file name from "${title}": use some Latin letters or digits in the headline.`);
  process.exit(2);
}
const file = join(root, 'content/briefings', `${slug}.mdx`);
if (existsSync(file)) {
  console.error(
    `content/briefings/${slug}.mdx already exists; nothing was written. Choose another headline or edit that file.`,
  );
  process.exit(1);
}
const sources = readdirSync(join(root, 'content/sources')).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
const sourceId = sources.includes('matussek-oped.yaml') ? 'matussek-oped' : sources[0]?.replace(/\.yaml$/, '');
if (!sourceId) {
  console.error('There are no sources in content/sources/ to cite yet; add one first (see docs/EDITING.md).');
  process.exit(1);
}
// The editor's own calendar day (en-CA formats as YYYY-MM-DD), not UTC's, which can be a day behind or ahead.
const today = new Date().toLocaleDateString('en-CA');
// 'wx' refuses to write if the file appeared since the check above.
writeFileSync(file, briefingTemplate({ title, date: today, sourceId }), { flag: 'wx' });
console.log(`Created content/briefings/${slug}.mdx (a draft). Preview it with: npm run dev`);
