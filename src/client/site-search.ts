/**
 * The site search in the browser, shared by the header's field (src/client/header-search.ts) and the search page
 * (src/client/search-page.ts). Pagefind's own script and its index are fetched by `loadPagefind()` only: on the
 * first focus of the header's field, or when the search page opens; never while a page is idle. Results are built
 * as elements, with the snippet's matched words in <mark>, never parsed from HTML.
 */
import { toHit, type PagefindResultData, type SearchHit } from '~/lib/search/results';
import resultsStyles from '~/styles/search-results.css?url';

interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Written by `npm run build` (tools/search-index.ts); `npm run dev` has no index. */
const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind and the entry files of its index, fetched once, on first use; and the results' styles, which no page
 * carries until then.
 */
export function loadPagefind(): Promise<Pagefind> {
  if (!loading) {
    const styles = document.createElement('link');
    styles.rel = 'stylesheet';
    styles.href = resultsStyles;
    document.head.append(styles);
  }
  loading ??= (import(/* @vite-ignore */ PAGEFIND_SCRIPT) as Promise<Pagefind>).then(async (pagefind) => {
    // A briefing is long and an event short; Pagefind's default length penalty (0.75) ranked every event that
    // names a place above the briefings about it. Less of it keeps the briefings among the first results.
    await pagefind.options({ excerptLength: 28, ranking: { pageLength: 0.35 } });
    await pagefind.init();
    return pagefind;
  });
  return loading;
}

/** The results of one search: how many there are, and a way to fetch them in pages. */
export interface Search {
  query: string;
  total: number;
  /** The next `count` results, in order of relevance; an empty list when every one is shown. */
  next(count: number): Promise<SearchHit[]>;
}

let latest = 0;

/**
 * Searches the index. Resolves to undefined when a later search started before this one finished, so a slow
 * answer never replaces a newer one.
 */
export async function runSearch(query: string): Promise<Search | undefined> {
  const ticket = ++latest;
  const pagefind = await loadPagefind();
  const found = await pagefind.search(query);
  if (ticket !== latest || !found) return undefined;
  let shown = 0;
  return {
    query,
    total: found.results.length,
    next: async (count) => {
      const page = found.results.slice(shown, shown + count);
      shown += page.length;
      return (await Promise.all(page.map((result) => result.data()))).map(toHit);
    },
  };
}

/** One result as a list item: the title as a link (in a heading when `heading` is given), kind and date, snippet. */
export function hitItem(hit: SearchHit, options: { heading?: 'h2' | 'h3'; excerpt: boolean }): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  if (options.heading) {
    const heading = document.createElement(options.heading);
    heading.className = 'search-hit-title';
    heading.append(link);
    li.append(heading);
  } else {
    link.className = 'search-hit-title';
    li.append(link);
  }
  const meta = document.createElement('p');
  meta.className = 'search-hit-meta';
  meta.textContent = hit.date ? `${hit.kind} · ${hit.date}` : hit.kind;
  li.append(meta);
  if (options.excerpt && hit.excerpt.length > 0) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-hit-excerpt';
    for (const run of hit.excerpt) {
      if (!run.marked) {
        excerpt.append(run.text);
        continue;
      }
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      excerpt.append(mark);
    }
    li.append(excerpt);
  }
  if (options.excerpt && hit.variant) {
    const note = document.createElement('p');
    note.className = 'search-hit-meta';
    note.textContent = `Matched “${hit.variant}”: another spelling of a name used here.`;
    li.append(note);
  }
  return li;
}

/** What a reader is told when the index cannot be loaded; the console says why (`npm run dev` builds none). */
export function unavailable(error: unknown): string {
  console.warn('The search index could not be loaded; `npm run build` makes it in dist/pagefind/.', error);
  return 'Search could not be loaded. Browse the briefings, the timeline or the topics instead.';
}
