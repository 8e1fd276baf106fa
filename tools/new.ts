/**
 * `npm run new -- briefing "Headline"`, `npm run new -- event "Short headline"` (or an id) and
 * `npm run new -- source <web address>`: writes a new content file that already passes its schema, with every
 * placeholder marked TODO:. It never overwrites a file. `npm run new:briefing -- "Headline"` is the same as
 * `npm run new -- briefing "Headline"`. The templates and checks live in src/lib/content/scaffold.ts.
 *
 * Exit status: 0 written, 1 refused because of what is already there, 2 refused because of what was typed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import {
  SCAFFOLD_KINDS,
  briefingTemplate,
  eventTemplate,
  findSameUrl,
  nameEntry,
  nextSteps,
  parseSourceUrl,
  placeholderSourceId,
  sourceIdFor,
  sourceTemplate,
  type ScaffoldKind,
} from '../src/lib/content/scaffold.ts';
import { localDate } from '../src/lib/dates/calendar-date.ts';

const root = process.cwd();
const [kindArgument = '', ...rest] = process.argv.slice(2);
const input = rest.join(' ');
const today = localDate(new Date());

const USAGE = `Say what to create:
  npm run new -- briefing "How the Caspian pipeline shapes Kazakh oil"
  npm run new -- event "Baerbock visits Astana"      (or an id: npm run new -- event baerbock-visits-astana)
  npm run new -- source https://astanatimes.com/2023/06/…`;

function refuse(message: string, status: 1 | 2): never {
  console.error(message);
  process.exit(status);
}

/** The path to show an editor: relative to the project, with forward slashes. */
const shown = (file: string) => relative(root, file).split(sep).join('/');

/** Entry ids (file names without extension, in any sub-folder, not `_` notes) and their files. */
function entries(dir: string, ext: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const path of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
    const name = basename(path);
    if (name.endsWith(ext) && !name.startsWith('_')) found.set(name.slice(0, -ext.length), join(root, dir, path));
  }
  return found;
}

function citableSource(): string {
  const id = placeholderSourceId(entries(SCAFFOLD_KINDS.source.dir, '.yaml').keys());
  return (
    id ??
    refuse(
      'There are no sources in content/sources/ to cite yet; add one first: npm run new -- source <web address>',
      1,
    )
  );
}

function themeIds(): [string, ...string[]] {
  const themes = parseYaml(readFileSync(join(root, 'content/taxonomy/themes.yaml'), 'utf8'));
  const [first, ...others] = Object.keys(themes ?? {});
  return first ? [first, ...others] : refuse('content/taxonomy/themes.yaml lists no themes; add one first.', 1);
}

/** Writes `text` to the entry `id` of `kind`, refusing if any file already has that id. */
function write(kind: ScaffoldKind, id: string, text: string): void {
  const { dir, ext } = SCAFFOLD_KINDS[kind];
  const file = join(root, dir, `${id}${ext}`);
  const existing = entries(dir, ext).get(id);
  const exists = (path: string) =>
    refuse(`${shown(path)} already exists; nothing was written. Edit that file, or choose another headline.`, 1);
  if (existing) exists(existing);
  try {
    // 'wx' refuses to write if the file appeared since the check above.
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') exists(file);
    throw error;
  }
  console.log(nextSteps(kind, shown(file), id));
}

function newEntry(kind: 'briefing' | 'event'): void {
  const name = nameEntry(kind, input);
  if (!name.ok) refuse(name.reason, 2);
  const sourceId = citableSource();
  const text =
    kind === 'briefing'
      ? briefingTemplate({ title: name.title ?? name.id, date: today, sourceId })
      : eventTemplate({ title: name.title, date: today, themeIds: themeIds(), sourceId });
  write(kind, name.id, text);
}

function newSource(): void {
  const parsed = parseSourceUrl(input);
  if (!parsed.ok) refuse(parsed.reason, 2);
  const sources = [...entries(SCAFFOLD_KINDS.source.dir, '.yaml')].map(([id, file]) => {
    let url: unknown;
    try {
      url = (parseYaml(readFileSync(file, 'utf8')) as { url?: unknown } | null)?.url;
    } catch {
      // A file that is not valid YAML fails the build with its own message; it has no address to compare.
    }
    return { id, file, url };
  });
  const same = findSameUrl(parsed.url.href, sources);
  if (same) {
    refuse(
      `This address is already in the bibliography: ${shown(same.file)}; nothing was written. Cite it as ${same.id}.`,
      1,
    );
  }
  const id = sourceIdFor(parsed.url, new Set(sources.map((s) => s.id)));
  write('source', id, sourceTemplate({ url: parsed.url, date: today }));
}

if (kindArgument === 'briefing' || kindArgument === 'event') newEntry(kindArgument);
else if (kindArgument === 'source') newSource();
else refuse(kindArgument ? `"${kindArgument}" is not something this command makes.\n${USAGE}` : USAGE, 2);
