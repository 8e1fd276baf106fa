/**
 * Ids in the built HTML: components take unique ones per page with `uniqueId()`, and the build (see
 * astro.config.mjs) fails when a built page still repeats an id or links to a fragment that is not there.
 * Pure functions with no imports, so astro.config.mjs can load this file as it is.
 */

/** The per-page counters, kept on `Astro.locals` (one object per rendered page). */
export interface IdLocals {
  idCounters?: Map<string, number>;
}

/**
 * The next free id for `base` on a page: `base` the first time, then `base-2`, `base-3`… An id handed out once is
 * never handed out again, even when another base would produce it (`a-2` asked for, then `a` twice, gives `a-3`).
 */
export function nextId(counters: Map<string, number>, base: string): string {
  let n = counters.get(base) ?? 0;
  let id: string;
  do {
    n += 1;
    id = n === 1 ? base : `${base}-${n}`;
  } while (counters.has(id));
  counters.set(base, n);
  if (id !== base) counters.set(id, 1);
  return id;
}

/** A unique id on the page being rendered: `uniqueId(Astro.locals, 'key-points-heading')`. */
export function uniqueId(locals: IdLocals, base: string): string {
  locals.idCounters ??= new Map();
  return nextId(locals.idCounters, base);
}

/** The ids a built page defines and the links it makes (`href` of `<a>` and `<area>`, as written). */
export interface PageAnchors {
  ids: ReadonlySet<string>;
  links: readonly string[];
}

// Text that is not markup: a tag-like string inside a comment, script or style is not an element.
const NOT_MARKUP = /<!--[\s\S]*?-->|<(script|style|template)\b(?:"[^"]*"|'[^']*'|[^'">])*>[\s\S]*?<\/\1\s*>/gi;
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
/** Might this start tag's attributes hold an id or an href? A cheap test first: most tags have neither. */
const MAY_ANCHOR = /(?:^|[\s"'])(?:id|href)\s*=/i;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** The ids a page defines and the links it makes, in document order. */
function scan(html: string): { ids: string[]; links: string[] } {
  const ids: string[] = [];
  const links: string[] = [];
  const markup = html.replace(NOT_MARKUP, '');
  START_TAG.lastIndex = 0;
  for (let tag = START_TAG.exec(markup); tag; tag = START_TAG.exec(markup)) {
    const rest = tag[2] ?? '';
    if (!MAY_ANCHOR.test(rest)) continue;
    let id: string | undefined;
    let href: string | undefined;
    ATTRIBUTE.lastIndex = 0;
    for (let attribute = ATTRIBUTE.exec(rest); attribute; attribute = ATTRIBUTE.exec(rest)) {
      const key = (attribute[1] ?? '').toLowerCase();
      // As in a browser, the first of two attributes with one name wins.
      if (key === 'id' && id === undefined) id = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
      else if (key === 'href' && href === undefined) {
        href = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
      }
    }
    if (id) ids.push(id);
    const name = (tag[1] ?? '').toLowerCase();
    if (href !== undefined && (name === 'a' || name === 'area')) links.push(href.trim());
  }
  return { ids, links };
}

/** The ids and links of one built page. */
export function readAnchors(html: string): PageAnchors {
  const { ids, links } = scan(html);
  return { ids: new Set(ids), links };
}

function duplicates(ids: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([id, n]) => `duplicate id "${id}" (${n} times)`);
}

/** Each id used more than once in a page, as a problem: `duplicate id "x" (2 times)`. */
export function findDuplicateIds(html: string): string[] {
  return duplicates(scan(html).ids);
}

const LOCAL = 'https://site.invalid';

/** The address a built file is served at: `index.html` → `/`, `trade/index.html` → `/trade/`, `404.html` → `/404.html`. */
function pageUrl(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** The built files a path may be served from; none for files that are not pages (a CSV, an image). */
function candidateFiles(pathname: string): string[] {
  const path = safeDecode(pathname).slice(1);
  if (path === '' || path.endsWith('/')) return [`${path}index.html`];
  if (path.endsWith('.html')) return [path];
  if (/\.[a-z0-9]+$/i.test(path.slice(path.lastIndexOf('/') + 1))) return [];
  return [`${path}/index.html`, `${path}.html`];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Links whose fragment names no id: on the same page (`#x`) or on another built page (`/path/#x`, `../path/#x`, or
 * the site's own `origin`). `#` alone, and `#top` on a page without such an id, go to the top of the page, as in a
 * browser. Links to other origins, and to files that are not pages, are not checked. `pages` is keyed by the file's
 * path in the output folder (`trade/index.html`), and each problem starts with it.
 */
export function findDanglingFragments(
  pages: ReadonlyMap<string, PageAnchors>,
  options: { origin?: string } = {},
): string[] {
  const ownOrigin = options.origin ? new URL(options.origin).origin : undefined;
  const problems: string[] = [];
  for (const [file, { ids, links }] of pages) {
    const base = new URL(pageUrl(file), LOCAL);
    for (const href of new Set(links)) {
      // Most links on a page are to a place on the same page (citations, contents): no URL to resolve.
      if (href.startsWith('#')) {
        const fragment = safeDecode(href.slice(1));
        if (fragment !== '' && !ids.has(fragment) && fragment.toLowerCase() !== 'top') {
          problems.push(`${file}: link to "${href}" has no target`);
        }
        continue;
      }
      let url: URL;
      try {
        url = new URL(href, base);
      } catch {
        continue; // Not a URL at all; not this check's business.
      }
      if (url.origin !== LOCAL && url.origin !== ownOrigin) continue;
      const fragment = safeDecode(url.hash.slice(1));
      if (fragment === '') continue;
      const candidates = candidateFiles(url.pathname);
      if (candidates.length === 0) continue;
      const target = candidates.map((f) => pages.get(f)).find((p) => p !== undefined);
      if (target?.ids.has(fragment) || (target && fragment.toLowerCase() === 'top')) continue;
      problems.push(`${file}: link to "${href}" has no target${target ? '' : ' (no such page)'}`);
    }
  }
  return problems;
}

/**
 * The same strings, copied out of the page they were read from. A string cut from a longer one can keep the whole
 * of it alive (V8 makes it a slice), so each page's ids and links, kept until every page is read, held on to
 * their page's text: 1,000 briefings, 260 MB of memory.
 */
function detached(strings: readonly string[]): string[] {
  // Joined to another string and cut again: the copy is a slice of that short string only.
  return strings.map((text) => ` ${text}`.slice(1));
}

/**
 * Every duplicate id and dangling fragment in a built site, given each page's HTML by its path in the output. Each
 * page is read once and only its ids and links are kept, so `files` may read the pages one at a time.
 */
export function findIdProblems(files: Iterable<[string, string]>, options: { origin?: string } = {}): string[] {
  const pages = new Map<string, PageAnchors>();
  const problems: string[] = [];
  for (const [file, html] of files) {
    const { ids, links } = scan(html);
    problems.push(...duplicates(ids).map((problem) => `${file}: ${problem}`));
    pages.set(file, { ids: new Set(detached(ids)), links: detached(links) });
  }
  return [...problems, ...findDanglingFragments(pages, options)];
}
