import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { briefingSchema } from '~/model/schemas/briefing';
import { eventSchema } from '~/model/schemas/event';
import { placeSchema, routeSchema } from '~/model/schemas/map';
import { sourceSchema } from '~/model/schemas/source';

/** Frontmatter as an editor writes it, parsed the way Astro parses it (js-yaml, default schema). */
const frontmatter = (text: string): unknown => parseYaml(text);

const goodBriefing = `
title: "How Kazakhstan changed"
dek: "A one-sentence standfirst."
published: "2026-11-27"
updated: "2026-12-01"
changes:
  - date: "2026-12-01"
    note: "Added the 2024 trade figures."
authors: ["Explainer desk"]
tags: [diplomacy, energy]
sources: [matussek-oped, tass-2022-01-csto]
`;

/** The first issue's message and path, as an editor would read them in the build log. */
function firstIssue(schema: typeof briefingSchema | typeof sourceSchema | typeof eventSchema, data: unknown) {
  const result = schema.safeParse(data);
  expect(result.success).toBe(false);
  const issue = result.error!.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
}

describe('briefing frontmatter', () => {
  it('accepts a complete briefing and fills defaults', () => {
    const result = briefingSchema.parse(frontmatter(goodBriefing));
    expect(result.draft).toBe(false);
    expect(result.changes).toHaveLength(1);
    expect(briefingSchema.parse({ ...(frontmatter(goodBriefing) as object), tags: undefined }).tags).toEqual([]);
  });

  it.each([
    ['a missing title', goodBriefing.replace(/^title:.*$/m, ''), 'title', 'must be a headline (text)'],
    ['an empty title', goodBriefing.replace(/^title:.*$/m, 'title: "  "'), 'title', 'must not be empty'],
    [
      'an impossible date',
      goodBriefing.replace('published: "2026-11-27"', 'published: "2023-02-30"'),
      'published',
      "must be a YYYY-MM-DD date; '2023-02-30' is not a calendar date: February 2023 has 28 days",
    ],
    [
      'an unquoted date (which YAML would silently move)',
      goodBriefing.replace('published: "2026-11-27"', 'published: 2023-02-28'),
      'published',
      'write the date in quotes',
    ],
    [
      'a date without a day',
      goodBriefing.replace('published: "2026-11-27"', 'published: "2023-02"'),
      'published',
      "'2023-02' needs a day",
    ],
    [
      'an update before publication',
      goodBriefing.replace('updated: "2026-12-01"', 'updated: "2020-01-01"'),
      'updated',
      'must not be before published (2026-11-27)',
    ],
    [
      'a bad date in a change note',
      goodBriefing.replace('- date: "2026-12-01"', '- date: "2026-12-32"'),
      'changes.0.date',
      'December 2026 has 31 days',
    ],
    [
      'no authors',
      goodBriefing.replace('authors: ["Explainer desk"]', 'authors: []'),
      'authors',
      'at least one author',
    ],
    ['no sources', goodBriefing.replace(/^sources:.*$/m, 'sources: []'), 'sources', 'at least one source id'],
    [
      'a source listed twice',
      goodBriefing.replace(/^sources:.*$/m, 'sources: [a, b, a]'),
      'sources.2',
      "lists 'a' twice",
    ],
    [
      'a malformed source id',
      goodBriefing.replace(/^sources:.*$/m, 'sources: ["Not An Id"]'),
      'sources.0',
      'lower-case',
    ],
    ['a misspelt field', `${goodBriefing}\nautors: [x]\n`, '', 'autors'],
    ['a draft flag that is not a boolean', `${goodBriefing}\ndraft: "yes"\n`, 'draft', 'must be true or false'],
    [
      'sources written without brackets',
      goodBriefing.replace(/^sources:.*$/m, 'sources: matussek-oped'),
      'sources',
      'must be a list in square brackets, e.g. [first-id, second-id]',
    ],
  ])('rejects %s, naming the field', (_label, text, path, message) => {
    const issue = firstIssue(briefingSchema, frontmatter(text));
    expect(issue.path).toBe(path);
    expect(issue.message).toContain(message);
  });
});

const goodSource = {
  title: 'Kazakhstan will not recognise Donbas republics',
  publisher: 'India Today',
  url: 'https://indiatoday.in/world/story/example',
  published: '2022-06',
  accessed: '2026-11-27',
  kind: 'news',
};

describe('source entries', () => {
  it('accepts a source with a month-precision publication date', () => {
    expect(sourceSchema.parse(goodSource)).toMatchObject({ kind: 'news', published: '2022-06' });
  });

  it.each([
    ['a relative URL', { url: '/about/' }, 'url', 'must be a full web address'],
    ['a non-web URL', { url: 'ftp://example.org/file' }, 'url', 'must be a full web address'],
    [
      'an unknown kind',
      { kind: 'blog' },
      'kind',
      'must be one of: news, official, statistics, opinion, analysis, reference',
    ],
    ['an impossible accessed date', { accessed: '2026-02-29' }, 'accessed', 'February 2026 has 28 days'],
    ['a missing publisher', { publisher: undefined }, 'publisher', 'must be the publisher'],
    ['a bad published month', { published: '2022-14' }, 'published', 'months run from 01 to 12'],
  ])('rejects %s, naming the field', (_label, patch, path, message) => {
    const issue = firstIssue(sourceSchema, { ...goodSource, ...patch });
    expect(issue.path).toBe(path);
    expect(issue.message).toContain(message);
  });
});

describe('event entries', () => {
  const goodEvent = `
date: "2022-06-17"
title: "Tokayev rules out recognising Donbas 'republics'"
summary: "At the St Petersburg forum, beside Putin, Tokayev said Kazakhstan would not recognise them."
place: st-petersburg
actors: [kazakhstan, russia]
themes: [diplomacy]
status: confirmed
sources: [yahoo-2022-06-tokayev-donbas]
`;

  it('accepts an event and fills defaults', () => {
    expect(eventSchema.parse(frontmatter(goodEvent))).toMatchObject({ approx: false, date: '2022-06-17' });
  });

  it.each([
    ['a month-precision date', { date: '2022-06' }],
    ['a year-precision date, approximate', { date: '2022', approx: true }],
    ['a range', { date: '2022-06-15', end: '2022-06-25' }],
    ['a range ending in a later month', { date: '2022-06', end: '2022-08' }],
  ])('accepts %s', (_label, patch) => {
    expect(eventSchema.safeParse({ ...(frontmatter(goodEvent) as object), ...patch }).success).toBe(true);
  });

  it.each([
    ['an impossible date', { date: '2022-02-29' }, 'date', 'February 2022 has 28 days'],
    ['an unquoted date', { date: new Date('2022-06-17') }, 'date', 'write the date in quotes'],
    ['a written-out date', { date: '17 June 2022' }, 'date', 'not written as YYYY, YYYY-MM or YYYY-MM-DD'],
    ['an end before the date', { end: '2022-06-01' }, 'end', 'must not be before date (2022-06-17)'],
    ['no sources', { sources: [] }, 'sources', 'must cite at least one source id'],
    ['no themes', { themes: [] }, 'themes', 'at least one theme'],
    ['an unknown status', { status: 'rumoured' }, 'status', 'must be one of: confirmed, reported, disputed'],
    ['a long title', { title: 'x'.repeat(141) }, 'title', 'at most 140 characters'],
    ['a misspelt field', { summry: 'x' }, '', 'summry'],
  ])('rejects %s, naming the field', (_label, patch, path, message) => {
    const issue = firstIssue(eventSchema, { ...(frontmatter(goodEvent) as object), ...patch });
    expect(issue.path).toBe(path);
    expect(issue.message).toContain(message);
  });
});

describe('event dates that are wrong in two places', () => {
  const base = { title: 't', summary: 's', themes: ['war'], status: 'confirmed', sources: ['x'] };

  it.each([
    ['unquoted dates', { date: new Date('2022-02-01'), end: new Date('2022-03-01') }, 'write the date in quotes'],
    ['an impossible start with an end', { date: '2022-02-30', end: '2022-03-01' }, 'February 2022 has 28 days'],
    ['an impossible end', { date: '2022-02-01', end: '2022-02-30' }, 'February 2022 has 28 days'],
  ])('%s are reported, not crashed on', (_label, dates, message) => {
    const result = eventSchema.safeParse({ ...base, ...dates });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).join('\n')).toContain(message);
  });

  it('accepts an end given as the month that contains the start day', () => {
    expect(eventSchema.safeParse({ ...base, date: '2022-06-17', end: '2022-06' }).success).toBe(true);
    expect(eventSchema.safeParse({ ...base, date: '2022-06-17', end: '2022-05' }).success).toBe(false);
  });

  it('stores dates without stray spaces', () => {
    expect(eventSchema.parse({ ...base, date: ' 2022-06-17 ' }).date).toBe('2022-06-17');
  });
});

describe('map places and routes', () => {
  const place = { name: 'Astana', country: 'Kazakhstan', lat: 51.167, lon: 71.433 };
  const route = {
    name: 'CPC pipeline',
    title: 'CPC: Tengiz to Novorossiysk',
    carries: 'Oil.',
    summary: 'A pipeline.',
    line: ['tengiz', 'novorossiysk'],
    sources: ['cpc-2021-04-pipeline-route'],
  };

  it('accepts a place and a route, filling their defaults', () => {
    expect(placeSchema.parse(place).aka).toEqual([]);
    expect(routeSchema.parse(route)).toMatchObject({ figures: [], events: [] });
  });

  it.each([
    [
      'a latitude out of range, swapped with the longitude',
      { lat: 91.4, lon: 51.1 },
      'lat',
      'must be between -90 and 90 degrees; got 91.4; are lat and lon swapped?',
    ],
    ['a longitude out of range', { lon: 200 }, 'lon', 'must be between -180 and 180 degrees; got 200'],
    [
      'a coordinate written as text',
      { lat: '51.1' },
      'lat',
      'must be a number of decimal degrees, e.g. 51.167 (north is positive, south negative)',
    ],
    ['a missing country', { country: undefined }, 'country', 'must be the country (text)'],
  ])('refuses a place with %s', (_what, patch, path, message) => {
    const result = placeSchema.safeParse({ ...place, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([path, message]);
  });

  it.each([
    ['fewer than two places', { line: ['tengiz'] }, 'line', 'must list at least two places, start and end'],
    ['no source', { sources: [] }, 'sources', 'must cite at least one source id'],
    [
      'a figure without its source',
      { figures: [{ label: 'Capacity', value: '67 Mt' }] },
      'figures.0.source',
      "must be an id such as 'astana-times-2023-aif'",
    ],
    [
      'a place id with capitals',
      { line: ['Tengiz', 'novorossiysk'] },
      'line.0',
      "must be lower-case letters, digits and single hyphens, e.g. 'astana-times-2023-aif'",
    ],
  ])('refuses a route with %s', (_what, patch, path, message) => {
    const result = routeSchema.safeParse({ ...route, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([path, message]);
  });
});
