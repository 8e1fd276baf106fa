/**
 * What a reader should never see on any built page: Markdown that was not turned into formatting (backticks, `**`,
 * `[text](link)`), and a short compound such as "op-ed" broken over two lines of a heading.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';

const pages = builtPages();

/** The text a reader sees or hears: the body without code, scripts and styles, and the names given in attributes. */
function readerText(document: Document): string {
  const body = document.body.cloneNode(true) as HTMLElement;
  for (const el of body.querySelectorAll('script, style, template, code, pre')) el.remove();
  const attributes = [...body.querySelectorAll('[alt], [title], [aria-label]')].flatMap((el) =>
    ['alt', 'title', 'aria-label'].map((name) => el.getAttribute(name) ?? ''),
  );
  const head = [document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''];
  return [body.textContent ?? '', ...attributes, ...head].join('\n');
}

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
  it('shows no literal Markdown', () => {
    const seen = readerText(page.document);
    const stray = [/`/g, /\*\*/g, /\]\(/g].flatMap((pattern) =>
      [...seen.matchAll(pattern)].map((m) => seen.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')),
    );
    expect(stray).toEqual([]);
  });

  it('never lets a heading break "op-ed" at its hyphen', () => {
    const breakable: string[] = [];
    for (const heading of page.document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const walker = page.document.createTreeWalker(heading, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/op-ed/i.test(node.textContent ?? '')) continue;
        const parent = node.parentElement;
        const kept = parent?.classList.contains('whitespace-nowrap') && /^op-ed$/i.test(parent.textContent ?? '');
        if (!kept) breakable.push(heading.textContent?.trim() ?? '');
      }
    }
    expect(breakable).toEqual([]);
  });
});

it('finds headings with "op-ed" to check', () => {
  const headings = pages.flatMap((p) =>
    [...p.document.querySelectorAll('h2, h3')].filter((h) => /op-ed/.test(h.textContent ?? '')),
  );
  expect(headings.length).toBeGreaterThan(0);
});
