import { describe, expect, it } from 'vitest';
import { buildPhases } from '../../../tools/lib/build-log';

/** The log of a real `astro build` of this site (routes elided), with a later integration's own timing. */
const LOG = `
18:42:06 [content-check-first] Checked 240 files in 222 ms.
18:42:07 [content] Syncing content
18:42:08 [content] Synced content
18:42:08 [types] Generated 1.40s
18:42:08 [build] Collecting build info...
18:42:08 [build] ✓ Completed in 2.08s.
18:42:08 [build] Building static entrypoints...
18:42:09 [vite] ✓ built in 837ms
18:42:09 [vite] ✓ built in 38ms
18:42:09 [build] Rearranging server assets...

 generating static routes 
18:42:09   ├─ /404.html (+9ms)
18:42:09 ✓ Completed in 357ms.

18:42:09 [build] ✓ Completed in 1.28s.
18:42:09 [unique-ids-in-build] 16 pages: ids unique, fragment links resolve (43 ms)
18:42:09 [pagefind] Indexed 70 records in 1.5 s
18:42:10 [images] 38 drawn, 0 from the cache (node_modules/.cache/og/), 1420 ms
18:42:09 [build] 16 page(s) built in 3.41s
`;

describe('buildPhases', () => {
  it('reads each phase of the build log, in ms, summing the bundles and ignoring the per-route lines', () => {
    expect(Object.fromEntries(buildPhases(LOG))).toEqual({
      'content-check-first': 222,
      'content sync and setup': 2080,
      bundling: 875,
      'page generation': 357,
      'unique-ids-in-build': 43,
      pagefind: 1500,
      images: 1420,
    });
  });

  it('reads durations of a minute or more as Astro and Vite print them', () => {
    const long = [
      '[build] Collecting build info...',
      '[build] ✓ Completed in 4.86s.',
      '[vite] ✓ built in 1m 3s',
      ' generating static routes ',
      '✓ Completed in 2m.',
    ].join('\n');
    expect(Object.fromEntries(buildPhases(long))).toEqual({
      'content sync and setup': 4860,
      bundling: 63000,
      'page generation': 120000,
    });
  });
});
