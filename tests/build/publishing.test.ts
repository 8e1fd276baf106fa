/**
 * Drafts and scheduled briefings: left out of every production output (page, home, sitemap) until they are
 * published, and previewed with a banner in `npm run dev`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopyWith, type CopyBuild } from '../../tools/lib/site-copy';

const paragraphs = 'First paragraph.<Cite id="test-fixture-source" />\n\nSecond paragraph.\n\nThird paragraph.';
const briefing = (slug: string, title: string, header: string) =>
  [
    `content/briefings/${slug}.mdx`,
    `---\ntitle: "${title}"\ndek: "A standfirst."\nauthors: ["Test desk"]\nsources: [test-fixture-source]\n${header}\n---\n\n${paragraphs}\n`,
  ] as const;

let result: CopyBuild;
beforeAll(() => {
  result = buildCopyWith({
    'content/sources/test-fixture-source.yaml':
      'title: "Fixture"\npublisher: "Fixture publisher"\nurl: "https://example.org/fixture"\naccessed: "2026-11-27"\nkind: news\n',
    ...Object.fromEntries([
      briefing('test-draft', 'A draft briefing', 'published: "2026-01-01"\ndraft: true'),
      briefing('test-scheduled', 'A scheduled briefing', 'published: "2099-06-01"'),
      briefing('test-live', 'A live briefing', 'published: "2026-01-01"'),
    ]),
  });
}, 120_000);
afterAll(() => result.cleanup());

describe('a production build', () => {
  it('succeeds, and publishes the live briefing', () => {
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(result.dir, 'dist/briefings/test-live/index.html'))).toBe(true);
    expect(existsSync(join(result.dir, 'dist/og/briefings/test-live.png'))).toBe(true);
  });

  it.each([
    ['draft', 'test-draft', 'A draft briefing'],
    ['scheduled', 'test-scheduled', 'A scheduled briefing'],
  ])('leaves the %s briefing out of its page, its share card, the home page and the sitemap', (_kind, slug, title) => {
    expect(existsSync(join(result.dir, `dist/briefings/${slug}/index.html`))).toBe(false);
    expect(existsSync(join(result.dir, `dist/og/briefings/${slug}.png`))).toBe(false);
    const home = readFileSync(join(result.dir, 'dist/index.html'), 'utf8');
    expect(home).not.toContain(title);
    expect(home).not.toContain(`/briefings/${slug}/`);
    expect(readFileSync(join(result.dir, 'dist/sitemap-0.xml'), 'utf8')).not.toContain(slug);
  });
});
