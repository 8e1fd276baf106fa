/** The numbered list of sources under a briefing, as a reader meets it. */
import { expect, it } from 'vitest';
import SourceList from '~/components/briefing/SourceList.astro';
import { createCitationState } from '~/lib/briefing/citation-state';
import { numberSources } from '~/lib/briefing/citations';
import { renderWithContext, testContext, testSource } from '../support/page-context';
import { text } from './trade-fixture';

it('lists sources in citation order, linking out to each and back to every place the text cites it', async () => {
  // Listed tass, mfa, imf; the text cites mfa, tass, mfa; imf is never cited inline.
  const numbered = numberSources(['tass', 'mfa', 'imf'], ['mfa', 'tass', 'mfa']);
  const context = testContext(
    {
      sources: new Map([
        testSource('tass', { published: '2022-03-14', language: 'Russian' }),
        testSource('mfa', { kind: 'official', note: 'Transcript.' }),
        testSource('imf', { kind: 'statistics', published: '2023-04' }),
      ]),
    },
    { citations: { numbered, state: createCitationState(numbered) } },
  );
  const doc = await renderWithContext(SourceList, context);
  const section = doc.querySelector('section')!;
  expect(text(doc.getElementById(section.getAttribute('aria-labelledby')!))).toBe('Sources');

  // Numbered by the list's own markers (so a screen reader hears each number once), with the number the text shows.
  expect(section.querySelector('ol')?.classList.contains('source-list')).toBe(true);
  const items = [...section.querySelectorAll('ol > li')];
  expect(items.map((li) => [li.id, li.getAttribute('value')])).toEqual([
    ['source-mfa', '1'],
    ['source-tass', '2'],
    ['source-imf', '3'],
  ]);
  const titles = items.map((li) => li.querySelector('a:not(.source-backlink)')!);
  expect(titles.map((a) => [a.getAttribute('href'), a.textContent?.trim()])).toEqual([
    ['https://example.org/mfa', 'Title of mfa'],
    ['https://example.org/tass', 'Title of tass'],
    ['https://example.org/imf', 'Title of imf'],
  ]);
  const described = items.map((li) => {
    const copy = li.cloneNode(true) as Element;
    copy.querySelector('.no-print')?.remove();
    return text(copy);
  });
  expect(described).toEqual([
    'Title of mfa. Publisher mfa. Official statement or document. Transcript.',
    'Title of tass. Publisher tass, 14 March 2022. News report, in Russian.',
    'Title of imf. Publisher imf, April 2023. Statistics.',
  ]);

  // The back-links end the entry, left out of print: one arrow, then a letter for each place the source is cited.
  const backlinks = items.map((li) => {
    const links = li.querySelector('.source-backlinks.no-print');
    return links && [links === li.lastElementChild, text(links)];
  });
  expect(backlinks).toEqual([[true, '↑ a b'], [true, '↑'], null]);
  const links = items.map((li) =>
    [...li.querySelectorAll('a.source-backlink')].map((a) => [
      a.getAttribute('href'),
      a.textContent,
      a.getAttribute('aria-label'),
    ]),
  );
  expect(links).toEqual([
    [
      ['#cite-mfa-1', 'a', 'Back to citation 1, use 1 of 2'],
      ['#cite-mfa-2', 'b', 'Back to citation 1, use 2 of 2'],
    ],
    [['#cite-tass-1', '↑', 'Back to citation 2 in the text']],
    [],
  ]);
  // The arrow before the letters is decoration; each letter's label says where it leads.
  expect(items[0]?.querySelector('.source-backlinks > span')?.getAttribute('aria-hidden')).toBe('true');
});

it('loads the citation preview script with the list it copies from', async () => {
  const numbered = numberSources(['tass'], ['tass']);
  const context = testContext(
    { sources: new Map([testSource('tass')]) },
    { citations: { numbered, state: createCitationState(numbered) } },
  );
  const doc = await renderWithContext(SourceList, context);
  expect(doc.querySelector('script')).not.toBeNull();
});
