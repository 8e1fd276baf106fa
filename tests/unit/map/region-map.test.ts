import { describe, expect, it } from 'vitest';
import { eventCount, mapDescription, mapTitle, markerName } from '~/lib/map/describe';
import { overlaps, TIERS } from '~/lib/map/labels';
import {
  arrowPath,
  clusterName,
  MAP_KINDS,
  markerLabel,
  regionMap,
  type MapPlace,
  type MapRoute,
} from '~/lib/map/region-map';
import { loadWorld } from '~/model/loaders/world-atlas';

const world = loadWorld();
const place = (id: string, name: string, lat: number, lon: number, country = 'Kazakhstan'): [string, MapPlace] => [
  id,
  { id, name, country, lat, lon },
];
const places = new Map([
  place('astana', 'Astana', 51.167, 71.433),
  place('almaty', 'Almaty', 43.2775, 76.8958),
  place('atyrau', 'Atyrau', 47.1167, 51.8833),
  place('tengiz', 'Tengiz', 46.1528, 53.3833),
  place('novorossiysk', 'Novorossiysk', 44.717, 37.783, 'Russia'),
  place('kropotkin', 'Kropotkin', 45.433, 40.567, 'Russia'),
  place('kyiv', 'Kyiv', 50.45, 30.523, 'Ukraine'),
  place('bucha', 'Bucha', 50.5486, 30.2208, 'Ukraine'),
  place('schwedt', 'Schwedt', 53.1, 14.24, 'Germany'),
  place('paris', 'Paris', 48.8567, 2.3508, 'France'),
]);
const routes: MapRoute[] = [
  { id: 'cpc', name: 'CPC pipeline', line: ['tengiz', 'atyrau', 'kropotkin', 'novorossiysk'] },
  { id: 'druzhba', name: 'Druzhba route', line: ['atyrau', 'schwedt'] },
];
const events = [
  { id: 'e1', place: 'astana' },
  { id: 'e2', place: 'novorossiysk' },
  { id: 'e3', place: 'astana' },
  { id: 'e4', place: 'kyiv' },
  { id: 'e5', place: 'bucha' },
  { id: 'e6', place: 'paris' },
  { id: 'e7' },
];
const map = (request: { routes: string[]; places: string[] }, kind: keyof typeof MAP_KINDS = 'embed') =>
  regionMap({ world, places, routes, events, request, kind });

describe('regionMap', () => {
  const view = map({ routes: ['cpc', 'druzhba'], places: ['astana', 'novorossiysk', 'kyiv', 'bucha', 'paris'] });
  const ratio = view.height / view.width;
  const tierRanges = TIERS.map((t) => ({ min: t.min, max: Math.min(t.max, MAP_KINDS.embed.maxWidth) }));

  it('marks the places asked for, most events first, with their events in timeline order', () => {
    expect(view.places.map((p) => [p.id, p.events, p.inFrame])).toEqual([
      ['astana', ['e1', 'e3'], true],
      ['novorossiysk', ['e2'], true],
      ['kyiv', ['e4'], true],
      ['bucha', ['e5'], true],
      ['paris', ['e6'], false],
    ]);
  });

  it('draws each route asked for as a path, and the places on it without a marker as stops', () => {
    expect(view.routes.map((r) => [r.id, r.style])).toEqual([
      ['cpc', 0],
      ['druzhba', 1],
    ]);
    for (const r of view.routes) expect(r.d).toMatch(/^m\d/);
    expect(view.stops.map((s) => s.place).sort()).toEqual(['atyrau', 'kropotkin', 'schwedt', 'tengiz']);
  });

  it('puts every marker, stop and pointer inside the frame', () => {
    for (const p of [
      ...view.markers.map((m) => m.at),
      ...view.stops.map((s) => s.at),
      ...view.pointers.map((p) => p.at),
    ]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(1);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(1);
    }
  });

  it('points to a place beyond the region from the edge, in its direction', () => {
    expect(new Set(view.pointers.map((p) => p.place))).toEqual(new Set(['paris']));
    for (const paris of view.pointers) {
      expect(paris.at.x).toBeLessThan(0.15);
      expect(Math.abs(paris.angle)).toBeGreaterThan(135);
    }
    // Each tier has its one arrow for Paris.
    for (const t of TIERS.keys()) expect(view.pointers.filter((p) => p.tiers.includes(t))).toHaveLength(1);
  });

  it('joins places too close to tell apart into one marker on a phone, and keeps them apart where there is room', () => {
    const kyiv = view.markers.filter((m) => m.places.includes('kyiv'));
    const joined = kyiv.find((m) => m.places.includes('bucha'));
    expect(joined?.tiers).toContain(0);
    expect(joined?.events).toEqual(['e4', 'e5']);
  });

  it('shows every marker in each tier exactly once', () => {
    for (const t of TIERS.keys()) {
      const shown = view.markers.filter((m) => m.tiers.includes(t)).flatMap((m) => m.places);
      expect(shown.sort()).toEqual(['astana', 'bucha', 'kyiv', 'novorossiysk']);
    }
  });

  it('never lets two labels of one tier meet, at any width of that tier', () => {
    for (const [t, range] of tierRanges.entries()) {
      const boxes = [
        ...view.labels.filter((l) => l.tiers.includes(t)).map((l) => l.placed.box),
        ...[...view.markers, ...view.pointers].flatMap((m) =>
          m.tiers.includes(t) && m.label ? [m.label.placed.box] : [],
        ),
      ];
      expect(boxes.length).toBeGreaterThan(3);
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) expect(overlaps(a, b, range, ratio, 0)).toBe(false);
    }
  });

  it('names Kazakhstan in every tier', () => {
    for (const t of TIERS.keys())
      expect(view.labels.some((l) => l.style === 'subject' && l.tiers.includes(t))).toBe(true);
  });

  it('in an overview, cuts a route at the edge of a closer frame and points to its far end, with one set of labels', () => {
    const overview = map({ routes: ['cpc', 'druzhba'], places: ['astana'] }, 'overview');
    expect(overview.width).toBe(MAP_KINDS.overview.width);
    expect(overview.pointers.map((p) => p.place)).toEqual(['schwedt']);
    expect(overview.stops.map((s) => s.place).sort()).toEqual(['atyrau', 'novorossiysk', 'tengiz']);
    for (const item of [...overview.labels, ...overview.markers]) expect(item.tiers).toEqual([0, 1, 2]);
  });

  it('refuses an id that is not a place or a route', () => {
    expect(() => map({ routes: ['cpx'], places: [] })).toThrow(/No route has the id 'cpx'/);
    expect(() => map({ routes: [], places: ['astna'] })).toThrow(/No place has the id 'astna'/);
  });
});

describe('labels and names', () => {
  it('names a cluster and labels its marker briefly', () => {
    expect(clusterName(['Kyiv', 'Bucha', 'Kharkiv'])).toBe('Kyiv, Bucha and Kharkiv');
    expect(markerLabel(['Kyiv', 'Bucha'])).toBe('Kyiv +1');
    expect(markerLabel(['Kyiv'])).toBe('Kyiv');
  });

  it('gives a marker an accessible name that starts with its label and says where its link goes', () => {
    const kyiv = { name: 'Kyiv', country: 'Ukraine' };
    expect(markerName([kyiv], [{ title: 'A yurt opens' }])).toBe('Kyiv, Ukraine: A yurt opens, on the timeline');
    expect(markerName([kyiv, { name: 'Bucha', country: 'Ukraine' }], [{ title: 'a' }, { title: 'b' }])).toBe(
      'Kyiv +1 (Kyiv and Bucha), Ukraine: 2 events, listed under the map',
    );
    expect(
      markerName([{ name: 'Paris', country: 'France' }], [{ title: 'a' }, { title: 'b' }], {
        beyond: true,
        listedOn: 'the map page',
      }),
    ).toBe('Paris, France, beyond the map: 2 events, listed on the map page');
    expect(markerName([kyiv], [])).toBe('Kyiv, Ukraine');
  });

  it('describes the map in words, routes, places and what lies beyond', () => {
    const text = mapDescription({
      routes: [{ name: 'CPC pipeline', from: 'Tengiz', to: 'Novorossiysk' }],
      places: [
        { name: 'Astana', events: 11, inFrame: true },
        { name: 'Tengiz', events: 0, inFrame: true },
        { name: 'Paris', events: 1, inFrame: false },
      ],
    });
    expect(text).toContain('Schematic lines show a route: CPC pipeline, Tengiz to Novorossiysk.');
    expect(text).toContain('Marked: Astana (11 events) and Tengiz.');
    expect(text).toContain('Arrows at the edge point towards Paris, beyond the map.');
    expect(text).toMatch(/The list under the map gives the same information\.$/);
  });

  it('titles a map by what it shows when the editor gives no title', () => {
    expect(mapTitle(['CPC pipeline', 'Druzhba route'], [])).toBe(
      "Kazakhstan's oil routes: CPC pipeline and Druzhba route",
    );
    expect(mapTitle([], ['Astana', 'Kyiv'])).toBe('Where it happened: Astana and Kyiv');
    expect(mapTitle(['CPC pipeline'], ['Astana'])).toBe("Kazakhstan's oil routes and where events happened");
    expect(eventCount(1)).toBe('1 event');
  });

  it('draws an arrowhead pointing the way asked', () => {
    expect(arrowPath(0)).toBe('M7 0L-5 -6 -2 0 -5 6z');
    expect(arrowPath(90)).toMatch(/^M0 7L/);
  });
});
