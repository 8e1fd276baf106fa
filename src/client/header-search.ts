/**
 * The header's search field, once the reader has focused it (the bootstrap in SiteSearch.astro imports this then):
 * as they type, the first few results appear in a panel under the field, with a link to all of them on the search
 * page. Without JavaScript, or on Enter, the field is a plain form that opens the search page. The panel follows
 * the field in the Tab order; Escape closes it and returns to the field; leaving the form closes it too. The count
 * is announced politely, once typing pauses.
 */
import { searchPath, resultsSummary } from '~/lib/search/results';
import { hitItem, loadPagefind, runSearch, unavailable } from './site-search';

/** How many results the panel lists; the search page has them all. */
const SHOWN = 5;
/** Typing pauses this long (ms) before a search runs. */
const PAUSE = 180;

export function enhanceHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) return;
  // Start fetching Pagefind and its index now, while the reader types their first word.
  loadPagefind().catch(() => undefined);

  const panel = document.createElement('div');
  panel.className = 'search-panel';
  panel.hidden = true;
  const status = document.createElement('p');
  status.className = 'search-panel-status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ol');
  list.className = 'search-panel-list';
  const all = document.createElement('a');
  all.className = 'search-panel-all';
  panel.append(status, list, all);
  form.append(panel);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let answered = false;
  // Escape closes the panel until the reader types again, even though focus goes back to the field.
  let dismissed = false;
  const close = () => {
    panel.hidden = true;
  };

  const update = async () => {
    const query = input.value.trim();
    if (!query) {
      close();
      answered = false;
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    try {
      const search = await runSearch(query);
      if (!search || input.value.trim() !== query) return;
      const hits = await search.next(SHOWN);
      list.replaceChildren(...hits.map((hit) => hitItem(hit, { excerpt: false })));
      status.textContent = resultsSummary(search.total, query);
      all.href = searchPath(query);
      all.textContent = search.total > SHOWN ? `See all ${search.total} results` : 'Open on the search page';
      all.hidden = search.total === 0;
    } catch (error) {
      list.replaceChildren();
      status.textContent = unavailable(error);
      all.hidden = true;
    }
    answered = true;
    panel.hidden = dismissed;
  };

  input.addEventListener('input', () => {
    dismissed = false;
    clearTimeout(timer);
    timer = setTimeout(() => void update(), PAUSE);
  });
  input.addEventListener('focus', () => {
    if (answered && !dismissed && input.value.trim()) panel.hidden = false;
  });
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    event.preventDefault();
    dismissed = true;
    close();
    input.focus();
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) close();
  });
  // The field may already hold words (typed before this loaded, or kept by the browser on going back).
  if (input.value.trim()) void update();
}
