/**
 * <timeline-filter>: enhances the page's timeline, which is already complete as HTML.
 *
 * - Opens the <details> of the event the URL's #fragment names, on load and on every hash change. `:target` can
 *   show an element but cannot open a <details>; without this script the link still lands on the event, and its
 *   summary is one click away. It also makes sure the jump ends on its target (see `land`).
 * - Keeps the height of the sticky bar in `--timeline-bar-height`, so a year or an event jumped to lands just
 *   below the bar (its scroll-margin-top), not under it.
 * - Switches on lazy layout (timeline.css, `data-lazy`) once every event has been laid out once.
 * - On /timeline/ only, swaps the theme links for the theme and actor toggles of the page's <template>. Within a
 *   group any chosen value matches; across the groups both must. Each toggle counts what choosing it would show
 *   given the other group's choice; the result count is announced politely; the gaps between the events left are
 *   measured again; the selection lives in the URL (?theme=energy&actor=germany), so a filtered view can be shared.
 */
import type { PartialDate } from '~/lib/dates/calendar-date';
import {
  describeCount,
  facetCounts,
  matchesFilter,
  parseFilterQuery,
  toFilterQuery,
  type FilterState,
} from '~/lib/timeline/filter';
import { fromDatetime, timeGap, type TimeGap } from '~/lib/timeline/gaps';

type Facet = 'themes' | 'actors';

interface EventItem {
  element: HTMLElement;
  themes: string[];
  actors: string[];
  date: PartialDate;
  /** Whether it is shown, and the gap before it as last written (kept here: reading the DOM costs time too). */
  shown: boolean;
  step: string | undefined;
  /** The long-gap marker ("5 months later"), once the event has had one. */
  marker: HTMLElement | null;
}

/** What the URL's #fragment names on a timeline: a year's heading or an event. */
function target(): HTMLElement | null {
  const id = decodeURIComponent(location.hash.slice(1));
  const element = id ? document.getElementById(id) : null;
  return element?.closest('timeline-filter') ? element : null;
}

/**
 * Lands on the target and stays there while the events around it are laid out: an event shown for the first
 * time (after a filter changed, say) has no remembered height yet, so the jump first lands by a guess. Scrolls
 * again each frame until the target stops moving, for at most ten frames, so a reader's own scrolling wins.
 */
function land(element: HTMLElement): void {
  let last = element.getBoundingClientRect().top;
  let still = 0;
  let frames = 0;
  const check = () => {
    const top = element.getBoundingClientRect().top;
    // Skipped events near the screen are laid out a frame after they come near, so wait for two still frames.
    if (top === last) still++;
    else {
      still = 0;
      element.scrollIntoView();
      last = element.getBoundingClientRect().top;
    }
    if (still < 2 && ++frames < 10) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Opens the details of the event the URL names, and lands on what it names. */
function openTarget(): void {
  const element = target();
  if (!element) return;
  const details = element.matches('li.timeline-event') ? element.querySelector('details') : null;
  if (details && !details.open) {
    details.open = true;
    // Near the end of the page the jump stopped short; the summary just opened may let the event come up further.
    element.scrollIntoView();
  }
  land(element);
}

class TimelineFilter extends HTMLElement {
  #events: EventItem[] = [];
  #years: { section: HTMLElement; link: HTMLElement | null; items: EventItem[] }[] = [];
  #state: { themes: Set<string>; actors: Set<string> } = { themes: new Set(), actors: new Set() };
  #buttons: { element: HTMLButtonElement; facet: Facet; value: string; count: HTMLElement }[] = [];
  #status: HTMLElement | null = null;
  #summary: HTMLElement | null = null;
  #empty: HTMLElement | null = null;
  #clear: HTMLButtonElement | null = null;

  connectedCallback(): void {
    // Once every event has been laid out and its height remembered (timeline.css), skip those off screen.
    requestAnimationFrame(() => requestAnimationFrame(() => this.toggleAttribute('data-lazy', true)));
    const bar = this.querySelector<HTMLElement>('[data-timeline-bar]');
    if (bar) {
      new ResizeObserver(() => this.style.setProperty('--timeline-bar-height', `${bar.offsetHeight}px`)).observe(bar);
    }
    const filters = this.querySelector<HTMLDetailsElement>('details[data-timeline-filters]');
    filters?.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !filters.open) return;
      filters.open = false;
      filters.querySelector('summary')?.focus();
    });
    if (!this.#render()) return;
    this.#events = [...this.querySelectorAll<HTMLElement>('li.timeline-event')].map((element) => ({
      element,
      themes: (element.dataset['themes'] ?? '').split(' ').filter(Boolean),
      actors: (element.dataset['actors'] ?? '').split(' ').filter(Boolean),
      date: fromDatetime(element.querySelector('time')?.dateTime ?? ''),
      shown: !element.hidden,
      step: element.dataset['gap'],
      marker: element.querySelector<HTMLElement>(':scope > .timeline-gap'),
    }));
    this.#years = [...this.querySelectorAll<HTMLElement>('section[data-year]')].map((section) => ({
      section,
      link: this.querySelector<HTMLElement>(`[data-year-link="${section.dataset['year']}"]`),
      items: this.#events.filter((e) => section.contains(e.element)),
    }));
    const known = (facet: Facet) => new Set(this.#buttons.filter((b) => b.facet === facet).map((b) => b.value));
    const fromUrl = parseFilterQuery(location.search, { themes: known('themes'), actors: known('actors') });
    this.#state = { themes: new Set(fromUrl.themes), actors: new Set(fromUrl.actors) };
    this.#apply(false);
    // An event hidden by the filter cannot be landed on: a link to one clears the filter first.
    window.addEventListener('hashchange', () => this.#reveal());
    this.#reveal();
  }

  /** Swaps the theme links for the toggles of the page's <template>, and wires them up; false when there are none. */
  #render(): boolean {
    const panel = this.querySelector<HTMLElement>('[data-filter-panel]');
    const template = this.querySelector<HTMLTemplateElement>('template[data-filter-template]');
    if (!panel || !template) return false;
    panel.replaceChildren(template.content.cloneNode(true));
    this.#buttons = [...panel.querySelectorAll<HTMLButtonElement>('button[data-facet]')].map((element) => {
      const facet = element.dataset['facet'] as Facet;
      const value = element.dataset['value'] ?? '';
      element.addEventListener('click', () => this.#toggle(facet, value));
      return { element, facet, value, count: element.querySelector<HTMLElement>('.timeline-option-count') ?? element };
    });
    this.#clear = panel.querySelector<HTMLButtonElement>('button[data-clear]');
    this.#clear?.addEventListener('click', () => {
      this.#state.themes.clear();
      this.#state.actors.clear();
      // The button disables itself; hand focus to the first filter so a keyboard user is not dropped to the page top.
      this.#buttons[0]?.element.focus();
      this.#apply(true);
    });
    this.#status = this.querySelector('[data-timeline-count]');
    this.#status?.setAttribute('aria-live', 'polite');
    this.#summary = this.querySelector('.timeline-filters-summary');
    this.#empty = this.querySelector('[data-timeline-empty]');
    return true;
  }

  #toggle(facet: Facet, value: string): void {
    const set = this.#state[facet];
    if (set.has(value)) set.delete(value);
    else set.add(value);
    this.#apply(true);
  }

  #reveal(): void {
    const element = target();
    if (!element?.closest('[hidden]') || !this.contains(element)) return;
    this.#state.themes.clear();
    this.#state.actors.clear();
    this.#apply(true);
    element.scrollIntoView();
  }

  #apply(updateUrl: boolean): void {
    const state: FilterState = this.#state;
    let shown = 0;
    let previous: PartialDate | undefined;
    // Touch the DOM only where something changes: on a long timeline, needless writes cost a frame.
    for (const item of this.#events) {
      const visible = matchesFilter(item, state);
      if (item.shown !== visible) {
        item.shown = visible;
        item.element.hidden = !visible;
      }
      if (!visible) continue;
      shown++;
      this.#setGap(item, previous && timeGap(previous, item.date));
      previous = item.date;
    }
    for (const year of this.#years) {
      const any = year.items.some((item) => item.shown);
      if (year.section.hidden === any) year.section.hidden = !any;
      if (year.link && year.link.hidden === any) year.link.hidden = !any;
    }
    const counts = facetCounts(this.#events, state);
    for (const { element, facet, value, count } of this.#buttons) {
      const pressed = String(this.#state[facet].has(value));
      if (element.getAttribute('aria-pressed') !== pressed) element.setAttribute('aria-pressed', pressed);
      const n = String(counts[facet].get(value) ?? 0);
      if (count.textContent === n) continue;
      count.textContent = n;
      element.toggleAttribute('data-none', n === '0');
    }
    const chosen = this.#state.themes.size + this.#state.actors.size;
    if (this.#clear) this.#clear.disabled = chosen === 0;
    if (this.#summary) this.#summary.textContent = chosen ? `Filters (${chosen} chosen)` : 'Filters';
    if (this.#empty) this.#empty.hidden = shown > 0;
    if (this.#status) this.#status.textContent = describeCount(shown, this.#events.length);
    if (updateUrl) {
      history.replaceState(history.state, '', `${location.pathname}${toFilterQuery(state)}${location.hash}`);
    }
  }

  /** Spaces an event by the time since the one before it that is still shown, with a marker for a long gap. */
  #setGap(item: EventItem, gap: TimeGap | undefined): void {
    const step = gap === undefined ? undefined : String(gap.step);
    if (item.step !== step) {
      item.step = step;
      if (step === undefined) delete item.element.dataset['gap'];
      else item.element.dataset['gap'] = step;
    }
    const label = gap?.label;
    if (label === undefined) {
      if (item.marker && !item.marker.hidden) item.marker.hidden = true;
      return;
    }
    if (!item.marker) {
      item.marker = document.createElement('p');
      item.marker.className = 'timeline-gap';
      item.element.prepend(item.marker);
    }
    if (item.marker.textContent !== label) item.marker.textContent = label;
    if (item.marker.hidden) item.marker.hidden = false;
  }
}

customElements.define('timeline-filter', TimelineFilter);
window.addEventListener('hashchange', openTarget);
// A link to the fragment the URL already names changes no hash, but the browser jumps again all the same.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (link?.hash && link.hash === location.hash && link.pathname === location.pathname) {
    const element = target();
    if (element) requestAnimationFrame(() => land(element));
  }
});
openTarget();
