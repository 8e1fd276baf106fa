import { readFileSync } from 'node:fs';
import { geoBounds } from 'd3-geo';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { baseMap, CompactPath, countryFeature, fitFrame, KAZAKHSTAN_ID, pathData, project } from '~/lib/map/geometry';
import { inRegion } from '~/lib/map/region-map';
import { loadWorld } from '~/model/loaders/world-atlas';

const world = loadWorld();
const kazakhstan = countryFeature(world, KAZAKHSTAN_ID)!;
const places = Object.entries(
  parse(readFileSync(new URL('../../../content/map/places.yaml', import.meta.url), 'utf8')) as Record<
    string,
    { lat: number; lon: number }
  >,
);

/** Every point of a path's data, as absolute coordinates. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let [x, y] = [0, 0];
  let start: [number, number] = [0, 0];
  for (const [, command = '', body = ''] of d.matchAll(/([mz])([^mz]*)/g)) {
    // After "z" the pen is back at the start of the shape it closed.
    if (command === 'z') {
      [x, y] = start;
      continue;
    }
    const numbers = body.match(/-?\d+/g)?.map(Number) ?? [];
    for (let i = 0; i < numbers.length; i += 2) {
      [x, y] = [x + (numbers[i] ?? 0), y + (numbers[i + 1] ?? 0)];
      if (i === 0) start = [x, y];
      out.push([x, y]);
    }
  }
  return out;
}

describe('CompactPath', () => {
  it('writes whole units, relative after the first point, with no repeated points', () => {
    const path = new CompactPath();
    path.moveTo(10.4, 20.6);
    path.lineTo(15.2, 20.6);
    path.lineTo(15.4, 21); // the same point once rounded
    path.lineTo(12, 18);
    path.closePath();
    path.moveTo(40, 40);
    path.lineTo(41, 45);
    expect(path.toString()).toBe('m10 21 5 0-3-3zm30 19 1 5');
    expect(points(path.toString())).toEqual([
      [10, 21],
      [15, 21],
      [12, 18],
      [40, 40],
      [41, 45],
    ]);
  });

  it('leaves out a closed shape that rounds to a single point', () => {
    const path = new CompactPath();
    path.moveTo(1.1, 1.1);
    path.lineTo(1.2, 1.2);
    path.closePath();
    expect(path.toString()).toBe('m1 1z');
  });
});

describe('fitFrame', () => {
  const inFrame = places.filter(([, p]) => inRegion(p));
  const targets = {
    type: 'FeatureCollection' as const,
    features: [
      kazakhstan,
      {
        type: 'Feature' as const,
        properties: {},
        geometry: { type: 'MultiPoint' as const, coordinates: inFrame.map(([, p]) => [p.lon, p.lat]) },
      },
    ],
  };

  it.each([1000, 680, 400])('keeps Kazakhstan and every place of the region inside a frame %i units wide', (width) => {
    const frame = fitFrame(targets, width);
    expect(frame.width).toBe(width);
    expect(frame.height / width).toBeGreaterThanOrEqual(0.56);
    expect(frame.height / width).toBeLessThanOrEqual(0.85);
    for (const [id, p] of inFrame) expect(project(frame, [p.lon, p.lat]).inside, id).toBe(true);
    const [[west, south], [east, north]] = geoBounds(kazakhstan);
    for (const corner of [
      [west, south],
      [east, north],
      [(west + east) / 2, north],
      [(west + east) / 2, south],
    ] as const)
      expect(project(frame, corner).inside).toBe(true);
    for (const [x, y] of points(pathData(frame, kazakhstan))) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(frame.height);
    }
  });

  it('puts places beyond the region (Paris, New York) outside a frame fitted to Kazakhstan alone', () => {
    const frame = fitFrame(kazakhstan, 1000);
    const beyond = places.filter(([, p]) => !inRegion(p));
    expect(beyond.map(([id]) => id).sort()).toEqual(['new-york', 'paris']);
    for (const [id, p] of beyond) expect(project(frame, [p.lon, p.lat]).inside, id).toBe(false);
  });
});

describe('baseMap', () => {
  const frame = fitFrame(kazakhstan, 1000);

  it('draws only what the frame shows, and less the coarser the detail', () => {
    const fine = baseMap(world, frame, { minArea: 2 });
    const coarse = baseMap(world, frame, { minArea: 20 });
    for (const d of [fine.land, fine.kazakhstan, fine.borders])
      for (const [x, y] of points(d)) {
        expect(x).toBeGreaterThanOrEqual(-2);
        expect(x).toBeLessThanOrEqual(1002);
        expect(y).toBeGreaterThanOrEqual(-2);
        expect(y).toBeLessThanOrEqual(frame.height + 2);
      }
    expect(coarse.land.length).toBeLessThan(fine.land.length);
    expect(coarse.borders.length).toBeLessThan(fine.borders.length);
    expect(fine.kazakhstan.length).toBeGreaterThan(200);
  });

  it('draws only the borders of the countries asked for', () => {
    const all = baseMap(world, frame, { minArea: 5 });
    const some = baseMap(world, frame, { minArea: 5, borderOf: new Set(['643']) });
    expect(some.borders.length).toBeGreaterThan(0);
    expect(some.borders.length).toBeLessThan(all.borders.length);
    expect(some.land).toBe(all.land);
  });
});
