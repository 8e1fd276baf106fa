/**
 * What the site search indexes, decided from the built pages: each published briefing and the trade page as one
 * result each, and each timeline event as a result of its own that links to its place on the timeline. Drafts and
 * scheduled briefings are never built, so they can never be indexed; the component catalogue, the fixed pages and
 * the lists are left out on purpose. The markup handed to Pagefind is changed in memory only (what to read, the
 * result's kind and date, and every spelling of the names the text uses); the pages readers get stay as they were.
 */
import { parseHTML } from 'linkedom';
import { variantsText, type AliasGroup } from './aliases';

/** What a search result is, as its label tells the reader. */
export const RESULT_KINDS = {
  briefing: 'Briefing',
  event: 'Timeline event',
  trade: 'Trade figures',
} as const;

export type ResultKind = keyof typeof RESULT_KINDS;

/** Parts of a page that say nothing a reader would search for: navigation, citation markers, the bibliography. */
export const NOT_INDEXED = [
  '[data-print="hide"]',
  'script',
  'sup.cite',
  'section[aria-labelledby="sources-heading"]',
] as const;

/** The built page at a URL path is indexed as this kind of result, or not at all. */
export function pageKind(path: string): Exclude<ResultKind, 'event'> | undefined {
  if (/^\/briefings\/[^/]+\/$/.test(path)) return 'briefing';
  if (path === '/trade/') return 'trade';
  return undefined;
}

/** The page whose events become results of their own. */
export const TIMELINE_PATH = '/timeline/';

/** One timeline event as Pagefind's custom record. */
export interface EventRecord {
  url: string;
  content: string;
  language: 'en';
  meta: { title: string; date: string; kind: string; summary: string };
}

const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * A page's HTML as Pagefind should read it: only `<main>`, without the parts in NOT_INDEXED; the result's kind and
 * date (a briefing's first date, when it was published) as metadata; and a last paragraph with every spelling of
 * the names the page uses.
 */
export function pageForIndex(html: string, kind: Exclude<ResultKind, 'event'>, aliases: readonly AliasGroup[]): string {
  const { document } = parseHTML(html);
  const main = document.querySelector('main');
  if (!main) throw new Error('A page to index has no <main>: the layout must wrap the content in one.');
  main.setAttribute('data-pagefind-body', '');
  main.setAttribute('data-pagefind-meta', `kind:${RESULT_KINDS[kind]}`);
  for (const el of main.querySelectorAll(NOT_INDEXED.join(', '))) el.setAttribute('data-pagefind-ignore', 'all');
  if (kind === 'briefing') main.querySelector('header time')?.setAttribute('data-pagefind-meta', 'date');
  // The page's description, as the snippet of a result that matched only through another spelling: kept out of
  // the indexed words ("ignore" alone still lets Pagefind read the metadata inside).
  const summary = document.createElement('p');
  summary.setAttribute('data-pagefind-ignore', '');
  summary.setAttribute('data-pagefind-meta', 'summary');
  summary.textContent = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  main.append(summary);
  const variants = variantsText(words(main), aliases);
  if (variants) {
    const p = document.createElement('p');
    p.textContent = variants;
    main.append(p);
  }
  return document.toString();
}

/** Every event on the built timeline page as a result of its own, linking to its anchor there. */
export function eventRecords(html: string, aliases: readonly AliasGroup[]): EventRecord[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('li.timeline-event[id]')].map((li) => {
    const title = words(li.querySelector('.timeline-title'));
    const summary = words(li.querySelector('.timeline-summary'));
    // Each theme's name, without the comma only screen readers hear between them.
    const themes = [...li.querySelectorAll('.timeline-theme')].map((el) => words(el).replace(/,$/, '')).filter(Boolean);
    // Title, summary, "Place: …", "Actors: …", "Themes: …": each a sentence, so no two words run together.
    const text = [
      title,
      summary,
      ...[...li.querySelectorAll('.timeline-where > span')].map(words),
      themes.length > 0 ? `Themes: ${themes.join(', ')}` : '',
    ]
      .filter(Boolean)
      .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
      .join(' ');
    const variants = variantsText(text, aliases);
    return {
      url: `${TIMELINE_PATH}#${li.id}`,
      content: variants ? `${text} ${variants}` : text,
      language: 'en',
      meta: { title, date: words(li.querySelector('.timeline-date')), kind: RESULT_KINDS.event, summary },
    };
  });
}
