/**
 * Drafts and scheduled briefings: left out of every production output (page, home, sitemap, feeds, search index,
 * topic pages, related briefings) until they are published, and previewed with a banner in `npm run dev`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopyWith, type CopyBuild } from '../../tools/lib/site-copy';
import { indexedRecords } from '../support/search-index';

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
      // All three share a topic with the real briefings; the draft and the scheduled one have one of their own too.
      briefing(
        'test-draft',
        'A draft briefing',
        'published: "2026-01-01"\ndraft: true\ntags: [energy, test-unpublished]',
      ),
      briefing(
        'test-scheduled',
        'A scheduled briefing',
        'published: "2099-06-01"\ntags: [energy, test-unpublished]\nchanges:\n  - date: "2099-06-02"\n    note: "A change to come."',
      ),
      briefing('test-live', 'A live briefing', 'published: "2026-01-01"\ntags: [energy]'),
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

  it.each([
    ['draft', 'test-draft', 'A draft briefing'],
    ['scheduled', 'test-scheduled', 'A scheduled briefing'],
  ])(
    'leaves the %s briefing out of the feeds, the search index, the topic pages and related briefings',
    (_kind, slug, title) => {
      for (const feed of ['rss.xml', 'corrections.xml']) {
        const text = readFileSync(join(result.dir, 'dist', feed), 'utf8');
        expect(text, feed).not.toContain(slug);
        expect(text, feed).not.toContain(title);
      }
      const records = indexedRecords(join(result.dir, 'dist'));
      expect(records.map((r) => r.url)).not.toContain(`/briefings/${slug}/`);
      expect(records.some((r) => r.content.includes(title))).toBe(false);
      expect(existsSync(join(result.dir, 'dist/topics/test-unpublished/index.html'))).toBe(false);
      for (const page of ['topics/index.html', 'topics/energy/index.html', 'briefings/test-live/index.html']) {
        const html = readFileSync(join(result.dir, 'dist', page), 'utf8');
        expect(html, page).not.toContain(`/briefings/${slug}/`);
        expect(html, page).not.toContain('test-unpublished');
      }
    },
  );

  it('lists the live briefing in the feed, the index and its topic’s page', () => {
    expect(readFileSync(join(result.dir, 'dist/rss.xml'), 'utf8')).toContain('/briefings/test-live/');
    expect(indexedRecords(join(result.dir, 'dist')).map((r) => r.url)).toContain('/briefings/test-live/');
    expect(readFileSync(join(result.dir, 'dist/topics/energy/index.html'), 'utf8')).toContain('/briefings/test-live/');
  });
});
