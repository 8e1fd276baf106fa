/**
 * The search page (/search/): reads the words from the address (`?q=`, where the header's form sends them with or
 * without JavaScript), shows the results with their snippets, and searches again as the reader types, keeping
 * the address in step so a search can be bookmarked or shared. Results come ten at a time; "Show more" adds the
 * next ten and moves focus to the first of them. Without JavaScript the page says how to browse instead.
 */
import { resultsSummary } from '~/lib/search/results';
import { hitItem, loadPagefind, runSearch, unavailable, type Search } from './site-search';

const PAGE = 10;
const PAUSE = 180;

const form = document.querySelector<HTMLFormElement>('[data-search-page]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');

if (form && input && status && list && more) {
  if (fallback) fallback.hidden = true;
  // The reader came here to search: fetch Pagefind and its index now, before the first word is typed.
  loadPagefind().catch(() => undefined);
  let current: Search | undefined;
  let shown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const showNext = async (focusFirst: boolean) => {
    if (!current) return;
    const hits = await current.next(PAGE);
    const items = hits.map((hit) => hitItem(hit, { heading: 'h2', excerpt: true }));
    list.append(...items);
    shown += hits.length;
    more.hidden = shown >= current.total;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };

  const update = async () => {
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query) {
      current = undefined;
      status.textContent = '';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    try {
      const search = await runSearch(query);
      if (!search) return;
      current = search;
      shown = 0;
      list.replaceChildren();
      status.textContent = resultsSummary(search.total, query);
      await showNext(false);
    } catch (error) {
      status.textContent = unavailable(error);
      list.replaceChildren();
      more.hidden = true;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void update();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), PAUSE);
  });
  more.addEventListener('click', () => void showNext(true));

  input.value = new URLSearchParams(location.search).get('q') ?? '';
  void update();
}
