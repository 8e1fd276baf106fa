/**
 * What an editor sees when content is wrong: a corpus of real mistakes, one per kind, each expected to be named
 * by file, exact line (and column where there is one) and the problem in the guide's words. Every case runs
 * through the content check on its own; then all of them at once through `npm run check:content` and
 * `npm run build` on one throwaway copy, which must stop and report every one of them in a single run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '~/lib/content/problems';
import { checkContent } from '~/model/content-check';
import { ROOT } from '../../tools/lib/paths';
import { buildCopyWith, type CopyBuild } from '../../tools/lib/site-copy';

const TODAY = '2026-11-29';

/** A briefing whose header is lines 1–8 and whose body starts on line 10. */
const briefing = (body: string, header: Partial<Record<string, string>> = {}) => {
  const fields = {
    title: '"A test briefing"',
    dek: '"A standfirst."',
    published: '"2026-01-10"',
    authors: '["Test desk"]',
    sources: '[test-fixture-source]',
    draft: 'true',
    ...header,
  };
  const lines = Object.entries(fields).flatMap(([key, value]) => (value === undefined ? [] : [`${key}: ${value}`]));
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
};
const source = (url: string, extra = '') =>
  `title: "Fixture"\npublisher: "Fixture publisher"\nurl: "${url}"\naccessed: "2026-11-27"\nkind: news\n${extra}`;
const event = (extra: string) =>
  `date: "2022-06-17"\ntitle: "A test event"\nsummary: "What happened."\nthemes: [diplomacy]\nstatus: confirmed\nsources: [test-fixture-source]\n${extra}`;
const CSV_HEADER = 'reporter,partner,period,flow,value,unit,basis,approx,derived,source,note';
const csvRow = (row: string) => `${CSV_HEADER}\n${row}\n`;

/** The map's files as they are, with entries added at their end; `line` is the first added line's number. */
const mapFile = (name: 'places' | 'routes', added: string) => {
  const text = readFileSync(join(ROOT, 'content/map', `${name}.yaml`), 'utf8');
  return { text: `${text}\n${added}`, line: text.split('\n').length + 1 };
};
const badPlace = mapFile('places', 'test-place:\n  name: "Test"\n  country: "Testland"\n  lat: 151.2\n  lon: 43.2\n');
const shortRoute = mapFile(
  'routes',
  'test-route:\n  name: "Test"\n  title: "Test route"\n  carries: "Oil."\n  summary: "A test."\n  line: [atyrau]\n  sources: [test-fixture-source]\n',
);

/** Files every case may rely on. */
const BASE = { 'content/sources/test-fixture-source.yaml': source('https://example.org/fixture') };

interface Mistake {
  name: string;
  file: string;
  text: string;
  /** `line` or `line:column`, exactly. */
  at: string;
  message: string;
}

const b = (slug: string) => `content/briefings/test-${slug}.mdx`;

/** The name variants file with three mistakes, one per line from line 2; each mistake below names its own. */
const ALIASES_FILE = 'content/taxonomy/aliases.yaml';
const BAD_ALIASES =
  'astana: [Astana, Nur-Sultan, Астана]\ntokayev: [Tokayev]\nAlmaty: [Almaty, Alma-Ata]\nnursultan: [Nursultan, nur-sultan]\n';
/** A fixed page whose header is lines 1–4 and whose body starts on line 6. */
const fixedPage = (body: string) =>
  `---\ntitle: "A test page"\ndescription: "A page for testing the content check."\n---\n\n${body}\n`;

const MISTAKES: Mistake[] = [
  // Frontmatter and YAML.
  {
    name: 'an impossible date',
    file: b('bad-date'),
    text: briefing('Text.', { published: '"2023-02-30"' }),
    at: '4:12',
    message: "published: must be a YYYY-MM-DD date; '2023-02-30' is not a calendar date: February 2023 has 28 days",
  },
  {
    name: 'an unquoted date',
    file: b('unquoted-date'),
    text: briefing('Text.', { published: '2023-02-28' }),
    at: '4:12',
    message: 'published: must be a quoted YYYY-MM-DD date; write the date in quotes',
  },
  {
    name: 'a misspelt field',
    file: b('unknown-field'),
    text: briefing('Text.', { colour: 'red' }),
    at: '8:1',
    message: 'colour: is not a field here',
  },
  {
    name: 'a missing title',
    file: b('no-title'),
    text: briefing('Text.', { title: undefined }),
    at: '2:1',
    message: 'title: is missing',
  },
  {
    name: 'an unknown source id',
    file: b('unknown-source'),
    text: briefing('Text.', { sources: '[test-fixture-source, no-such-source]' }),
    at: '6:32',
    message:
      "sources[1]: 'no-such-source' is not a known source id (expected a file content/sources/no-such-source.yaml)",
  },
  {
    name: 'broken YAML',
    file: 'content/events/test-broken-yaml.yaml',
    text: 'date: "2022-06-17"\ntitle: "Unclosed\nthemes: [diplomacy]\n',
    at: '2:8',
    message: 'is not valid YAML',
  },
  {
    name: 'an unknown theme',
    file: 'content/events/test-unknown-theme.yaml',
    text: event('').replace('[diplomacy]', '[diplomacy, energi]'),
    at: '4:21',
    message:
      "themes[1]: 'energi' is not a known theme id (expected an entry in content/taxonomy/themes.yaml); did you mean 'energy'?",
  },
  {
    name: 'an event that ends before it starts',
    file: 'content/events/test-backwards.yaml',
    text: event('end: "2022-06-01"\n'),
    at: '7:6',
    message: 'end: must not be before date (2022-06-17); got 2022-06-01',
  },
  {
    name: 'a source address that is not a web address',
    file: 'content/sources/test-ftp.yaml',
    text: source('ftp://example.org/x'),
    at: '3:6',
    message: 'url: must be a full web address starting with https://',
  },
  {
    name: 'a source entered twice under two ids',
    file: 'content/sources/test-twin.yaml',
    text: source('https://www.example.org/fixture/'),
    at: '3:6',
    message: 'url: is the same address as content/sources/test-fixture-source.yaml',
  },
  {
    name: 'a source checked in the future',
    file: 'content/sources/test-future.yaml',
    text: source('https://example.org/future').replace('2026-11-27', '2027-01-01'),
    at: '4:11',
    message: 'accessed: 2027-01-01 is after today',
  },
  // Name variants for search.
  {
    name: 'a name with one spelling only',
    file: ALIASES_FILE,
    text: BAD_ALIASES,
    at: '2:10',
    message: 'tokayev: must list at least two spellings of the name, e.g. [Astana, Nur-Sultan, Астана]',
  },
  {
    name: 'a name whose key is not lower-case',
    file: ALIASES_FILE,
    text: BAD_ALIASES,
    at: '3:9',
    message: "Almaty: must be a key of lower-case letters, digits and single hyphens, e.g. 'nur-sultan'",
  },
  {
    name: 'a spelling listed under two names',
    file: ALIASES_FILE,
    text: BAD_ALIASES,
    at: '4:24',
    message:
      "nursultan[1]: 'nur-sultan' is already a spelling of astana (line 1); a spelling belongs to one name only, so merge the two lines or remove it from one",
  },
  // Trade CSV.
  {
    name: 'a negative trade value',
    file: 'content/trade/test-negative.csv',
    text: csvRow('KZ,CN,2030,turnover,-24.1,USD bn,reporter,false,false,trend-2023-china-trade-2022,x'),
    at: '2',
    message:
      "column value: '-24.1' must be a plain number such as 26.1 (no currency signs, commas or words); trade values are never negative",
  },
  {
    name: 'an unknown country code',
    file: 'content/trade/test-code.csv',
    text: csvRow('KZ,XX,2030,turnover,1,USD bn,reporter,false,false,trend-2023-china-trade-2022,x'),
    at: '2',
    message: "column partner: 'XX' is not an ISO 3166 alpha-2 country code",
  },
  {
    name: 'a trade row citing an unknown source',
    file: 'content/trade/test-source.csv',
    text: csvRow('KZ,CN,2030,turnover,1,USD bn,reporter,false,false,no-such-source,x'),
    at: '2',
    message: "column source: 'no-such-source' is not a known source id",
  },
  {
    name: 'a wrong CSV header',
    file: 'content/trade/test-header.csv',
    text: `${CSV_HEADER.replace('period', 'year')}\n`,
    at: '1',
    message: 'column (header): has the wrong columns (missing period; unknown year)',
  },
  // Unsafe MDX.
  {
    name: 'a script',
    file: b('script'),
    text: briefing('<script>alert(1)</script>'),
    at: '10:1',
    message: '<script> is not allowed: scripts are not allowed in content',
  },
  {
    name: 'a style',
    file: b('style'),
    text: briefing('<style>{"p {}"}</style>'),
    at: '10:1',
    message: '<style> is not allowed: styles are not allowed in content',
  },
  {
    name: 'an iframe',
    file: b('iframe'),
    text: briefing('<iframe src="https://example.org" />'),
    at: '10:1',
    message: '<iframe> is not allowed: embedded pages are not allowed',
  },
  {
    name: 'an object',
    file: b('object'),
    text: briefing('<object data="x.swf" />'),
    at: '10:1',
    message: '<object> is not allowed: embedded objects are not allowed',
  },
  {
    name: 'an embed',
    file: b('embed'),
    text: briefing('<embed src="x.swf" />'),
    at: '10:1',
    message: '<embed> is not allowed: embedded objects are not allowed',
  },
  {
    name: 'a form',
    file: b('form'),
    text: briefing('<form>x</form>'),
    at: '10:1',
    message: '<form> is not allowed: forms are not allowed in content',
  },
  {
    name: 'an event handler',
    file: b('onclick'),
    text: briefing('Read <abbr title="x" onClick="steal()">this</abbr>.'),
    at: '10:6',
    message: '<abbr onClick>: event handlers run scripts and are not allowed in content',
  },
  {
    name: 'a javascript: link',
    file: b('js-link'),
    text: briefing('A [link](javascript:alert(1)).'),
    at: '10:3',
    message: 'a link to a script or data address is not allowed',
  },
  {
    name: 'a data: image',
    file: b('data-image'),
    text: briefing('![A dot](data:image/png;base64,AAAA)'),
    at: '10:1',
    message: 'an image to a script or data address is not allowed',
  },
  {
    name: 'a remote image',
    file: b('remote-image'),
    text: briefing('![A map](https://example.org/map.png)'),
    at: '10:1',
    message: 'images must be files of this site (put it in public/images/ and write /images/name.jpg)',
  },
  {
    name: 'a protocol-relative image',
    file: b('relative-image'),
    text: briefing('![A map](//example.org/map.png)'),
    at: '10:1',
    message: '//example.org/map.png would load from another host',
  },
  {
    name: 'an import',
    file: b('import'),
    text: briefing("import Chart from './chart'\n\nText."),
    at: '10:1',
    message: 'import and export are not allowed: every site component is available without an import',
  },
  {
    name: 'an expression that reads the build machine',
    file: b('expression'),
    text: briefing('Home is {process.env.HOME}.'),
    at: '10:9',
    message: '{process.env.HOME} would run as code when the site is built',
  },
  {
    name: 'a misspelt component',
    file: b('cit'),
    text: briefing('Text.<Cit id="test-fixture-source" />'),
    at: '10:6',
    message: '<Cit> is not a site component; did you mean <Cite>?',
  },
  {
    name: 'a misspelt prop',
    file: b('yaer'),
    text: briefing('<TradePanel yaer={2023} />'),
    at: '10:1',
    message: '<TradePanel> has no prop yaer; did you mean year?',
  },
  {
    name: 'a prop with the wrong value',
    file: b('flow'),
    text: briefing('<TradePanel year={2022} flow="export" />'),
    at: '10:1',
    message: '<TradePanel flow>: must be one of turnover, exports, imports; did you mean "exports"?',
  },
  {
    name: 'a placeholder left in a published briefing',
    file: b('placeholder'),
    text: briefing('TODO: write the first paragraph.', { draft: 'false' }),
    at: '10:1',
    message: 'still holds a placeholder from the scaffold (TODO:)',
  },
  {
    name: 'a claim check whose source does not exist',
    file: b('claim-source'),
    text: briefing(
      '<ClaimCheck claim="x" by="y" source="no-such-oped" verdict="confirmed">\n\nEvidence.\n\n</ClaimCheck>',
    ),
    at: '10',
    message: `<ClaimCheck source="no-such-oped">: 'no-such-oped' is not a known source id`,
  },
  // Links, images and structure.
  {
    name: 'a missing image',
    file: b('missing-image'),
    text: briefing('![The Schwedt refinery](/images/test-missing.jpg)'),
    at: '10:1',
    message: 'there is no image at /images/test-missing.jpg',
  },
  {
    name: 'an image without alt text',
    file: b('no-alt'),
    text: briefing('![](/favicon.svg)'),
    at: '10:1',
    message: 'this image has no alt text',
  },
  {
    name: 'a heading that skips a level',
    file: b('heading-jump'),
    text: briefing('## One\n\nText.\n\n#### Three'),
    at: '14:1',
    message: 'this heading jumps from level 2 to 4; use ### here',
  },
  {
    name: 'an empty published briefing',
    file: b('empty'),
    text: briefing('Only one line.', { draft: 'false' }),
    at: '1:1',
    message: 'a published briefing needs at least 3 paragraphs of text; this one has 1',
  },
  {
    name: 'a dead link',
    file: b('dead-link'),
    text: briefing('See [the atlas](/atlas/).'),
    at: '10:5',
    message: 'the link to /atlas/ leads nowhere: no page /atlas/ is published',
  },
  {
    name: 'a dead anchor on another page',
    file: b('dead-anchor'),
    text: briefing('See [the event](/timeline/#no-such-event).'),
    at: '10:5',
    message: 'the link to /timeline/#no-such-event leads to the page but not to a place on it',
  },
  {
    name: 'a dead anchor on the same page',
    file: b('dead-fragment'),
    text: briefing('See [below](#nowhere).'),
    at: '10:5',
    message: 'the link to #nowhere leads nowhere on this page',
  },
  // Data behind components.
  {
    name: 'a citation of a source the briefing does not list',
    file: b('unlisted-cite'),
    text: briefing('Text.<Cite id="matussek-oped" />'),
    at: '10',
    message: `<Cite id="matussek-oped" /> cites a source missing from this briefing's frontmatter`,
  },
  {
    name: 'a trade panel for a year without figures',
    file: b('panel-year'),
    text: briefing('<TradePanel year={2031} />'),
    at: '10:1',
    message: '<TradePanel>: no turnover figures on the reporter basis for 2031',
  },
  {
    name: 'a key moment that is not an event',
    file: 'content/pages/test-key-moments.mdx',
    text: fixedPage(
      '<KeyMoments ids={["russia-full-scale-invasion-of-ukraine", "spief-tokayev-donbas-remark", "trade-mission-closure", "first-astana-international-forum"]} />',
    ),
    at: '6:1',
    message:
      "<KeyMoments ids>: 'trade-mission-closure' is not a known event id (expected a file content/events/trade-mission-closure.yaml); did you mean 'trade-mission-closure-decree'?",
  },
  {
    name: 'a trade comparison with its years the wrong way round',
    file: 'content/pages/test-trade-shift.mdx',
    text: fixedPage('<TradeShift from={2023} to={2021} />'),
    at: '6:1',
    message: '<TradeShift>: from={2023} must be an earlier year than to={2021}',
  },
  {
    name: 'a highlight with no figure in the view',
    file: b('highlight'),
    text: briefing('<TradePanel year={2022} highlight={["GE"]} />'),
    at: '10:1',
    message: "<TradePanel highlight>: 'GE' is not a partner code",
  },
  // The map's data, and the places and routes content names.
  {
    name: 'a place with its latitude and longitude swapped',
    file: 'content/map/places.yaml',
    text: badPlace.text,
    at: `${badPlace.line + 3}:8`,
    message: 'test-place.lat: must be between -90 and 90 degrees; got 151.2; are lat and lon swapped?',
  },
  {
    name: 'a route through only one place',
    file: 'content/map/routes.yaml',
    text: shortRoute.text,
    at: `${shortRoute.line + 5}:9`,
    message: 'test-route.line: must list at least two places, start and end',
  },
  {
    name: 'an event at a place the map does not know',
    file: 'content/events/test-unknown-place.yaml',
    text: event('place: st-peterburg\n'),
    at: '7:8',
    message:
      "place: 'st-peterburg' is not a known place id (expected an entry in content/map/places.yaml); did you mean 'st-petersburg'?",
  },
  {
    name: 'a map with a route that does not exist',
    file: b('map-route'),
    text: briefing('<RegionMap routes={["cpx"]} />'),
    at: '10:1',
    message:
      "<RegionMap routes>: 'cpx' is not a known route id (expected an entry in content/map/routes.yaml); did you mean 'cpc'?",
  },
  {
    name: 'a trend chart with an unknown partner code',
    file: b('trend-partner'),
    text: briefing('<TradeTrend partners={["RU", "XX"]} />'),
    at: '10:1',
    message: "<TradeTrend partners>: 'XX' is not a partner code in content/trade/",
  },
];

/** Writes files into a fresh copy of content/ and public/ and returns its root. */
function contentCopy(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
  for (const folder of ['content', 'public']) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const expectedLine = (m: Mistake) => `  ${m.file}:${m.at}  `;

describe('each mistake on its own', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('the corpus covers at least 30 kinds of mistake', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(MISTAKES.map((m) => [m.name, m] as const))(
    '%s: named by file, exact place and what is wrong',
    (_name, mistake) => {
      const dir = contentCopy({ ...BASE, [mistake.file]: mistake.text });
      dirs.push(dir);
      const { problems } = checkContent(dir, { today: TODAY });
      const report = formatReport(problems);
      const mine = report.split('\n').filter((line) => line.startsWith(`  ${mistake.file}:`));
      expect(
        mine.find((line) => line.startsWith(expectedLine(mistake))),
        report,
      ).toBeDefined();
      expect(mine.join('\n')).toContain(mistake.message);
      // The mistake is the only thing wrong: nothing else in the site is blamed for it.
      expect(
        problems.every((p) => p.file === mistake.file),
        report,
      ).toBe(true);
    },
  );

  it('reads a <Cite> inside code or a comment as text, not as a citation', () => {
    const dir = contentCopy({
      ...BASE,
      [b('code')]: briefing(
        'Write `<Cite id="nowhere" />` after the sentence.\n\n{/* <Cite id="nowhere-either" /> */}',
      ),
    });
    dirs.push(dir);
    expect(checkContent(dir, { today: TODAY }).problems).toEqual([]);
  });
});

describe('every mistake at once', () => {
  let cli: { status: number | null; output: string };
  let build: CopyBuild;
  beforeAll(() => {
    const files = Object.fromEntries([...Object.entries(BASE), ...MISTAKES.map((m) => [m.file, m.text])]);
    build = buildCopyWith(files);
    const run = spawnSync(
      process.execPath,
      ['--import', './tools/lib/alias-hooks.mjs', 'tools/check-content.ts', build.dir],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    cli = { status: run.status, output: `${run.stdout}${run.stderr}` };
  }, 120_000);
  afterAll(() => build.cleanup());

  it('npm run check:content exits non-zero and lists every mistake, in files of every kind', () => {
    expect(cli.status).not.toBe(0);
    for (const mistake of MISTAKES) {
      expect(cli.output, mistake.name).toContain(`${expectedLine(mistake)}`);
      expect(cli.output, mistake.name).toContain(mistake.message);
    }
    expect(new Set(MISTAKES.map((m) => m.file.split('/')[1])).size).toBeGreaterThanOrEqual(4);
    expect(cli.output).toMatch(/\d+ problems in \d+ files\./);
  });

  it('prints each message the editors’ guide quotes under "Fixing common errors", word for word', () => {
    const guide = readFileSync(join(ROOT, 'docs/EDITING.md'), 'utf8');
    const block = guide.slice(guide.indexOf('<!-- common-errors'), guide.indexOf('<!-- /common-errors -->'));
    const quoted = block
      .split('\n')
      .filter((line) => line.startsWith('content/'))
      .map((line) => line.replace(/^\S+\s{2}/, ''));
    expect(quoted.length).toBeGreaterThanOrEqual(8);
    for (const message of quoted) expect(cli.output, message).toContain(message);
  });

  it('npm run build stops before building anything and prints the same report', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('The content has mistakes; nothing was built.');
    for (const mistake of MISTAKES) expect(build.output, mistake.name).toContain(`${expectedLine(mistake)}`);
    expect(build.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace in front of an editor
  });
});
