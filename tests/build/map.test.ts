/**
 * The map as built: on its own page with every route and every place an event happened at, as a light overview on
 * the home page, and in a briefing. Each shows what it was asked for, each marker leads to its events on the
 * timeline, the list under it holds the same items, and the drawing stays within its weight.
 */
import { brotliCompressSync } from 'node:zlib';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages } from '../support/dist';
import { ROOT } from '../../tools/lib/paths';

const read = (file: string) => parse(readFileSync(`${ROOT}/content/map/${file}`, 'utf8')) as Record<string, unknown>;
const routeIds = Object.keys(read('routes.yaml'));
const timeline = builtPage('/timeline/').document;
const KB = 1024;

const maps = builtPages().flatMap((page) =>
  [...page.document.querySelectorAll('figure[data-region-map]')].map((figure) => ({ page, figure })),
);
const words = (value: string | null) => (value ?? '').split(' ').filter(Boolean);

describe('every map', () => {
  it('is on the map page, the home page, a briefing and the catalogue', () => {
    const paths = new Set(maps.map((m) => m.page.path));
    for (const path of ['/map/', '/', '/briefings/kazakh-oil-for-germany/', '/components/'])
      expect(paths).toContain(path);
  });

  it.each(maps.map((m) => [m.page.path, m.figure] as const))(
    '%s: draws each route asked for, once, and marks each place asked for in every width tier',
    (_path, figure) => {
      const routes = words(figure.getAttribute('data-routes'));
      const drawn = [...figure.querySelectorAll('svg.map-geo path.map-route')];
      expect(drawn).toHaveLength(routes.length);
      const places = words(figure.getAttribute('data-places'));
      for (const tier of ['h0', 'h1', 'h2']) {
        const marked = [...figure.querySelectorAll('[data-marker]')]
          .filter((m) => !m.classList.contains(tier))
          .flatMap((m) => words(m.getAttribute('data-marker')));
        for (const place of places) expect(marked, `${place} in ${tier}`).toContain(place);
      }
    },
  );

  it.each(maps.map((m) => [m.page.path, m.page.document, m.figure] as const))(
    '%s: every marker leads to its events on the timeline, directly or through the list',
    (_path, document, figure) => {
      const links = [...figure.querySelectorAll('svg.map-marks a[href]')];
      // A map asked for places has markers to follow (the home page's overview shows routes only).
      if (words(figure.getAttribute('data-places')).length) expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const href = link.getAttribute('href')!;
        expect(link.getAttribute('aria-label')).toBeTruthy();
        const [path, id = ''] = href.split('#');
        if (path === '/timeline/') {
          expect(timeline.getElementById(id)?.tagName, href).toBe('LI');
          continue;
        }
        // A place with several events: its entry in a list, here or on the map page, links to each on the timeline.
        const list = path === '/map/' ? builtPage('/map/').document : document;
        expect(path === '' || path === '/map/', href).toBe(true);
        // A marker for several places (a cluster on a phone) leads to the list of places, which holds each of them.
        const target = list.getElementById(id);
        const places = words(link.getAttribute('data-marker'));
        const entries =
          places.length === 1 ? [target] : places.map((p) => target?.querySelector(`li[id$="place-${p}"]`));
        for (const entry of entries) expect(entry, `${href} for ${places.join(' ')}`).toBeTruthy();
        const events = entries.flatMap((entry) => [...(entry?.querySelectorAll('a[href^="/timeline/#"]') ?? [])]);
        expect(events.length, href).toBeGreaterThan(1);
        for (const event of events) {
          const target = event.getAttribute('href')!.split('#')[1]!;
          expect(timeline.getElementById(target)?.tagName).toBe('LI');
        }
      }
    },
  );

  it.each(maps.map((m) => [m.page.path, m.figure] as const))(
    '%s: the list under the map holds the same routes and places as the map',
    (_path, figure) => {
      const list = figure.querySelector('details[data-map-list]')!;
      const listed = (kind: string) =>
        [...list.querySelectorAll(`li[id*="${kind}-"]`)].map((li) => li.id.replace(new RegExp(`^.*${kind}-`), ''));
      expect(listed('route')).toEqual(words(figure.getAttribute('data-routes')));
      expect(listed('place')).toEqual(words(figure.getAttribute('data-places')));
      // The figure links to its list, and the list prints open.
      expect(figure.querySelector(`a[href="#${list.id}"]`)).not.toBeNull();
      expect(list.getAttribute('data-print')).toBe('open');
    },
  );

  it.each(maps.map((m) => [m.page.path, m.figure] as const))(
    '%s: is an image with a title and a description, and its drawing weighs under 15 KB with brotli',
    (_path, figure) => {
      const svg = figure.querySelector('svg.map-geo')!;
      expect(svg.getAttribute('role')).toBe('img');
      const title = figure.querySelector(`#${svg.getAttribute('aria-labelledby')}`);
      const desc = figure.querySelector(`#${svg.getAttribute('aria-describedby')}`);
      expect(title?.tagName.toLowerCase()).toBe('title');
      expect(desc?.textContent).toMatch(/^A map of Kazakhstan .* The list under the map gives the same information\.$/);
      const box = figure.querySelector('.map-box')!.outerHTML;
      expect(brotliCompressSync(Buffer.from(box)).length).toBeLessThan(15 * KB);
    },
  );

  it.each(maps.map((m) => [m.page.path, m.figure] as const))('%s: has no inline styles', (_path, figure) => {
    expect(figure.querySelectorAll('[style]')).toHaveLength(0);
  });
});

describe('the map page', () => {
  const { document } = builtPage('/map/');
  const figure = document.querySelector('figure[data-region-map]')!;

  it('shows every route, and every place an event happened at', () => {
    expect(words(figure.getAttribute('data-routes'))).toEqual(routeIds);
    const eventPlaces = new Set(
      [...timeline.querySelectorAll('a[href^="/map/#place-"]')].map((a) =>
        a.getAttribute('href')!.slice('/map/#place-'.length),
      ),
    );
    expect(new Set(words(figure.getAttribute('data-places')))).toEqual(eventPlaces);
  });

  it('lists each route with its figures, events and sources, and its list is open', () => {
    const list = figure.querySelector('details[data-map-list]')!;
    expect(list.hasAttribute('open')).toBe(true);
    for (const id of routeIds) {
      const entry = document.getElementById(`route-${id}`)!;
      expect(entry.querySelectorAll('a[href^="http"]').length, id).toBeGreaterThan(0);
    }
    expect(document.getElementById('route-cpc')?.textContent).toContain('67 million tonnes a year');
  });

  it('points to the places beyond its edge', () => {
    const pointers = [...figure.querySelectorAll('.map-pointer')].flatMap((p) => words(p.getAttribute('data-marker')));
    expect(new Set(pointers)).toEqual(new Set(['paris', 'new-york']));
    expect(document.getElementById('place-paris')?.textContent).toContain('beyond the map, to the west');
  });
});

describe('the timeline', () => {
  it('gives every event with a place its place in words and a link to it on the map', () => {
    const map = builtPage('/map/').document;
    const links = [...timeline.querySelectorAll('a[href^="/map/#place-"]')];
    expect(links.length).toBeGreaterThan(30);
    for (const link of links) {
      expect(link.textContent).toBe('on the map');
      expect(link.closest('.timeline-where')?.textContent).toMatch(/Place: [^,]+, [A-Z]/);
      expect(map.getElementById(link.getAttribute('href')!.split('#')[1]!)).not.toBeNull();
    }
  });
});

describe('the home page', () => {
  const { document } = builtPage('/');
  const figure = document.querySelector('main figure[data-region-map]')!;

  it('leads with the overview map, straight after the standfirst, and the trade chart after it', () => {
    const children = [...figure.parentElement!.children];
    expect(children.indexOf(figure)).toBe(1);
    expect(children[2]?.matches('figure[data-trade-shift]')).toBe(true);
  });

  it('shows the three routes, and sends the reader to the map page for their details and the places', () => {
    expect(words(figure.getAttribute('data-routes'))).toEqual(['cpc', 'druzhba', 'middle-corridor']);
    expect(words(figure.getAttribute('data-places'))).toEqual([]);
    expect(figure.querySelector('details[data-map-list] a[href="/map/"]')).not.toBeNull();
  });
});
