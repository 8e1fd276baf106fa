import { describe, expect, it } from 'vitest';
import {
  breadcrumbList,
  breadcrumbTrail,
  bylineAuthor,
  dataset,
  jsonLdGraph,
  jsonLdText,
  newsArticle,
  publisher,
  webSite,
} from '~/lib/site/structured-data';
import { themePageDescription } from '~/lib/timeline/theme-pages';

const site = { name: 'Kazakhstan after the invasion', url: 'https://example.org/', description: 'Sourced briefings' };
const licence = { url: 'https://creativecommons.org/licenses/by/4.0/' };

describe('a briefing as a NewsArticle', () => {
  const article = newsArticle(
    {
      url: 'https://example.org/briefings/oil/',
      headline: 'Kazakh oil for Germany',
      description: 'Since 2023 Kazakh crude has reached Schwedt.',
      published: '2026-11-27',
      updated: '2026-11-29',
      authors: ['Explainer desk', 'Aigerim Nurlanovna'],
      image: 'https://example.org/og/briefings/oil.png',
      keywords: ['energy'],
      citations: [{ url: 'https://news.example/a' }, { url: 'https://stat.example/b' }],
    },
    site,
    licence,
  );

  it('has the fields search engines require and recommend', () => {
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Kazakh oil for Germany',
      datePublished: '2026-11-27',
      dateModified: '2026-11-29',
      image: ['https://example.org/og/briefings/oil.png'],
      publisher: { '@id': 'https://example.org/#publisher' },
      mainEntityOfPage: 'https://example.org/briefings/oil/',
      license: licence.url,
      keywords: ['energy'],
    });
  });

  it('names a desk as part of the publisher, and anyone else as a person', () => {
    expect(article.author).toEqual([
      {
        '@type': 'Organization',
        name: 'Explainer desk',
        parentOrganization: { '@id': 'https://example.org/#publisher' },
      },
      { '@type': 'Person', name: 'Aigerim Nurlanovna' },
    ]);
    expect(bylineAuthor('Research Desk ', site)).toMatchObject({ '@type': 'Organization' });
  });

  it('cites its sources by their addresses, in order', () => {
    expect(article.citation).toEqual(['https://news.example/a', 'https://stat.example/b']);
  });

  it('is modified when published, when never updated, and carries no image or keywords it lacks', () => {
    const plain = newsArticle(
      {
        url: 'u',
        headline: 'h',
        description: 'd',
        published: '2026-01-01',
        authors: ['A'],
        keywords: [],
        citations: [],
      },
      site,
      licence,
    );
    expect(plain.dateModified).toBe('2026-01-01');
    expect(plain).not.toHaveProperty('image');
    expect(plain).not.toHaveProperty('keywords');
  });
});

describe('breadcrumbs', () => {
  const titles = new Map([
    ['/', 'Home'],
    ['/timeline/', 'Timeline'],
  ]);

  it.each([
    ['/briefings/oil/', 'Kazakh oil', ['Home', 'Kazakh oil']],
    ['/timeline/energy/', 'Timeline: Energy', ['Home', 'Timeline', 'Timeline: Energy']],
    ['/timeline/', 'Timeline', ['Home', 'Timeline']],
    ['/', 'Home', ['Home']],
  ])('%s goes %j', (path, title, names) => {
    const trail = breadcrumbTrail(path, title, titles, 'https://example.org');
    expect(trail.map((s) => s.name)).toEqual(names);
    expect(trail.at(-1)?.url).toBe(`https://example.org${path}`);
  });

  it('call the home page "Home" when no title is given for it', () => {
    expect(breadcrumbTrail('/about/', 'About', new Map(), 'https://example.org')[0]).toEqual({
      name: 'Home',
      url: 'https://example.org/',
    });
  });

  it('number their steps from 1', () => {
    expect(
      breadcrumbList([
        { name: 'Home', url: 'https://example.org/' },
        { name: 'A', url: 'https://example.org/a/' },
      ]),
    ).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
        { '@type': 'ListItem', position: 2, name: 'A', item: 'https://example.org/a/' },
      ],
    });
  });
});

describe('a download as a Dataset', () => {
  const input = {
    url: 'https://example.org/trade/',
    name: 'Trade',
    description: 'x'.repeat(60),
    keywords: ['trade'],
    creditText: '“Trade”, Site, https://example.org/trade/, CC BY 4.0',
    temporalCoverage: '2018/2024',
    spatialCoverage: 'Kazakhstan',
    files: [{ url: 'https://example.org/trade/trade.csv', format: 'text/csv' }],
  };

  it('carries its licence, the credit to give, its coverage and its files', () => {
    expect(dataset({ ...input, describedBy: 'https://example.org/datapackage.json' }, site, licence)).toMatchObject({
      '@type': 'Dataset',
      license: licence.url,
      creditText: input.creditText,
      temporalCoverage: '2018/2024',
      spatialCoverage: { '@type': 'Place', name: 'Kazakhstan' },
      distribution: [{ '@type': 'DataDownload', contentUrl: input.files[0]?.url, encodingFormat: 'text/csv' }],
      subjectOf: { '@type': 'CreativeWork', url: 'https://example.org/datapackage.json' },
    });
    expect(dataset(input, site, licence)).not.toHaveProperty('subjectOf');
  });
});

describe('the JSON-LD document', () => {
  it('puts the publisher first in one @graph, with the site on the home page', () => {
    const graph = jsonLdGraph(site, [webSite(site)]);
    expect(graph['@context']).toBe('https://schema.org');
    expect(graph['@graph']).toEqual([publisher(site), expect.objectContaining({ '@type': 'WebSite', url: site.url })]);
  });

  it('cannot close its script element, whatever a title says', () => {
    const text = jsonLdText(jsonLdGraph({ ...site, name: '</script><script>alert(1)</script>' }, []));
    expect(text).not.toContain('<');
    expect(JSON.parse(text)['@graph'][0].name).toBe('</script><script>alert(1)</script>');
  });
});

describe("a theme page's description", () => {
  it('counts its events', () => {
    expect(themePageDescription({ name: 'Energy', count: 12 })).toMatch(/^The 12 events filed under Energy /);
  });
});
