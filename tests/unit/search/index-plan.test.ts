import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { AliasGroup } from '~/lib/search/aliases';
import { eventRecords, pageForIndex, pageKind } from '~/lib/search/index-plan';

const ALIASES: AliasGroup[] = [
  { id: 'astana', names: ['Astana', 'Nur-Sultan'] },
  { id: 'druzhba', names: ['Druzhba', 'Дружба'] },
];

describe('which built pages are indexed', () => {
  it.each([
    ['/briefings/kazakh-oil-for-germany/', 'briefing'],
    ['/trade/', 'trade'],
    ['/', undefined],
    ['/about/', undefined],
    ['/components/', undefined],
    ['/timeline/', undefined],
    ['/timeline/energy/', undefined],
    ['/topics/energy/', undefined],
    ['/search/', undefined],
    ['/briefings/', undefined],
    ['/briefings/a/b/', undefined],
  ])('%s: %s', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });
});

const BRIEFING = `<!doctype html><html lang="en"><head><meta name="description" content="Oil, briefly."></head><body>
<header data-print="hide"><nav>Briefings Timeline</nav></header>
<main id="main"><article><header><h1>Kazakh oil</h1><p>By desk · Published <time datetime="2026-11-29">29 November 2026</time></p></header>
<div data-print="hide">On this page</div>
<p>Crude flows to Schwedt through Druzhba.<sup class="cite"><a href="#s1">[1]</a></sup></p>
<section aria-labelledby="sources-heading"><h2 id="sources-heading">Sources</h2><ol><li>Reuters</li></ol></section>
<script>var x = 1;</script></article></main><footer>Licence</footer></body></html>`;

describe('a page as Pagefind reads it', () => {
  const { document } = parseHTML(pageForIndex(BRIEFING, 'briefing', ALIASES));
  const main = document.querySelector('main')!;

  it('reads only <main>, with its kind as metadata and the first date in its header as its date', () => {
    expect(main.hasAttribute('data-pagefind-body')).toBe(true);
    expect(main.getAttribute('data-pagefind-meta')).toBe('kind:Briefing');
    expect(document.querySelector('time')?.getAttribute('data-pagefind-meta')).toBe('date');
  });

  it('leaves out navigation, citation markers, the sources and scripts', () => {
    const ignored = [...document.querySelectorAll('[data-pagefind-ignore="all"]')].map((el) => el.localName);
    expect(ignored).toEqual(['div', 'sup', 'section', 'script']);
  });

  it('adds the description as metadata only, and every spelling of the names the page uses', () => {
    const summary = document.querySelector('[data-pagefind-meta="summary"]')!;
    expect(summary.textContent).toBe('Oil, briefly.');
    expect(summary.getAttribute('data-pagefind-ignore')).toBe('');
    expect(main.lastElementChild?.textContent).toBe('Also spelled: Druzhba, Дружба.');
  });

  it('adds no variants to a page that names none, and dates only briefings', () => {
    const html = BRIEFING.replace('Druzhba', 'the pipeline');
    const trade = parseHTML(pageForIndex(html, 'trade', ALIASES)).document;
    expect(trade.querySelector('main')?.lastElementChild?.getAttribute('data-pagefind-meta')).toBe('summary');
    expect(trade.querySelector('[data-pagefind-meta="date"]')).toBeNull();
    expect(trade.querySelector('main')?.getAttribute('data-pagefind-meta')).toBe('kind:Trade figures');
  });

  it('refuses a page without <main>', () => {
    expect(() => pageForIndex('<html><body><p>x</p></body></html>', 'trade', ALIASES)).toThrow(/no <main>/);
  });
});

describe('the page pass', () => {
  const page = (main: string) =>
    `<!doctype html><html><head><meta name="description" content="D &amp; d"></head><body><main>${main}</main></body></html>`;

  it('hands Pagefind the text as a DOM writes it, so a quote at the end of a line reads the same', () => {
    // Pagefind reads "&#39;" before a line break as punctuation and "'" as a letter: it adds a full stop after the
    // one and not the other. The text goes to it written one way, whatever way the page writes it.
    const html = pageForIndex(
      page('<p>the &#39;republics&#39; &amp; &quot;more&quot;\u00a0<b>x &lt; y</b></p>'),
      'trade',
      [],
    );
    expect(html).toContain(`<p>the 'republics' &amp; "more"&#160;<b>x &lt; y</b></p>`);
    expect(html).toContain('<p data-pagefind-ignore="" data-pagefind-meta="summary">D &amp; d</p></main>');
  });

  it('leaves scripts, comments and self-closing SVG as they are, and marks what is not indexed', () => {
    const html = pageForIndex(
      page('<!-- a < b --><script>if (a &amp;&amp; b < c) go();</script><svg><path data-print="hide" d="M0 0"/></svg>'),
      'trade',
      [],
    );
    expect(html).toContain('<!-- a < b --><script data-pagefind-ignore="all">if (a &amp;&amp; b < c) go();</script>');
    expect(html).toContain('<svg><path data-print="hide" d="M0 0" data-pagefind-ignore="all" /></svg>');
  });

  it('gives the date of the first <time> in a header only, and reads attributes written with entities', () => {
    const html = pageForIndex(
      page(
        '<p><time>not this</time></p><header><h1 title="A &quot;B&quot;">T</h1><time>1 May</time><time>2 May</time></header>',
      ),
      'briefing',
      [],
    );
    expect(html).toContain('<time>not this</time>');
    expect(html).toContain('<time data-pagefind-meta="date">1 May</time><time>2 May</time>');
    expect(html).toContain('<h1 title="A &quot;B&quot;">T</h1>');
  });
});

const TIMELINE = `<html lang="en"><body><main><ol>
<li id="aid-trucks" class="timeline-event"><p class="timeline-date"><time datetime="2022-03">c. March 2022</time></p>
<div class="timeline-body"><h3 class="timeline-title"><a href="#aid-trucks">Aid trucks leave Nur-Sultan</a></h3>
<p class="timeline-meta"><span class="sr-only">Themes: </span><span class="timeline-theme">Humanitarian<span class="sr-only">, </span></span><span class="timeline-theme">War</span></p>
<p class="timeline-summary">Two trucks carry aid</p>
<p class="timeline-where"><span><span>Place:</span> Nur-Sultan</span><span><span>Actors:</span> Kazakhstan, Ukraine</span></p>
<p class="timeline-status-note">Reported: one source.</p><div class="timeline-sources">Sources: DAZ</div></div></li>
<li id="bare" class="timeline-event"><p class="timeline-date"><time>2023</time></p><div class="timeline-body"><h3 class="timeline-title">A bare event.</h3></div></li>
</ol></main></body></html>`;

describe('timeline events as results of their own', () => {
  const [aid, bare] = eventRecords(TIMELINE, ALIASES);

  it('link to their anchor, with title, date, kind and summary as metadata', () => {
    expect(aid?.url).toBe('/timeline/#aid-trucks');
    expect(aid?.meta).toEqual({
      title: 'Aid trucks leave Nur-Sultan',
      date: 'c. March 2022',
      kind: 'Timeline event',
      summary: 'Two trucks carry aid',
    });
    expect(aid?.language).toBe('en');
  });

  it('hold their words as sentences, without the status or sources, then every spelling of their names', () => {
    expect(aid?.content).toBe(
      'Aid trucks leave Nur-Sultan. Two trucks carry aid. Place: Nur-Sultan. Actors: Kazakhstan, Ukraine. ' +
        'Themes: Humanitarian, War. Also spelled: Astana, Nur-Sultan.',
    );
    expect(bare?.content).toBe('A bare event.');
  });
});
