/**
 * The map's geometry, computed at build time: a conic equal-area projection fitted to what a map must show, the
 * Natural Earth borders simplified to what that size can display, and compact SVG paths. Nothing here reaches the
 * browser; the page carries only the resulting path strings.
 */
import { geoBounds, geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** World-atlas's countries file: one object of countries (with ISO 3166 numeric ids and names) and one of land. */
export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

/** Kazakhstan's ISO 3166 numeric code, as world-atlas ids its countries. */
export const KAZAKHSTAN_ID = '398';

/**
 * Width of a map's drawing in its own units; the height follows from what the map shows. A unit is about a pixel
 * where a map is shown widest, so path data in whole units loses nothing visible.
 */
export const MAP_WIDTH = 1000;

/** A point as [longitude, latitude] in degrees. */
export type LonLat = readonly [number, number];

export interface Frame {
  projection: GeoProjection;
  width: number;
  height: number;
  /** The longitudes and latitudes the frame was fitted to: [[west, south], [east, north]]. */
  bounds: [[number, number], [number, number]];
}

/** The tallest and flattest a map may be (height ÷ width): flatter maps leave a phone too little height. */
const MIN_RATIO = 0.56;
const MAX_RATIO = 0.85;
/** Room around what a map must show, so markers at the edge keep space for their labels. */
const PADDING = 0.07;

/**
 * A conic equal-area projection centred on `targets` (GeoJSON) and fitted to a frame MAP_WIDTH wide: its standard
 * parallels at a sixth and five sixths of their latitudes, its central meridian in the middle of their longitudes,
 * so the shapes of that region are as little distorted as the projection allows. The frame's height follows the
 * targets, within MIN_RATIO and MAX_RATIO of its width.
 */
export function fitFrame(targets: GeoPermissibleObjects, width = MAP_WIDTH): Frame {
  const [[west, south], [east, north]] = geoBounds(targets);
  const span = north - south;
  const projection = geoConicEqualArea()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-(west + east) / 2, 0])
    .precision(0.3);
  const pad = width * PADDING;
  projection.fitWidth(width - 2 * pad, targets);
  const [[, top], [, bottom]] = geoPath(projection).bounds(targets);
  const ratio = Math.min(MAX_RATIO, Math.max(MIN_RATIO, (bottom - top + 2 * pad) / width));
  const height = Math.round(width * ratio);
  projection.fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    targets,
  );
  return {
    projection,
    width,
    height,
    bounds: [
      [west, south],
      [east, north],
    ],
  };
}

/** Where a point falls in the frame, in map units; `inside` is false when it lies beyond the frame's edge. */
export function project(frame: Frame, point: LonLat): { x: number; y: number; inside: boolean } {
  const [x, y] = frame.projection([point[0], point[1]]) ?? [NaN, NaN];
  return { x, y, inside: x >= 0 && x <= frame.width && y >= 0 && y <= frame.height };
}

/**
 * SVG path data in as few bytes as it takes: whole map units (one unit is about a screen pixel at the widest a map is
 * shown), relative coordinates, no repeated points, and no command letters between the points of a line (after `m`,
 * further pairs of numbers are relative lines; the first `m` of a path is absolute).
 */
export class CompactPath {
  private out = '';
  private x = 0;
  private y = 0;
  private start: [number, number] = [0, 0];
  private pendingMove: [number, number] | undefined;

  moveTo(x: number, y: number): void {
    this.pendingMove = [Math.round(x), Math.round(y)];
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    if (this.pendingMove) {
      const [mx, my] = this.pendingMove;
      this.pendingMove = undefined;
      this.out += `m${pair(mx - this.x, my - this.y)}`;
      [this.x, this.y] = [mx, my];
      this.start = [mx, my];
    }
    if (rx === this.x && ry === this.y) return;
    this.out += separator(this.out, rx - this.x) + pair(rx - this.x, ry - this.y);
    [this.x, this.y] = [rx, ry];
  }

  closePath(): void {
    // A closed line whose points all rounded to one spot draws nothing; leave it out.
    if (this.pendingMove) {
      this.pendingMove = undefined;
      return;
    }
    this.out += 'z';
    // After "z" the pen is back where the closed line started, and the next "m" is relative to that point.
    [this.x, this.y] = this.start;
  }

  /** d3 calls these for points and new paths; the map draws no points, and a path needs no start. */
  arc(): void {}
  beginPath(): void {}

  toString(): string {
    return this.out;
  }
}

const pair = (dx: number, dy: number) => `${dx}${dy < 0 ? '' : ' '}${dy}`;
/** A space between two numbers, unless a minus sign or a command letter already separates them. */
const separator = (text: string, next: number) => (next < 0 || /[a-zA-Z]$/.test(text) ? '' : ' ');

/** The path data of GeoJSON in a frame, clipped to it: only what is visible is written. */
export function pathData(frame: Frame, object: GeoPermissibleObjects): string {
  const clipped = frame.projection.clipExtent([
    [-2, -2],
    [frame.width + 2, frame.height + 2],
  ]);
  const context = new CompactPath();
  geoPath(clipped, context)(object);
  frame.projection.clipExtent(null);
  return context.toString();
}

export interface BaseMap {
  /** Every country's land, as one shape. */
  land: string;
  /** Kazakhstan's outline. */
  kazakhstan: string;
  /** The borders between countries (never coastlines), each drawn once. */
  borders: string;
}

/** Smallest area, in square map units, of the triangle a point makes with its neighbours for it to be kept. */
export const MIN_DETAIL = 2;

/**
 * The borders simplified for one frame: a point is dropped when the triangle it makes with its neighbours, as
 * projected, is smaller than `minArea` square map units (Visvalingam's method). Shared borders are simplified once,
 * so the land, Kazakhstan's outline and the borders still meet exactly.
 */
export function simplifiedTopology(world: WorldTopology, frame: Frame, minArea = MIN_DETAIL): WorldTopology {
  const projected = (p: number[]) => frame.projection([p[0] ?? 0, p[1] ?? 0]) ?? [0, 0];
  // Points far outside the frame are clipped away whatever their weight: skip projecting them (most of the world).
  const [[west, south], [east, north]] = frame.bounds;
  const far = (p: number[]) =>
    (p[0] ?? 0) < west - 15 || (p[0] ?? 0) > east + 15 || (p[1] ?? 0) < south - 15 || (p[1] ?? 0) > north + 15;
  const weighted = presimplify(world as unknown as Parameters<typeof presimplify>[0], (triangle) => {
    if (triangle.every(far)) return 0;
    const [a, b, c] = triangle.map(projected) as [[number, number], [number, number], [number, number]];
    return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
  });
  return simplify(weighted, minArea) as unknown as WorldTopology;
}

/**
 * The land, Kazakhstan and the borders of a frame as path data. With `borderOf`, only the borders of those
 * countries (ISO 3166 numeric ids) are drawn: an overview names Kazakhstan's neighbours and needs no others.
 */
export function baseMap(
  world: WorldTopology,
  frame: Frame,
  options: { minArea?: number; borderOf?: ReadonlySet<string> } = {},
): BaseMap {
  const topology = simplifiedTopology(world, frame, options.minArea ?? MIN_DETAIL);
  const land = feature(topology, topology.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
  const kazakhstan = countryFeature(topology, KAZAKHSTAN_ID);
  const { borderOf } = options;
  const drawn = (a: GeometryObject, b: GeometryObject) =>
    a !== b && (!borderOf || borderOf.has(String(a.id)) || borderOf.has(String(b.id)));
  const borders = mesh(topology, topology.objects.countries, drawn) as MultiLineString;
  return {
    land: pathData(frame, land),
    kazakhstan: kazakhstan ? pathData(frame, kazakhstan) : '',
    borders: pathData(frame, borders),
  };
}

/** One country as a GeoJSON feature, by its ISO 3166 numeric id. */
export function countryFeature(world: WorldTopology, id: string): Feature<Polygon | MultiPolygon> | undefined {
  const geometry = world.objects.countries.geometries.find((g) => String(g.id) === id);
  return geometry ? (feature(world, geometry) as Feature<Polygon | MultiPolygon>) : undefined;
}

/**
 * Where a country's name can go: the centre of the largest part of it that the frame shows, and that part's area in
 * square map units (0 when none of it is visible).
 */
export function visibleCentre(
  frame: Frame,
  country: Feature<Polygon | MultiPolygon>,
): { x: number; y: number; area: number } {
  const clipped = frame.projection.clipExtent([
    [0, 0],
    [frame.width, frame.height],
  ]);
  const path = geoPath(clipped);
  const parts: Polygon[] =
    country.geometry.type === 'Polygon'
      ? [country.geometry]
      : country.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  let best = { x: 0, y: 0, area: 0 };
  for (const part of parts) {
    const area = path.area(part);
    if (area > best.area) {
      const [x, y] = path.centroid(part);
      best = { x, y, area };
    }
  }
  frame.projection.clipExtent(null);
  return best;
}
