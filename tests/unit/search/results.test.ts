import { describe, expect, it } from 'vitest';
import { VARIANTS_LABEL } from '~/lib/search/aliases';
import { decodeEntities, excerptRuns, resultsSummary, searchPath, snippet, toHit } from '~/lib/search/results';

describe('a snippet as text and marks', () => {
  it('splits at <mark> and never treats the rest as markup', () => {
    expect(excerptRuns('oil via <mark>Druzhba</mark> to &lt;Schwedt&gt; &amp; <mark>Leuna</mark>')).toEqual([
      { text: 'oil via ', marked: false },
      { text: 'Druzhba', marked: true },
      { text: ' to <Schwedt> & ', marked: false },
      { text: 'Leuna', marked: true },
    ]);
    expect(excerptRuns('<b>not bold</b>')).toEqual([{ text: '<b>not bold</b>', marked: false }]);
  });

  it.each([
    ['Kazakhstan&#39;s', "Kazakhstan's"],
    ['it&#x27;s', "it's"],
    ['&quot;yurts&quot;', '"yurts"'],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&bogus; &#0; &#x110000;', '&bogus; &#0; &#x110000;'],
  ])('decodes %s', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});

describe('what a result shows', () => {
  const label = VARIANTS_LABEL;

  it('cuts the name variants off a snippet whose words matched in the text', () => {
    expect(snippet(`held in <mark>Astana</mark> in June. ${label} Astana, Nur-Sultan.`, 'Summary')).toEqual({
      excerpt: [
        { text: 'held in ', marked: false },
        { text: 'Astana', marked: true },
        { text: ' in June. ', marked: false },
      ],
    });
  });

  it('shows the summary, and the spelling that matched, when only a variant matched', () => {
    const excerpt = `in the capital. ${label} Kazakhstan, <mark>Qazaqstan,</mark> Казахстан. ${label} Astana`;
    expect(snippet(excerpt, 'The first forum is held.')).toEqual({
      excerpt: [{ text: 'The first forum is held.', marked: false }],
      variant: 'Qazaqstan',
    });
    expect(snippet(excerpt, undefined).excerpt).toEqual([{ text: 'in the capital. ', marked: false }]);
  });

  it('keeps a snippet with no variants, or with no matched word, as it is', () => {
    expect(snippet('plain <mark>words</mark>', undefined).excerpt).toHaveLength(2);
    expect(snippet(`opening words. ${label} Astana.`, 'S')).toEqual({
      excerpt: [{ text: 'opening words. ', marked: false }],
    });
  });

  it('labels a result by its kind and date, falling back to its address and "Page"', () => {
    expect(
      toHit({
        url: '/timeline/#x',
        excerpt: '<mark>Druzhba</mark> oil',
        meta: { title: ' First oil ', kind: 'Timeline event', date: '23 February 2023' },
      }),
    ).toEqual({
      url: '/timeline/#x',
      title: 'First oil',
      kind: 'Timeline event',
      date: '23 February 2023',
      excerpt: [
        { text: 'Druzhba', marked: true },
        { text: ' oil', marked: false },
      ],
      variant: undefined,
    });
    expect(toHit({ url: '/trade/', excerpt: '', meta: {} })).toMatchObject({
      title: '/trade/',
      kind: 'Page',
      date: undefined,
    });
  });
});

describe('words around the results', () => {
  it.each([
    [0, ' Astana ', 'Nothing found for “Astana”. Try fewer words, or another spelling.'],
    [1, 'Astana', '1 result for “Astana”'],
    [12, 'Astana', '12 results for “Astana”'],
  ])('%i results for "%s"', (count, query, text) => {
    expect(resultsSummary(count, query)).toBe(text);
  });

  it('links to the search page as the header’s form would', () => {
    expect(searchPath(' Nur-Sultan oil ')).toBe('/search/?q=Nur-Sultan+oil');
    expect(searchPath('Токаев')).toBe('/search/?q=%D0%A2%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2');
    expect(searchPath('  ')).toBe('/search/');
  });
});
