/**
 * What the site search indexes, decided from the built pages: each published briefing and the trade page as one
 * result each, and each timeline event as a result of its own that links to its place on the timeline. Drafts and
 * scheduled briefings are never built, so they can never be indexed; the component catalogue, the fixed pages and
 * the lists are left out on purpose. The markup handed to Pagefind is changed in memory only (what to read, the
 * result's kind and date, and every spelling of the names the text uses); the pages readers get stay as they were.
 */
import { Parser } from 'htmlparser2';
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

/** One simple selector of NOT_INDEXED, as a test on a start tag: `tag`, `tag.class`, `[attr="value"]`, `tag[attr="value"]`. */
function startTagTest(selector: string): (name: string, attribs: Readonly<Record<string, string>>) => boolean {
  const parts = /^([a-z][a-z0-9]*)?(?:\.([\w-]+))?(?:\[([\w-]+)="([^"]*)"\])?$/.exec(selector);
  if (!parts || selector === '') throw new Error(`index-plan: "${selector}" is not a selector this module reads`);
  const [, tag, className, attribute, value] = parts;
  return (name, attribs) =>
    (tag === undefined || name === tag) &&
    (className === undefined || (attribs.class ?? '').split(/\s+/).includes(className)) &&
    (attribute === undefined || attribs[attribute] === value);
}

const IGNORED = NOT_INDEXED.map(startTagTest);

/**
 * Text as a DOM serialiser writes it: entities decoded, then only `&`, `<`, `>` and the no-break space escaped.
 * Pagefind reads `&#39;` at the end of a block as punctuation and `'` as a letter (it adds a full stop after a
 * block that does not end in punctuation), so the text it is given is written the one way, whatever the page has.
 */
const escapeText = (text: string) =>
  text.replace(/[&<>\u00a0]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? '&#160;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** A start tag written again with some attributes set (each replacing one of the same name). */
function startTag(
  source: string,
  name: string,
  attribs: Readonly<Record<string, string>>,
  set: Record<string, string>,
) {
  const all = { ...attribs, ...set };
  const attributes = Object.entries(all).map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`);
  return `<${name}${attributes.join('')}${source.endsWith('/>') ? ' />' : '>'}`;
}

/** Elements whose text is not HTML: their content is passed on as it is. */
const RAW_TEXT = new Set(['script', 'style']);

/**
 * A page's HTML as Pagefind should read it: only `<main>`, without the parts in NOT_INDEXED; the result's kind and
 * date (a briefing's first date, when it was published) as metadata; and a last paragraph with every spelling of
 * the names the page uses.
 *
 * One pass of a streaming parser (htmlparser2) over the page: the start tags that take an attribute are written
 * again, the text inside `<main>` is written as escapeText says, and two paragraphs go before `</main>`; the rest
 * goes to Pagefind as the page has it. (A DOM of every page, with linkedom, took about 30 ms a briefing: half a
 * minute for 1,000. Pagefind reads the result as it read that DOM written out: the index is byte for byte the same.)
 */
export function pageForIndex(html: string, kind: Exclude<ResultKind, 'event'>, aliases: readonly AliasGroup[]): string {
  /** Parts of the page to replace, as [start, end (exclusive), new text], in document order. */
  const edits: [number, number, string][] = [];
  let description = '';
  let mainDepth = 0;
  let headerDepth = 0;
  let dated = kind !== 'briefing';
  let mainFound = false;
  let mainEnd = -1;
  /** All the text of `<main>`, decoded, for the names it uses. */
  let text = '';
  /** The text since the last tag inside `<main>`: where it starts in the page, and what it says. */
  let runFrom = -1;
  let run = '';
  let rawText = false;
  /** At a tag inside `<main>`: the text before it, written again if the page writes it another way. */
  const endRun = (at: number) => {
    if (run !== '' && runFrom >= 0 && !rawText) {
      const written = escapeText(run);
      if (written !== html.slice(runFrom, at)) edits.push([runFrom, at, written]);
    }
    run = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const source = html.slice(start, end);
        if (name === 'meta' && description === '' && attribs.name === 'description') {
          description = attribs.content ?? '';
        }
        if (name === 'main' && !mainFound) {
          mainFound = true;
          mainDepth = 1;
          runFrom = end;
          const body = { 'data-pagefind-body': '', 'data-pagefind-meta': `kind:${RESULT_KINDS[kind]}` };
          edits.push([start, end, startTag(source, name, attribs, body)]);
          return;
        }
        if (mainDepth === 0) return;
        endRun(start);
        runFrom = end;
        rawText = RAW_TEXT.has(name);
        mainDepth += 1;
        if (name === 'header') headerDepth += 1;
        const set: Record<string, string> = {};
        if (IGNORED.some((test) => test(name, attribs))) set['data-pagefind-ignore'] = 'all';
        if (!dated && name === 'time' && headerDepth > 0) {
          set['data-pagefind-meta'] = 'date';
          dated = true;
        }
        if (Object.keys(set).length > 0) edits.push([start, end, startTag(source, name, attribs, set)]);
      },
      onclosetag(name, implied) {
        if (mainDepth === 0) return;
        if (!implied) {
          endRun(parser.startIndex);
          runFrom = parser.endIndex + 1;
          rawText = false;
        }
        mainDepth -= 1;
        if (name === 'header' && headerDepth > 0) headerDepth -= 1;
        if (mainDepth === 0) mainEnd = parser.startIndex;
      },
      oncomment() {
        if (mainDepth === 0) return;
        endRun(parser.startIndex);
        runFrom = parser.endIndex + 1;
      },
      ontext(data) {
        if (mainDepth === 0) return;
        text += data;
        run += data;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: false },
  );
  parser.end(html);
  if (!mainFound || mainEnd < 0) {
    throw new Error('A page to index has no <main>: the layout must wrap the content in one.');
  }
  // The page's description, as the snippet of a result that matched only through another spelling: kept out of
  // the indexed words ("ignore" alone still lets Pagefind read the metadata inside).
  let added = `<p data-pagefind-ignore="" data-pagefind-meta="summary">${escapeText(description)}</p>`;
  const variants = variantsText(`${text}${description}`.replace(/\s+/g, ' ').trim(), aliases);
  if (variants) added += `<p>${escapeText(variants)}</p>`;
  edits.push([mainEnd, mainEnd, added]);
  let out = '';
  let at = 0;
  for (const [start, end, replacement] of edits) {
    out += html.slice(at, start) + replacement;
    at = end;
  }
  return out + html.slice(at);
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
