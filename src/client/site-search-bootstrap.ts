/**
 * The header search's bootstrap, run on every page (BaseLayout's one script): the live search and its index load on
 * the reader's first step into the field, never with the page.
 */
// Imported by address, not as `import('~/client/header-search')`, which would add Vite's 2 KB preload helper to every page.
import headerSearch from 'lazy-url:~/client/header-search.ts';
import type { enhanceHeaderSearch } from '~/client/header-search';

const form = document.querySelector<HTMLFormElement>('[data-site-search]');
form?.addEventListener(
  'focusin',
  () =>
    void (import(/* @vite-ignore */ headerSearch) as Promise<{ enhanceHeaderSearch: typeof enhanceHeaderSearch }>).then(
      ({ enhanceHeaderSearch }) => enhanceHeaderSearch(form),
    ),
  { once: true },
);
