import { VARIANTS_LABEL } from './aliases';

/**
 * Search results as readers see them, from what Pagefind returns: plain data in and out, so the browser module
 * (src/client/site-search.ts) only builds elements.
 */

/** One stretch of a snippet, marked when it is a word the search matched. */
export interface ExcerptRun {
  text: string;
  marked: boolean;
}

/** A result, ready to show: where it leads, its title, what it is, its date (when it has one) and its snippet. */
export interface SearchHit {
  url: string;
  title: string;
  kind: string;
  date: string | undefined;
  excerpt: ExcerptRun[];
  /** The words that matched only as another spelling of a name the text uses ("Qazaqstan"), when that is so. */
  variant: string | undefined;
}

/** What Pagefind's `result.data()` gives for a page or a record (the fields this site uses). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with HTML character references (`&amp;`, `&#39;`, `&#x27;`) turned back into characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's snippet (escaped text with `<mark>` around matched words) as runs of text, so the page can show it
 * with text nodes and `<mark>` elements and never parse the snippet as HTML.
 */
export function excerptRuns(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      continue;
    }
    const text = decodeEntities(part);
    if (text) runs.push({ text, marked });
  }
  return runs;
}

/**
 * The snippet a reader should see. The index holds each text's name variants in sentences after it (src/lib/search/
 * aliases.ts); they are cut off. When the snippet's first matched word is among them, the text matched only as
 * another spelling: the snippet is then the result's summary, and `variant` names the words that matched.
 */
export function snippet(excerpt: string, summary: string | undefined): { excerpt: ExcerptRun[]; variant?: string } {
  const label = excerpt.indexOf(VARIANTS_LABEL);
  const firstMark = excerpt.indexOf('<mark>');
  if (label === -1) return { excerpt: excerptRuns(excerpt) };
  const own = excerptRuns(excerpt.slice(0, label));
  if (firstMark === -1 || firstMark < label) return { excerpt: own };
  const variant = [
    ...new Set(
      excerptRuns(excerpt.slice(label))
        .filter((r) => r.marked)
        .map((r) => r.text.replace(/[.,;]+$/, '')),
    ),
  ];
  return {
    excerpt: summary ? [{ text: summary, marked: false }] : own,
    variant: variant.join(', '),
  };
}

/** A Pagefind result as the reader sees it; a page with no `kind` is labelled as a page of the site. */
export function toHit(data: PagefindResultData): SearchHit {
  const { excerpt, variant } = snippet(data.excerpt, data.meta['summary']?.trim() || undefined);
  return {
    url: data.url,
    title: data.meta['title']?.trim() || data.url,
    kind: data.meta['kind']?.trim() || 'Page',
    date: data.meta['date']?.trim() || undefined,
    excerpt,
    variant,
  };
}

/** The sentence that says how the search went, for the results' heading and screen readers. */
export function resultsSummary(count: number, query: string): string {
  const quoted = `“${query.trim()}”`;
  if (count === 0) return `Nothing found for ${quoted}. Try fewer words, or another spelling.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for ${quoted}`;
}

/** The search page's address for a query: the same address the header's form goes to without JavaScript. */
export function searchPath(query: string): string {
  const q = query.trim();
  return q ? `/search/?q=${encodeURIComponent(q).replace(/%20/g, '+')}` : '/search/';
}
