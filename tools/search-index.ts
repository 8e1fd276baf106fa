/**
 * Builds the site search's index with Pagefind into <dist>/pagefind/, from the pages `astro build` has just
 * written: `npm run build` runs it as its last step (astro.config.mjs), so a fresh build always has a fresh index.
 * What is indexed, and how, is decided in src/lib/search/index-plan.ts. Prints one line of counts and timing.
 *
 * Usage: node --import ./tools/lib/alias-hooks.mjs tools/search-index.ts [project root] [output folder]
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { eventRecords, pageForIndex, pageKind, TIMELINE_PATH } from '~/lib/search/index-plan';
import { loadAliases } from '~/model/aliases';

const started = performance.now();
/** Pages handed to Pagefind and not yet indexed, at most. */
const IN_FLIGHT = 8;
const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
const outDir = process.argv[3] ?? join(root, 'dist');
const aliases = loadAliases(root);

/** The URL path a built HTML file is served at. */
const urlPath = (file: string) => `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');

const fail = (what: string, errors: readonly string[]) => {
  if (errors.length === 0) return;
  throw new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);
};

const { errors, index } = await createIndex({ forceLanguage: 'en' });
fail('start', errors);
if (!index) throw new Error('Pagefind started but returned no index.');

let pages = 0;
let events = 0;
// Pagefind indexes in its own process: while it reads one page, this one prepares the next few. Pagefind still
// takes them in this order, so the index is the same as one page at a time.
const inFlight = new Set<Promise<void>>();
const send = async (what: string, adding: Promise<{ errors: string[] }>) => {
  const done = adding.then(({ errors }) => fail(what, errors));
  inFlight.add(done);
  void done.finally(() => inFlight.delete(done)).catch(() => undefined);
  if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
};
for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort()) {
  if (!file.endsWith('.html')) continue;
  const path = urlPath(file);
  const html = () => readFileSync(join(outDir, file), 'utf8');
  const kind = pageKind(path);
  if (kind) {
    await send(`index ${path}`, index.addHTMLFile({ url: path, content: pageForIndex(html(), kind, aliases) }));
    pages++;
  }
  if (path === TIMELINE_PATH) {
    for (const record of eventRecords(html(), aliases)) {
      await send(`index ${record.url}`, index.addCustomRecord(record));
      events++;
    }
  }
}
await Promise.all(inFlight);

const output = join(outDir, 'pagefind');
fail('write the index', (await index.writeFiles({ outputPath: output })).errors);
await close();
// Pagefind also writes its ready-made interfaces; the site has its own (src/client/site-search.ts), so they go.
for (const file of readdirSync(output)) {
  if (/^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/.test(file)) rmSync(join(output, file));
}

const bytes = readdirSync(output, { recursive: true, encoding: 'utf8' })
  .map((f) => statSync(join(output, f)))
  .reduce((sum, s) => sum + (s.isFile() ? s.size : 0), 0);
console.log(
  `Search index: ${pages} pages and ${events} timeline events, ${aliases.length} names with variants; ` +
    `${(bytes / 1024).toFixed(0)} KB in ${Math.round(performance.now() - started)} ms.`,
);
