/**
 * The pure half of `npm run new -- briefing|event|source`: file names from headlines, source ids and duplicate
 * checks from web addresses, and the text of each new file. tools/new.ts reads and writes the files.
 *
 * The templates follow src/model/schemas/{briefing,event,source}.ts by hand (this module runs under plain Node,
 * outside Astro, so it cannot import them); tests/unit/content/scaffold.test.ts parses every template with the real
 * schema, so a schema change that breaks a template fails there.
 */

/**
 * Every placeholder an editor must replace contains this text, in a value or in a comment on the line of a value
 * that has to be valid already (a date, an id). Nothing with the marker left in is ready to publish, so a content
 * check can refuse it by scanning each file's raw text (comments included), e.g. with `placeholderLines`.
 */
export const PLACEHOLDER_MARKER = 'TODO:';

/** The 1-based numbers and text of the lines of a file that still hold a placeholder. */
export function placeholderLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line: i + 1, text: line.trim() }))
    .filter(({ text: line }) => line.includes(PLACEHOLDER_MARKER));
}

export type ScaffoldKind = 'briefing' | 'event' | 'source';

/** Where each kind of file lives, its extension, and the section of docs/EDITING.md that explains it. */
export const SCAFFOLD_KINDS = {
  briefing: { dir: 'content/briefings', ext: '.mdx', guide: 'Add a briefing' },
  event: { dir: 'content/events', ext: '.yaml', guide: 'Add a timeline event' },
  source: { dir: 'content/sources', ext: '.yaml', guide: 'Add a source' },
} as const satisfies Record<ScaffoldKind, { dir: string; ext: string; guide: string }>;

/** The longest headlines the schemas accept (briefingSchema.title, eventSchema.title). */
export const TITLE_LIMITS = { briefing: 120, event: 140 } as const;

/** An id as the schemas' `entryId()` accepts it: lower-case letters and digits in words joined by single hyphens. */
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** File names Windows cannot create, whatever the extension. */
const RESERVED_NAMES = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/** A URL slug from a headline: lower-case ASCII words joined by hyphens, at most eight words. */
export function slugify(title: string): string {
  return words(title).slice(0, 8).join('-');
}

/** The lower-case ASCII words of a text: accents dropped, apostrophes closed up, everything else a separator. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export type EntryName = { ok: true; id: string; title: string | undefined } | { ok: false; reason: string };

const EXAMPLES = {
  briefing: 'How the Caspian pipeline shapes Kazakh oil',
  event: 'Baerbock visits Astana',
} as const;

/**
 * The id (file name) and title of a new briefing or event from what the editor typed: a headline, or for an event
 * also an id such as `baerbock-visits-astana` (then the title is left as a placeholder). Refuses anything that could
 * name a file outside the collection's folder, or no file at all, and says what to type instead.
 */
export function nameEntry(kind: 'briefing' | 'event', input: string): EntryName {
  const text = input.trim();
  const command = `npm run new -- ${kind}`;
  if (!text) return { ok: false, reason: `Give the headline in quotes, e.g. ${command} "${EXAMPLES[kind]}"` };
  const unsafe = ['/', '\\', '..'].find((s) => text.includes(s));
  if (unsafe) {
    return {
      ok: false,
      reason:
        `"${text}" contains "${unsafe}", which could put the file outside ${SCAFFOLD_KINDS[kind].dir}/; nothing was written. ` +
        `Leave out / \\ and .. (write "2022–23", not "2022/23", and "…" for an ellipsis). ` +
        `To keep the file in a sub-folder, move it there after it is made.`,
    };
  }
  const givenId = kind === 'event' && ENTRY_ID.test(text);
  const id = givenId ? text : slugify(text);
  if (!id) {
    return {
      ok: false,
      reason:
        `Could not make a file name from "${text}": file names use Latin letters, digits and hyphens only. ` +
        `Give the headline in Latin letters (you can change the title inside the file afterwards)` +
        (kind === 'event' ? `, or give the id yourself, e.g. ${command} kazakhstan-joins-the-forum.` : '.'),
    };
  }
  if (RESERVED_NAMES.test(id)) {
    return { ok: false, reason: `"${id}" cannot be a file name on every computer; use more words, e.g. "${id}-2024".` };
  }
  const title = givenId ? undefined : text;
  const limit = TITLE_LIMITS[kind];
  if (title && title.length > limit) {
    return {
      ok: false,
      reason: `The headline has ${title.length} characters; a ${kind} headline may have at most ${limit}. Shorten it.`,
    };
  }
  return { ok: true, id, title };
}

/** `base`, or `base-2`, `base-3`… : the first that is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The source id a template cites until the editor puts the real ones in: the site's keynote op-ed, or the first. */
export function placeholderSourceId(ids: Iterable<string>): string | undefined {
  const sorted = [...ids].sort();
  return sorted.includes('matussek-oped') ? 'matussek-oped' : sorted[0];
}

/** A YAML double-quoted string (JSON's string syntax is valid YAML). */
const quote = (text: string) => JSON.stringify(text);

/** The text of a new draft briefing that already passes the schema, for an editor to fill in. */
export function briefingTemplate(options: { title: string; date: string; sourceId: string }): string {
  const { sourceId } = options;
  const todo = PLACEHOLDER_MARKER;
  return `---
title: ${quote(options.title)}
dek: "${todo} one sentence that tells the reader what this briefing explains."
published: "${options.date}"
# updated: "YYYY-MM-DD"   # optional: the day of the last substantive change; then add a note under changes
# changes:                # optional: what changed and when, shown to readers
#   - date: "YYYY-MM-DD"
#     note: "What changed."
authors: ["Explainer desk"]
tags: []
# A draft is visible in \`npm run dev\` only. Set to false (or delete the line) to publish.
draft: true
# Every source this briefing cites, by id: the file names in content/sources/ without .yaml.
sources: [${sourceId}] # ${todo} the ids of the sources you cite
# events: [first-event-id]   # optional: timeline events to show as "Key events"
---

<KeyPoints>

- ${todo} the first thing a reader should take away.<Cite id="${sourceId}" />
- ${todo} the second.

</KeyPoints>

## ${todo} first section

${todo} write in short paragraphs. Put a citation after each factual sentence.<Cite id="${sourceId}" />
`;
}

/** How sure the record is; the values of eventSchema.status. */
export const EVENT_STATUS_VALUES = ['confirmed', 'reported', 'disputed'] as const;

/** The text of a new timeline event that already passes the schema, for an editor to fill in. */
export function eventTemplate(options: {
  title: string | undefined;
  date: string;
  /** Every theme id in content/taxonomy/themes.yaml; the first stands in until the editor chooses. */
  themeIds: readonly [string, ...string[]];
  sourceId: string;
}): string {
  const todo = PLACEHOLDER_MARKER;
  const title = options.title === undefined ? `"${todo} a short, neutral headline"` : quote(options.title);
  const [theme] = options.themeIds;
  return `date: "${options.date}" # ${todo} when it happened: "YYYY", "YYYY-MM" or "YYYY-MM-DD", only as precise as the record
# end: "YYYY-MM-DD"     # optional, for a span; not before date
# approx: true          # optional: the date is approximate or inferred; readers see "c."
title: ${title}
summary: >-
  ${todo} one or two sentences in our own words.
# place: astana         # optional: where it happened, an id from content/map/places.yaml
actors: [] # optional: ids from content/taxonomy/actors.yaml, e.g. [kazakhstan, russia]
themes: [${theme}] # ${todo} ids from content/taxonomy/themes.yaml: ${options.themeIds.join(', ')}
status: reported # ${todo} ${EVENT_STATUS_VALUES.join(', ').replace(/, (\w+)$/, ' or $1')}
sources: [${options.sourceId}] # ${todo} the ids of the sources that support it, from content/sources/
`;
}

/** What kind of document a source is; the values of sourceSchema.kind. */
export const SOURCE_KIND_VALUES = ['news', 'official', 'statistics', 'opinion', 'analysis', 'reference'] as const;

export type ParsedUrl = { ok: true; url: URL } | { ok: false; reason: string };

/** A web address a source may have: a full http:// or https:// address with a host. */
export function parseSourceUrl(input: string): ParsedUrl {
  const text = input.trim();
  const example = 'npm run new -- source https://astanatimes.com/2023/06/…';
  if (!text) return { ok: false, reason: `Give the web address of the source, e.g. ${example}` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    const guess = URL.canParse(`https://${text}`) && text.includes('.') ? ` (did you mean https://${text} ?)` : '';
    return {
      ok: false,
      reason: `"${text}" is not a full web address${guess}. Copy it from the browser's address bar, starting with https://`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      reason: `"${text}" starts with ${url.protocol}; a source's address must start with https:// (or http://).`,
    };
  }
  return { ok: true, url };
}

/**
 * An address reduced to what tells two pages apart, to find a source that is already in the bibliography: no
 * scheme, no `www.`, no trailing slash, no #fragment, lower-case host. Undefined when it is not a web address.
 */
export function normaliseUrl(input: string): string | undefined {
  const parsed = parseSourceUrl(input);
  if (!parsed.ok) return undefined;
  const { url } = parsed;
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '').replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
  return `${host}${url.port ? `:${url.port}` : ''}${path}${url.search}`;
}

/** The first source whose address is the same page as `url` (see `normaliseUrl`), if any. */
export function findSameUrl<T extends { url: unknown }>(url: string, sources: Iterable<T>): T | undefined {
  const wanted = normaliseUrl(url);
  if (wanted === undefined) return undefined;
  for (const source of sources) {
    if (typeof source.url === 'string' && normaliseUrl(source.url) === wanted) return source;
  }
  return undefined;
}

/** A first guess at the publisher from the host, for the editor to correct: `www.dw.com` → `dw.com`. */
export function publisherGuess(url: URL): string {
  return url.hostname.replace(/^(?:www\d*|m|amp|mobile)\./, '');
}

/** Second-level labels that are not the site's name (`bbc.co.uk`, `dogruhaber.com.tr`). */
const GENERIC_LABELS = new Set(['co', 'com', 'org', 'net', 'gov', 'edu', 'ac', 'or', 'ne', 'go']);

/** Words in addresses that say nothing about the page. */
const NOISE_WORDS = new Set([
  ...['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as'],
  ...['is', 'are', 'was', 'its', 'it', 'amp', 'news', 'article', 'articles', 'articleview', 'view', 'post'],
  ...['posts', 'blog', 'story', 'item', 'index', 'html', 'htm', 'php', 'aspx', 'asp', 'page', 'content'],
]);

/** The site's name in a host: `www.astanatimes.com` → `astanatimes`, `en.inform.kz` → `inform`, `24.kz` → `24kz`. */
function siteLabel(hostname: string): string {
  const labels = hostname.split('.').filter(Boolean);
  const tld = labels.length > 1 ? (labels.pop() ?? '') : '';
  if (labels.length > 1 && GENERIC_LABELS.has(labels.at(-1) ?? '')) labels.pop();
  const name = words(labels.at(-1) ?? '').join('');
  return /^\d*$/.test(name) ? words(name + tld).join('') : name;
}

/** 'YYYY-MM' (or 'YYYY') when the path holds a date: /2023/06/, /20240917/, /2023/1003/, 2023-07-15. */
function pathDate(segments: readonly string[]): string | undefined {
  const month = (m: string) => Number(m) >= 1 && Number(m) <= 12;
  for (const [i, segment] of segments.entries()) {
    const compact = /^((?:19|20)\d\d)(\d\d)\d\d/.exec(segment);
    if (compact?.[1] && compact[2] && month(compact[2])) return `${compact[1]}-${compact[2]}`;
    const dashed = /(?:^|\D)((?:19|20)\d\d)-(\d\d)-\d\d(?:\D|$)/.exec(segment);
    if (dashed?.[1] && dashed[2] && month(dashed[2])) return `${dashed[1]}-${dashed[2]}`;
    if (/^(?:19|20)\d\d$/.test(segment)) {
      const next = /^(\d\d)(?:\d\d)?$/.exec(segments[i + 1] ?? '')?.[1];
      return next && month(next) ? `${segment}-${next}` : segment;
    }
  }
  return undefined;
}

/**
 * A source id from a web address, in the bibliography's pattern `<site>-<year>-<month>-<topic>`: the site's name,
 * the date when the path has one, and up to four words from the page's own name in the path.
 * `https://astanatimes.com/2023/06/president-tokayev-calls-for-global-cooperation/` →
 * `astanatimes-2023-06-president-tokayev-calls-global`. Made unique against `taken` with -2, -3…
 */
export function sourceIdFor(url: URL, taken: ReadonlySet<string> = new Set()): string {
  const segments = url.pathname
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .filter(Boolean);
  const date = pathDate(segments);
  // A short segment on its own is a language or section code (/en/, /rus/, /amp/), not a topic.
  const topics = segments
    .filter((segment) => !/^[a-z]{1,3}$/i.test(segment))
    .map((segment) => words(segment).filter((w) => /^[a-z]{2,}$/.test(w) && !NOISE_WORDS.has(w)));
  // The page's own name is the segment with the most words; without one, take the words of all segments.
  const longest = topics.reduce<string[]>((best, w) => (w.length > best.length ? w : best), []);
  const topic = (longest.length >= 2 ? longest : topics.flat()).slice(0, 4);
  const base = [siteLabel(url.hostname) || 'source', date, ...topic].filter(Boolean).join('-');
  return uniqueId(base, taken);
}

/** The text of a new bibliography entry that already passes the schema, for an editor to correct and complete. */
export function sourceTemplate(options: { url: URL; date: string }): string {
  const todo = PLACEHOLDER_MARKER;
  const publisher = `${todo} ${publisherGuess(options.url)} (guessed from the address: write the publisher's own name)`;
  return `title: "${todo} the title exactly as published"
publisher: ${quote(publisher)}
url: ${quote(options.url.href)}
# published: "YYYY-MM-DD"   # optional: "YYYY", "YYYY-MM" or "YYYY-MM-DD", only as precise as you know
accessed: "${options.date}"
kind: news # ${todo} ${SOURCE_KIND_VALUES.join(', ').replace(/, (\w+)$/, ' or $1')}
# language: "Russian"   # optional: only when it is not in English
# note: "Republication of a Reuters report."   # optional caveat readers see
`;
}

/** What the editor should do after the command made `file`, in their words, pointing to the guide. */
export function nextSteps(kind: ScaffoldKind, file: string, id: string): string {
  const see = `See "${SCAFFOLD_KINDS[kind].guide}" in docs/EDITING.md.`;
  const todo = `every line marked ${PLACEHOLDER_MARKER}`;
  const steps = {
    briefing: [
      `Created ${file}, a draft: it shows in npm run dev and is not published while it says draft: true.`,
      `Next:`,
      `  1. Fill in ${todo} with your own words; nothing with ${PLACEHOLDER_MARKER} left in is ready to publish.`,
      `  2. List the ids of the sources you cite under sources, and cite them with <Cite id="…" />.`,
      `  3. Preview it: npm run dev, then open http://127.0.0.1:4321/briefings/${id}/`,
    ],
    event: [
      `Created ${file}. Its file name is the event's id and its address (/timeline/#${id}):`,
      `rename the file now if you want another one; never rename it once it is published.`,
      `Next:`,
      `  1. Fill in ${todo} (date, summary, themes, status, sources) and delete the ${PLACEHOLDER_MARKER} notes.`,
      `  2. A source that is not in content/sources/ yet: npm run new -- source <web address>`,
    ],
    source: [
      `Created ${file}. Cite it as ${id} (rename the file now if you prefer another id, before anything cites it).`,
      `Next:`,
      `  1. Fill in ${todo} (the title exactly as published, the publisher's own name, the kind)`,
      `     and delete the ${PLACEHOLDER_MARKER} notes.`,
      `  2. Add published (and language, when it is not English) if you know them: remove the # in front.`,
    ],
  } satisfies Record<ScaffoldKind, string[]>;
  return [...steps[kind], see].join('\n');
}
