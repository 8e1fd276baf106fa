/**
 * The build itself refuses a page that repeats an id or links to a fragment that is not there. Components take
 * unique ids and the content check stops editors' mistakes earlier, so this builds a throwaway copy with a page
 * written in code (which no content check reads) to show that such a bug still cannot ship.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopyWith, type CopyBuild } from '../../tools/lib/site-copy';

const builds: CopyBuild[] = [];
afterAll(() => builds.forEach((b) => b.cleanup()));

const brokenPage = `---
---

<html lang="en">
  <head><title>Broken</title></head>
  <body>
    <main id="main">
      <a href="#main">Fine</a>
      <a href="#nowhere">Dangling</a>
      <a href="/trade/#no-such-view">Dangling on another page</a>
      <p id="twice">One</p>
      <p id="twice">Two</p>
    </main>
  </body>
</html>
`;

describe('a built page with broken ids fails the build', () => {
  it('names the file and every problem, and says it is a bug to report', () => {
    const result = buildCopyWith({ 'src/pages/broken.astro': brokenPage });
    builds.push(result);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('dist/broken/index.html: duplicate id "twice" (2 times)');
    expect(result.output).toContain('dist/broken/index.html: link to "#nowhere" has no target');
    expect(result.output).toContain('dist/broken/index.html: link to "/trade/#no-such-view" has no target');
    expect(result.output).not.toContain('link to "#main"');
    expect(result.output).toContain('This is a bug in the site');
  });
});
