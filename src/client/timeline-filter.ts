/**
 * <timeline-filter>: adds theme and actor filters to a timeline that is already complete as HTML. Buttons are
 * toggles (aria-pressed); the result count is announced politely; the selection lives in the URL
 * (?theme=energy&actor=germany) so a filtered view can be shared and survives a reload.
 */
import { describeCount, matchesFilter, parseFilterQuery, toFilterQuery, type FilterState } from '~/lib/timeline/filter';

interface FacetOption {
  id: string;
  name: string;
  count: number;
}

interface Config {
  themes: FacetOption[];
  actors: FacetOption[];
}

type Facet = 'themes' | 'actors';

interface EventItem {
  element: HTMLElement;
  themes: string[];
  actors: string[];
}

const FACET_LABELS: Record<Facet, string> = { themes: 'Theme', actors: 'Actor' };

class TimelineFilter extends HTMLElement {
  #events: EventItem[] = [];
  #years: { section: HTMLElement; link: HTMLElement | null; items: EventItem[] }[] = [];
  #state: { themes: Set<string>; actors: Set<string> } = { themes: new Set(), actors: new Set() };
  #buttons: HTMLButtonElement[] = [];
  #status!: HTMLElement;
  #empty!: HTMLElement;
  #clear!: HTMLButtonElement;

  connectedCallback(): void {
    const config = JSON.parse(this.dataset['config'] ?? '{"themes":[],"actors":[]}') as Config;
    this.#events = [...this.querySelectorAll<HTMLElement>('li.timeline-event')].map((element) => ({
      element,
      themes: (element.dataset['themes'] ?? '').split(' ').filter(Boolean),
      actors: (element.dataset['actors'] ?? '').split(' ').filter(Boolean),
    }));
    this.#years = [...this.querySelectorAll<HTMLElement>('section[data-year]')].map((section) => ({
      section,
      link: this.querySelector<HTMLElement>(`[data-year-link="${section.dataset['year']}"]`),
      items: this.#events.filter((e) => section.contains(e.element)),
    }));
    const known = {
      themes: new Set(config.themes.map((t) => t.id)),
      actors: new Set(config.actors.map((a) => a.id)),
    };
    const fromUrl = parseFilterQuery(location.search, known);
    this.#state = { themes: new Set(fromUrl.themes), actors: new Set(fromUrl.actors) };
    this.#render(config);
    this.#apply(false);
  }

  #render(config: Config): void {
    const host = this.querySelector<HTMLElement>('[data-filter-controls]');
    if (!host) return;
    host.className = 'mb-8 rounded-md border border-rule p-4';
    const heading = document.createElement('p');
    heading.className = 'mb-3 font-semibold';
    heading.textContent = 'Filter events';
    host.append(heading);
    for (const facet of ['themes', 'actors'] as const) {
      if (config[facet].length === 0) continue;
      const group = document.createElement('div');
      group.setAttribute('role', 'group');
      group.className = 'mb-3 flex flex-wrap items-center gap-2';
      const label = document.createElement('span');
      label.id = `filter-${facet}-label`;
      label.className = 'mr-1 w-full text-sm font-semibold text-ink-muted sm:w-16';
      label.textContent = FACET_LABELS[facet];
      group.setAttribute('aria-labelledby', label.id);
      group.append(label);
      for (const option of config[facet]) {
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset['facet'] = facet;
        button.dataset['value'] = option.id;
        button.className =
          'min-h-9 rounded-full border border-rule px-3 py-1 text-sm hover:border-accent aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-paper';
        button.textContent = `${option.name} (${option.count})`;
        button.addEventListener('click', () => this.#toggle(facet, option.id));
        this.#buttons.push(button);
        group.append(button);
      }
      host.append(group);
    }
    const footer = document.createElement('div');
    footer.className = 'flex flex-wrap items-center gap-4';
    this.#status = document.createElement('p');
    this.#status.setAttribute('role', 'status');
    this.#status.setAttribute('aria-live', 'polite');
    this.#status.className = 'text-sm font-semibold';
    this.#clear = document.createElement('button');
    this.#clear.type = 'button';
    this.#clear.dataset['clear'] = '';
    this.#clear.className =
      'text-sm text-accent underline underline-offset-2 disabled:text-ink-muted disabled:no-underline';
    this.#clear.textContent = 'Clear filters';
    this.#clear.addEventListener('click', () => {
      this.#state.themes.clear();
      this.#state.actors.clear();
      // The button disables itself; hand focus to the first filter so a keyboard user is not dropped to the page top.
      this.#buttons[0]?.focus();
      this.#apply(true);
    });
    footer.append(this.#status, this.#clear);
    host.append(footer);
    this.#empty = document.createElement('p');
    this.#empty.hidden = true;
    this.#empty.className = 'mb-8';
    this.#empty.textContent = 'No events match these filters. Clear one to see more.';
    host.after(this.#empty);
  }

  #toggle(facet: Facet, value: string): void {
    const set = this.#state[facet];
    if (set.has(value)) set.delete(value);
    else set.add(value);
    this.#apply(true);
  }

  #apply(updateUrl: boolean): void {
    const state: FilterState = this.#state;
    let shown = 0;
    // Touch the DOM only where visibility changes: on a long timeline, needless writes cost a frame.
    for (const item of this.#events) {
      const visible = matchesFilter(item, state);
      if (item.element.hidden === visible) item.element.hidden = !visible;
      if (visible) shown++;
    }
    for (const year of this.#years) {
      const any = year.items.some((item) => !item.element.hidden);
      if (year.section.hidden === any) year.section.hidden = !any;
      if (year.link && year.link.hidden === any) year.link.hidden = !any;
    }
    for (const button of this.#buttons) {
      const facet = button.dataset['facet'] as Facet;
      button.setAttribute('aria-pressed', String(this.#state[facet].has(button.dataset['value'] ?? '')));
    }
    this.#clear.disabled = this.#state.themes.size + this.#state.actors.size === 0;
    this.#empty.hidden = shown > 0;
    this.#status.textContent = describeCount(shown, this.#events.length);
    if (updateUrl) {
      history.replaceState(history.state, '', `${location.pathname}${toFilterQuery(state)}${location.hash}`);
    }
  }
}

customElements.define('timeline-filter', TimelineFilter);
