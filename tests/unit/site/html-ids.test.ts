import { describe, expect, it } from 'vitest';
import {
  findDanglingFragments,
  findDuplicateIds,
  findIdProblems,
  nextId,
  readAnchors,
  uniqueId,
  type PageAnchors,
} from '~/lib/site/html-ids';

describe('nextId', () => {
  it.each<[string, string[], string[]]>([
    ['the first use keeps the base', ['a'], ['a']],
    ['later uses count on from 2', ['a', 'a', 'a'], ['a', 'a-2', 'a-3']],
    ['each base counts on its own', ['a', 'b', 'a', 'b'], ['a', 'b', 'a-2', 'b-2']],
    ['skips an id already taken as a base', ['a-2', 'a', 'a'], ['a-2', 'a', 'a-3']],
    ['a base already handed out as a number gets its own number', ['a', 'a', 'a-2'], ['a', 'a-2', 'a-2-2']],
  ])('%s', (_, bases, expected) => {
    const counters = new Map<string, number>();
    const ids = bases.map((base) => nextId(counters, base));
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('uniqueId', () => {
  it('keeps its counters on the page’s locals, created when first needed', () => {
    const page: { idCounters?: Map<string, number> } = {};
    expect(uniqueId(page, 'key-points-heading')).toBe('key-points-heading');
    expect(uniqueId(page, 'key-points-heading')).toBe('key-points-heading-2');
    expect(page.idCounters).toBeInstanceOf(Map);
  });

  it('starts again on another page', () => {
    const first = {};
    const second = {};
    uniqueId(first, 'x');
    expect(uniqueId(second, 'x')).toBe('x');
  });
});

describe('findDuplicateIds', () => {
  it.each<[string, string, string[]]>([
    ['no ids', '<p>Text</p>', []],
    ['distinct ids', '<h2 id="a">A</h2><h2 id="b">B</h2>', []],
    ['an id twice', '<h2 id="a">A</h2><p id="a">B</p>', ['duplicate id "a" (2 times)']],
    [
      'counts every use',
      '<i id="a"></i><i id="a"></i><i id="a"></i><i id="b"></i><i id="b"></i>',
      ['duplicate id "a" (3 times)', 'duplicate id "b" (2 times)'],
    ],
    ['ids are case-sensitive', '<i id="a"></i><i id="A"></i>', []],
    ['a prefix of another id is another id', '<i id="main"></i><i id="main-nav"></i>', []],
    ['other attributes ending in id are not ids', '<i data-id="a" id="a"></i><i aria-id="a"></i>', []],
    ['single quotes, bare values and upper case', `<I ID='a'></I><i id=a></i>`, ['duplicate id "a" (2 times)']],
    ['entities are decoded', '<i id="a&amp;b"></i><i id="a&#38;b"></i>', ['duplicate id "a&b" (2 times)']],
    ['a > inside a quoted value', '<i title="x > y" id="a"></i><i id="a"></i>', ['duplicate id "a" (2 times)']],
    ['markup in a comment is not an element', '<i id="a"></i><!-- <i id="a"></i> -->', []],
    ['markup in a script is not an element', '<i id="a"></i><script>el.innerHTML = \'<i id="a">\';</script>', []],
    ['markup in a style is not an element', '<i id="a"></i><style>/* <i id="a"> */</style>', []],
    ['escaped markup in text is not an element', '<i id="a"></i><code>&lt;i id="a"&gt;</code>', []],
    ['an empty id is not checked', '<i id=""></i><i id=""></i>', []],
  ])('%s', (_, html, expected) => {
    expect(findDuplicateIds(html)).toEqual(expected);
  });
});

describe('readAnchors', () => {
  it('reads ids and the links of <a> and <area>, not of <link>', () => {
    const html =
      '<link rel="stylesheet" href="/s.css"><a id="top-link" href="#x">x</a><area href="/a/#b"><a>no href</a><span id="x"></span>';
    const anchors = readAnchors(html);
    expect([...anchors.ids]).toEqual(['top-link', 'x']);
    expect(anchors.links).toEqual(['#x', '/a/#b']);
  });
});

const page = (ids: string[], links: string[] = []): PageAnchors => ({ ids: new Set(ids), links });

describe('findDanglingFragments', () => {
  const site = (links: string[]) =>
    new Map([
      ['index.html', page(['main'], links)],
      ['trade/index.html', page(['main', 'trade-2022'])],
      ['404.html', page(['main'])],
      ['caf\u00e9/index.html', page(['\u00e9t\u00e9'])],
    ]);

  it.each<[string, string, boolean]>([
    ['a same-page link to an id', '#main', true],
    ['a same-page link to no id', '#nowhere', false],
    ['# alone goes to the top', '#', true],
    ['#top goes to the top when no element has that id', '#top', true],
    ['a link without a fragment', '/trade/', true],
    ['a cross-page link to an id', '/trade/#trade-2022', true],
    ['a cross-page link to no id', '/trade/#trade-2031', false],
    ['an id of this page is not an id of that one', '/404.html#trade-2022', false],
    ['a relative link resolves against the page', 'trade/#trade-2022', true],
    ['a link without the trailing slash', '/trade#trade-2022', true],
    ['a link to a page that does not exist', '/nope/#x', false],
    ['the site’s own origin counts as this site', 'https://site.example/trade/#trade-2031', false],
    ['another origin is not checked', 'https://example.org/#nowhere', true],
    ['mail and phone links are not checked', 'mailto:a@example.org', true],
    ['a file that is not a page is not checked', '/trade/trade.csv#x', true],
    ['percent-encoded fragments and paths are decoded', '/caf%C3%A9/#%C3%A9t%C3%A9', true],
    ['a broken percent-encoding is compared as written', '#%E0%A4%A', false],
    ['ids are case-sensitive', '#MAIN', false],
    ['#TOP goes to the top too', '#TOP', true],
    ['a same-page fragment is decoded', '#%6Dain', true],
  ])('%s: %s', (_, href, ok) => {
    expect(findDanglingFragments(site([href]), { origin: 'https://site.example/' })).toEqual(
      ok ? [] : [`index.html: link to "${href}" has no target${href === '/nope/#x' ? ' (no such page)' : ''}`],
    );
  });

  it('reports a link once per page however often it is repeated, and names each page', () => {
    const pages = new Map([
      ['index.html', page([], ['#gone', '#gone'])],
      ['about/index.html', page([], ['#gone', '../#gone'])],
    ]);
    expect(findDanglingFragments(pages)).toEqual([
      'index.html: link to "#gone" has no target',
      'about/index.html: link to "#gone" has no target',
      'about/index.html: link to "../#gone" has no target',
    ]);
  });
});

describe('findIdProblems', () => {
  it('lists duplicates and dangling links of every page, each with its file', () => {
    const files = new Map([
      ['index.html', '<main id="main"><a href="#main">skip</a><h2 id="h">A</h2><h2 id="h">B</h2></main>'],
      ['broken/index.html', '<a href="#nowhere">x</a><a href="/#h">y</a>'],
    ]);
    expect(findIdProblems(files)).toEqual([
      'index.html: duplicate id "h" (2 times)',
      'broken/index.html: link to "#nowhere" has no target',
    ]);
  });

  it('finds nothing in a sound site', () => {
    expect(findIdProblems(new Map([['index.html', '<main id="main"><a href="#main">x</a></main>']]))).toEqual([]);
  });
});
