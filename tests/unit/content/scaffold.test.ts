/**
 * The templates of `npm run new -- briefing|event|source` pass the real schemas, and the names, ids and address
 * checks refuse what they should. A schema change that a template no longer satisfies fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  EVENT_STATUS_VALUES,
  PLACEHOLDER_MARKER,
  SCAFFOLD_KINDS,
  SOURCE_KIND_VALUES,
  TITLE_LIMITS,
  briefingTemplate,
  eventTemplate,
  findSameUrl,
  nameEntry,
  nextSteps,
  normaliseUrl,
  parseSourceUrl,
  placeholderLines,
  placeholderSourceId,
  publisherGuess,
  slugify,
  sourceIdFor,
  sourceTemplate,
  uniqueId,
} from '~/lib/content/scaffold';
import { briefingSchema } from '~/model/schemas/briefing';
import { EVENT_STATUSES, eventSchema } from '~/model/schemas/event';
import { entryId } from '~/model/schemas/fields';
import { SOURCE_KINDS, sourceSchema } from '~/model/schemas/source';

const frontmatter = (mdx: string) => parseYaml(mdx.split('---')[1]!);
/** Every field a schema accepts appears in the template, as a line or as a commented-out example. */
const mentionedKeys = (text: string, keys: string[]) => keys.filter((key) => new RegExp(`^#? *${key}:`, 'm').test(text));
const isId = (id: string) => entryId().safeParse(id).success;
const url = (text: string) => new URL(text);
const themeIds = ['war', 'diplomacy', 'energy'] as const;

describe('slugify', () => {
  it.each([
    ['How the CPC pipeline shapes Kazakh oil', 'how-the-cpc-pipeline-shapes-kazakh-oil'],
    ['Tokayev’s “quasi-state” remark, explained', 'tokayevs-quasi-state-remark-explained'],
    ['Qazaqstan: Astana & Almaty — 2023', 'qazaqstan-astana-almaty-2023'],
    ['Ürümqi and Öskemen', 'urumqi-and-oskemen'],
    ['one two three four five six seven eight nine ten', 'one-two-three-four-five-six-seven-eight'],
    ['Казахстан', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('nameEntry', () => {
  it.each([
    ['briefing', 'How the CPC pipeline shapes Kazakh oil', 'how-the-cpc-pipeline-shapes-kazakh-oil', true],
    ['briefing', '  Astana 2024  ', 'astana-2024', true],
    ['briefing', 'kazakh-oil', 'kazakh-oil', true],
    ['event', 'Baerbock visits Astana', 'baerbock-visits-astana', true],
    ['event', 'Казахстан abstains at the UN', 'abstains-at-the-un', true],
    // An id is taken as it is, and the title is left for the editor.
    ['event', 'baerbock-visits-astana', 'baerbock-visits-astana', false],
    ['event', 'csto', 'csto', false],
  ] as const)('%s %j → %s', (kind, input, id, hasTitle) => {
    const name = nameEntry(kind, input);
    expect(name).toEqual({ ok: true, id, title: hasTitle ? input.trim() : undefined });
    if (name.ok) expect(isId(name.id)).toBe(true);
  });

  it.each([
    ['briefing', '', 'Give the headline in quotes, e.g. npm run new -- briefing "'],
    ['event', '   ', 'Give the headline in quotes, e.g. npm run new -- event "'],
    ['event', '../secrets', 'contains "/", which could put the file outside content/events/'],
    ['event', '..', 'contains "..", which could put the file outside content/events/'],
    ['briefing', 'Trade in 2022/23', 'write "2022–23", not "2022/23"'],
    ['briefing', 'C:\\Windows', 'contains "\\"'],
    ['briefing', 'Tokayev says... no', 'contains ".."'],
    ['briefing', 'Казахстан', 'Give the headline in Latin letters'],
    ['event', 'Қазақстан!', 'or give the id yourself, e.g. npm run new -- event'],
    ['event', '—', 'Could not make a file name from "—"'],
    ['event', 'con', 'cannot be a file name on every computer'],
    ['briefing', 'Nul', 'use more words, e.g. "nul-2024"'],
    ['briefing', 'x'.repeat(TITLE_LIMITS.briefing + 1), 'at most 120. Shorten it.'],
    ['event', 'y '.repeat(71), 'at most 140. Shorten it.'],
  ] as const)('%s %j is refused', (kind, input, reason) => {
    const name = nameEntry(kind, input);
    expect(name.ok).toBe(false);
    if (!name.ok) expect(name.reason).toContain(reason);
  });
});

describe('uniqueId', () => {
  it.each([
    ['dw-tokayev', [], 'dw-tokayev'],
    ['dw-tokayev', ['dw-tokayev'], 'dw-tokayev-2'],
    ['dw-tokayev', ['dw-tokayev', 'dw-tokayev-2', 'dw-tokayev-3'], 'dw-tokayev-4'],
    ['dw-tokayev', ['dw-tokayev-2'], 'dw-tokayev'],
  ])('%s with %j taken → %s', (base, taken, id) => {
    expect(uniqueId(base, new Set(taken))).toBe(id);
  });
});

describe('placeholderSourceId', () => {
  it.each([
    [['b-source', 'matussek-oped', 'a-source'], 'matussek-oped'],
    [['b-source', 'a-source'], 'a-source'],
    [[], undefined],
  ])('%j → %s', (ids, id) => {
    expect(placeholderSourceId(ids)).toBe(id);
  });
});

describe('briefingTemplate', () => {
  const options = { title: 'A "quoted" \\ headline: Ürümqi', date: '2026-11-27', sourceId: 'matussek-oped' };

  it('produces a draft whose frontmatter passes the schema', () => {
    const text = briefingTemplate(options);
    const data = briefingSchema.parse(frontmatter(text));
    expect(data).toMatchObject({ title: options.title, published: '2026-11-27', draft: true, sources: ['matussek-oped'] });
    expect(text).toContain('<Cite id="matussek-oped" />');
  });

  it('mentions every field the schema accepts', () => {
    const keys = Object.keys(briefingSchema.shape);
    expect(mentionedKeys(briefingTemplate(options).split('---')[1]!, keys)).toEqual(keys);
  });

  it('marks its placeholders, and the dek is one of them', () => {
    const text = briefingTemplate(options);
    expect(briefingSchema.parse(frontmatter(text)).dek).toContain(PLACEHOLDER_MARKER);
    expect(placeholderLines(text).length).toBeGreaterThanOrEqual(5);
  });

  it('takes a headline up to the schema’s limit, and the schema refuses one character more', () => {
    const longest = 'x'.repeat(TITLE_LIMITS.briefing);
    expect(briefingSchema.safeParse(frontmatter(briefingTemplate({ ...options, title: longest }))).success).toBe(true);
    const tooLong = frontmatter(briefingTemplate({ ...options, title: `${longest}x` }));
    expect(briefingSchema.safeParse(tooLong).success).toBe(false);
  });
});

describe('eventTemplate', () => {
  const options = { date: '2026-11-27', themeIds, sourceId: 'matussek-oped' };

  it.each([
    ['a headline', 'Baerbock visits “Astana”: a #1 "visit"', 'Baerbock visits “Astana”: a #1 "visit"'],
    ['an id only', undefined, `${PLACEHOLDER_MARKER} a short, neutral headline`],
  ])('with %s passes the schema', (_what, title, expected) => {
    const data = eventSchema.parse(parseYaml(eventTemplate({ ...options, title })));
    expect(data).toMatchObject({ title: expected, date: '2026-11-27', themes: ['war'], sources: ['matussek-oped'] });
    expect(data.summary).toContain(PLACEHOLDER_MARKER);
  });

  it('mentions every field the schema accepts, and lists the statuses and themes to choose from', () => {
    const text = eventTemplate({ ...options, title: undefined });
    const keys = Object.keys(eventSchema.shape);
    expect(mentionedKeys(text, keys)).toEqual(keys);
    expect(text).toContain('confirmed, reported or disputed');
    expect(text).toContain('war, diplomacy, energy');
    // The date, themes, status and sources must already be valid, so their placeholder sits in a comment.
    expect(placeholderLines(text).map((l) => l.text.split(':')[0])).toEqual([
      'date',
      'title',
      'TODO',
      'themes',
      'status',
      'sources',
    ]);
  });

  it('lists the statuses the schema accepts', () => {
    expect([...EVENT_STATUS_VALUES]).toEqual(Object.keys(EVENT_STATUSES));
  });

  it('takes a headline up to the schema’s limit', () => {
    const longest = 'x'.repeat(TITLE_LIMITS.event);
    expect(eventSchema.safeParse(parseYaml(eventTemplate({ ...options, title: longest }))).success).toBe(true);
    expect(eventSchema.safeParse(parseYaml(eventTemplate({ ...options, title: `${longest}x` }))).success).toBe(false);
  });
});

describe('sourceTemplate', () => {
  const page = url('https://www.dw.com/en/kazakhstan-tokayev-russia/a-61234567#comments');

  it('passes the schema, with the address, today and kind news', () => {
    const data = sourceSchema.parse(parseYaml(sourceTemplate({ url: page, date: '2026-11-27' })));
    expect(data).toMatchObject({ url: page.href, accessed: '2026-11-27', kind: 'news' });
    expect(data.title).toContain(PLACEHOLDER_MARKER);
    expect(data.publisher).toContain(`${PLACEHOLDER_MARKER} dw.com`);
  });

  it('mentions every field the schema accepts, and lists the kinds to choose from', () => {
    const text = sourceTemplate({ url: page, date: '2026-11-27' });
    const keys = Object.keys(sourceSchema.shape);
    expect(mentionedKeys(text, keys)).toEqual(keys);
    expect(text).toContain('news, official, statistics, opinion, analysis or reference');
    expect(placeholderLines(text).map((l) => l.text.split(':')[0])).toEqual(['title', 'publisher', 'kind']);
  });

  it('lists the kinds the schema accepts', () => {
    expect([...SOURCE_KIND_VALUES]).toEqual(Object.keys(SOURCE_KINDS));
  });
});

describe('parseSourceUrl', () => {
  it.each([
    'https://www.dw.com/en/a-1',
    ' http://astanatimes.com/?p=69270 ',
    'https://24.kz/ru/news/item/660799-usd4-5-mlrd',
  ])('accepts %s', (input) => {
    const parsed = parseSourceUrl(input);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(sourceSchema.shape.url.safeParse(parsed.url.href).success).toBe(true);
  });

  it.each([
    ['', 'Give the web address of the source'],
    ['dw.com/en/a-1', 'is not a full web address (did you mean https://dw.com/en/a-1 ?)'],
    ['not an address', 'is not a full web address. Copy it'],
    ['ftp://example.org/file', "starts with ftp:; a source's address must start with https://"],
    ['javascript:alert(1)', 'starts with javascript:'],
    ['file:///etc/passwd', 'starts with file:'],
    ['mailto:desk@example.org', 'starts with mailto:'],
  ])('refuses %j', (input, reason) => {
    const parsed = parseSourceUrl(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });
});

describe('normaliseUrl', () => {
  it.each([
    ['https://www.dw.com/en/a-1', 'dw.com/en/a-1'],
    ['http://dw.com/en/a-1/', 'dw.com/en/a-1'],
    ['https://WWW.DW.COM/en/a-1#comments', 'dw.com/en/a-1'],
    ['https://dw.com:443/en/a-1//', 'dw.com/en/a-1'],
    ['https://dw.com/', 'dw.com'],
    ['https://astanatimes.com/?p=69270', 'astanatimes.com?p=69270'],
    ['https://dw.com:8080/a', 'dw.com:8080/a'],
    ['https://24.kz/ru/новости', '24.kz/ru/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8'],
    ['https://24.kz/ru/%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8', '24.kz/ru/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8'],
    // Case in the path and the query can name another page, so it stays.
    ['https://dw.com/EN/A-1?x=1', 'dw.com/EN/A-1?x=1'],
    ['dw.com/a', undefined],
    ['ftp://dw.com/a', undefined],
  ])('%s → %s', (input, normal) => {
    expect(normaliseUrl(input)).toBe(normal);
  });
});

describe('findSameUrl', () => {
  const sources = [
    { id: 'broken', url: 42 },
    { id: 'not-a-url', url: 'see the printed edition' },
    { id: 'dw-tokayev', url: 'https://www.dw.com/en/kazakhstan-tokayev-russia/a-61234567' },
    { id: 'astanatimes-aif', url: 'https://astanatimes.com/2023/06/aif/' },
  ];

  it.each([
    ['http://dw.com/en/kazakhstan-tokayev-russia/a-61234567/#top', 'dw-tokayev'],
    ['https://www.astanatimes.com/2023/06/aif', 'astanatimes-aif'],
    ['https://astanatimes.com/2023/06/aif-2', undefined],
    ['https://dw.com/en/kazakhstan-tokayev-russia/a-61234567?page=2', undefined],
    ['not an address', undefined],
  ])('%s → %s', (input, id) => {
    expect(findSameUrl(input, sources)?.id).toBe(id);
  });
});

describe('publisherGuess', () => {
  it.each([
    ['https://www.dw.com/en/a-1', 'dw.com'],
    ['https://amp.dw.com/en/a-1', 'dw.com'],
    ['https://m.kursiv.media/x', 'kursiv.media'],
    ['https://www2.example.org/x', 'example.org'],
    ['https://en.inform.kz/news/x', 'en.inform.kz'],
    ['https://astanatimes.com/x', 'astanatimes.com'],
  ])('%s → %s', (address, publisher) => {
    expect(publisherGuess(url(address))).toBe(publisher);
  });
});

describe('sourceIdFor', () => {
  it.each([
    [
      'https://astanatimes.com/2023/06/president-tokayev-calls-for-global-cooperation-at-opening-ceremony/',
      'astanatimes-2023-06-president-tokayev-calls-global',
    ],
    ['https://www.dw.com/en/kazakhstan-tokayev-russia/a-61234567', 'dw-kazakhstan-tokayev-russia'],
    ['https://24.kz/ru/news/economyc/item/660799-usd4-5-mlrd-sostavil', '24kz-mlrd-sostavil'],
    ['https://en.inform.kz/news/kazakh-pm-calls-on-europes-investment-a4bd29/', 'inform-kazakh-pm-calls-europes'],
    ['https://www.bbc.co.uk/news/world-asia-60000000', 'bbc-world-asia'],
    ['https://dogruhaber.com.tr/amp/haber/938377-yolsuzlukla-basa-dertte', 'dogruhaber-yolsuzlukla-basa-dertte'],
    ['https://asiaplustj.info/en/news/centralasia/20240917/kazakh-leader-said-during', 'asiaplustj-2024-09-kazakh-leader-said-during'],
    ['http://de.brnn.com/n3/2023/1003/c416983-20079345.html', 'brnn-2023-10'],
    ['https://www.agenzianova.com/a/64b3/4440045/2023-07-15/business-news-kazakhstan', 'agenzianova-2023-07-business-kazakhstan'],
    ['https://example.org/archive/2022/report', 'example-2022-archive-report'],
    ['https://astanatimes.com/?p=69270', 'astanatimes'],
    ['https://example.org/archive/2022', 'example-2022-archive'],
    ['http://localhost:4321/briefings/draft-one/', 'localhost-draft-one'],
    ['https://_/x', 'source'],
    ['https://rus.baq.kz/казахстан-и-узбекистан_300027054/', 'baq'],
    ['https://www.ajupress.com/view/20250725092018782', 'ajupress-2025-07'],
    ['https://bm.ge/en/news/kazakhstan-says-ready', 'bm-kazakhstan-says-ready'],
    ['https://de.wikipedia.org/wiki/Thomas_Matussek', 'wikipedia-thomas-matussek'],
    // A broken %-escape is read as it stands.
    ['https://example.org/bad%E0%A4%Aname-here', 'example-bad-aname-here'],
  ])('%s → %s', (address, id) => {
    expect(sourceIdFor(url(address))).toBe(id);
  });

  it('adds -2, -3… when the id is taken', () => {
    const page = url('https://www.dw.com/en/kazakhstan-tokayev-russia/a-1');
    expect(sourceIdFor(page, new Set(['dw-kazakhstan-tokayev-russia']))).toBe('dw-kazakhstan-tokayev-russia-2');
  });

  it('makes a valid id from every address in the bibliography', () => {
    const dir = new URL('../../../content/sources/', import.meta.url);
    const addresses = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => (parseYaml(readFileSync(new URL(file, dir), 'utf8')) as { url: string }).url);
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(isId(sourceIdFor(url(address))), address).toBe(true);
  });
});

describe('placeholderLines', () => {
  it('finds the lines that still hold the marker, comments included', () => {
    const text = `title: "Done"\r\nkind: news # ${PLACEHOLDER_MARKER} choose\nnote: "TODO without a colon is prose"\n`;
    expect(placeholderLines(text)).toEqual([{ line: 2, text: `kind: news # ${PLACEHOLDER_MARKER} choose` }]);
  });
});

describe('nextSteps', () => {
  const guide = readFileSync(new URL('../../../docs/EDITING.md', import.meta.url), 'utf8');

  it.each(Object.keys(SCAFFOLD_KINDS) as (keyof typeof SCAFFOLD_KINDS)[])(
    '%s: names the file and a section of docs/EDITING.md that exists',
    (kind) => {
      const text = nextSteps(kind, `${SCAFFOLD_KINDS[kind].dir}/some-id${SCAFFOLD_KINDS[kind].ext}`, 'some-id');
      expect(text).toContain(`Created ${SCAFFOLD_KINDS[kind].dir}/some-id`);
      expect(text).toContain(PLACEHOLDER_MARKER);
      expect(guide).toContain(`\n## ${SCAFFOLD_KINDS[kind].guide}\n`);
      expect(text).toContain(`See "${SCAFFOLD_KINDS[kind].guide}" in docs/EDITING.md.`);
    },
  );
});
