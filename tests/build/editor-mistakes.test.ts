/**
 * What an editor sees when a briefing is wrong: the build stops and the log names the file, the field or line,
 * and what was expected. Each case builds a throwaway copy of the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopyWith, type CopyBuild } from '../../tools/lib/site-copy';

const builds: CopyBuild[] = [];
afterAll(() => builds.forEach((b) => b.cleanup()));

function build(files: Record<string, string>): CopyBuild {
  const result = buildCopyWith(files);
  builds.push(result);
  return result;
}

const briefing = (frontmatter: string, body = 'Some text.<Cite id="test-fixture-source" />') =>
  `---\ntitle: "A test briefing"\ndek: "A standfirst."\nauthors: ["Test desk"]\n${frontmatter}\n---\n\n${body}\n`;

const fixtureSource = `title: "Fixture"\npublisher: "Fixture publisher"\nurl: "https://example.org/fixture"\naccessed: "2026-11-27"\nkind: news\n`;

describe('a bad briefing fails the build with a message an editor can act on', () => {
  it('an impossible date names the file, the field and the calendar problem', () => {
    const result = build({
      'content/sources/test-fixture-source.yaml': fixtureSource,
      'content/briefings/test-bad-date.mdx': briefing('published: "2023-02-30"\nsources: [test-fixture-source]'),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('test-bad-date');
    expect(result.output).toContain('published');
    expect(result.output).toContain("'2023-02-30' is not a calendar date: February 2023 has 28 days");
  });

  it('an unknown source id names the file, the field and the missing id', () => {
    const result = build({
      'content/sources/test-fixture-source.yaml': fixtureSource,
      'content/briefings/test-unknown-source.mdx': briefing(
        'published: "2023-02-28"\nsources: [test-fixture-source, no-such-source]',
      ),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      "content/briefings/test-unknown-source.mdx → sources[1]: 'no-such-source' is not a known source id (expected a file content/sources/no-such-source.yaml)",
    );
  });

  it('a <Cite> of an unknown id names the file and the line', () => {
    const result = build({
      'content/sources/test-fixture-source.yaml': fixtureSource,
      'content/briefings/test-unknown-cite.mdx': briefing(
        'published: "2023-02-28"\nsources: [test-fixture-source]',
        'First line.\n\nSecond paragraph.<Cite id="test-fixture-sourse" />',
      ),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /content\/briefings\/test-unknown-cite\.mdx → line \d+: <Cite id="test-fixture-sourse" \/>: 'test-fixture-sourse' is not a known source id .*did you mean 'test-fixture-source'\?/,
    );
  });
});

describe('bad component props fail the build naming the file and the line', () => {
  it('a TradePanel year without figures and a ClaimCheck with an unknown verdict', () => {
    const result = build({
      'content/sources/test-fixture-source.yaml': fixtureSource,
      'content/briefings/test-bad-props.mdx': briefing(
        'published: "2023-02-28"\nsources: [test-fixture-source]',
        'Intro.<Cite id="test-fixture-source" />\n\n<TradePanel year={2031} />\n\n<ClaimCheck claim="x" by="y" source="test-fixture-source" verdict="wrong">\n\nEvidence.\n\n</ClaimCheck>',
      ),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /content\/briefings\/test-bad-props\.mdx → line \d+: <TradePanel>: no turnover figures on the reporter basis for 2031/,
    );
    expect(result.output).toMatch(
      /content\/briefings\/test-bad-props\.mdx → line \d+: <ClaimCheck verdict="wrong">: verdict must be one of/,
    );
  });
});

describe('a bad trade row fails the build naming the file, the line and the column', () => {
  it.each([
    [
      'a negative value',
      'KZ,DE,2030,turnover,-2.8,USD bn,reporter,false,false,matussek-oped,',
      'column value',
      'trade values are never negative',
    ],
    [
      'an unknown country code',
      'KZ,XY,2030,turnover,2.8,USD bn,reporter,false,false,matussek-oped,',
      'column partner',
      "'XY' is not an ISO 3166 alpha-2 country code",
    ],
    [
      'an unknown source',
      'KZ,DE,2030,turnover,2.8,USD bn,reporter,false,false,no-such-source,',
      'column source',
      "'no-such-source' is not a known source id",
    ],
  ])('%s', (_label, row, column, message) => {
    const result = build({
      'content/trade/test-extra.csv': `reporter,partner,period,flow,value,unit,basis,approx,derived,source,note\nKZ,FR,2030,turnover,1,USD bn,reporter,false,false,matussek-oped,\n${row}\n`,
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`content/trade/test-extra.csv`);
    expect(result.output).toMatch(new RegExp(`test-extra\\.csv,? (→ )?line 3,? ${column}`));
    expect(result.output).toContain(message);
  });
});

describe('drafts', () => {
  it('are left out of a production build entirely', () => {
    const result = build({
      'content/sources/test-fixture-source.yaml': fixtureSource,
      'content/briefings/test-draft.mdx': briefing(
        'published: "2030-01-01"\ndraft: true\nsources: [test-fixture-source]',
      ),
    });
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(result.dir, 'dist/briefings/test-draft/index.html'))).toBe(false);
    const home = readFileSync(join(result.dir, 'dist/index.html'), 'utf8');
    expect(home).not.toContain('A test briefing');
    expect(home).not.toContain('/briefings/test-draft/');
    expect(readFileSync(join(result.dir, 'dist/sitemap-0.xml'), 'utf8')).not.toContain('test-draft');
  });
});
