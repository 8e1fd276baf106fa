/**
 * What one map shows and where: the frame, the base map, the routes, a marker for every place asked for (clustered
 * where places crowd on a phone), pointers to places beyond the map's edge, and every label, each placed for the
 * widths it will be drawn at. Plain data in and out; `RegionMap.astro` only writes it as SVG and HTML.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import {
  baseMap,
  countryFeature,
  fitFrame,
  KAZAKHSTAN_ID,
  MAP_WIDTH,
  pathData,
  project,
  visibleCentre,
  type BaseMap,
  type Frame,
  type LonLat,
  type WorldTopology,
} from './geometry';
import {
  centredBox,
  centredCandidates,
  labelCandidates,
  overlaps,
  placeLabels,
  TIERS,
  type Box,
  type PlacedLabel,
  type WidthRange,
  type LabelStyle,
} from './labels';

export interface MapPlace {
  id: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
}

export interface MapRoute {
  id: string;
  name: string;
  /** Place ids, start to end. */
  line: readonly string[];
}

export interface MapEvent {
  id: string;
  place?: string | undefined;
}

/** What a map is asked to show. */
export interface MapRequest {
  /** Route ids, in the order to list them. */
  routes: readonly string[];
  /** Place ids to mark. */
  places: readonly string[];
}

/** A window of longitudes and latitudes, in degrees. */
export interface Region {
  west: number;
  east: number;
  south: number;
  north: number;
}

/**
 * The part of the world a map's frame may cover. Places beyond it (Paris, New York) are not fitted into the frame,
 * which would make Kazakhstan a speck; they get a pointer at the edge, in their direction.
 */
export const REGION: Region = { west: 10, east: 100, south: 30, north: 66 };

/**
 * An overview's closer window (the home page's map): Kazakhstan, the Caspian and the Black Sea. A route that runs
 * beyond it is cut at the edge, and its far end gets a pointer.
 */
export const OVERVIEW_REGION: Region = { west: 30, east: 100, south: 30, north: 62 };

/**
 * An overview's borders: those of Kazakhstan's neighbours only (ISO 3166 numeric ids); Kazakhstan's own are its
 * outline.
 */
export const OVERVIEW_BORDERS: ReadonlySet<string> = new Set(['643', '156', '860', '795', '417']);

/**
 * The three kinds of map, by where they are shown. `width` is the drawing's width in its own units: a unit is about
 * a pixel where the map is shown widest (`maxWidth`, CSS pixels), so path data in whole units loses nothing visible.
 * `minArea` (square units) is the detail kept: a point goes when the triangle it makes with its neighbours is
 * smaller. An overview is coarser and closer, for a page that must stay light.
 */
export const MAP_KINDS = {
  /** The map page's map, as wide as the page. */
  page: { width: MAP_WIDTH, maxWidth: 1100, minArea: 2, region: REGION },
  /** A map in a briefing's column: never wider than reading width (42rem, the `measure` utility). */
  embed: { width: 680, maxWidth: 672, minArea: 2, region: REGION },
  /** The home page's: Kazakhstan's neighbours' borders only, and one set of labels for every width. */
  overview: { width: 400, maxWidth: 1100, minArea: 20, region: OVERVIEW_REGION, borderOf: OVERVIEW_BORDERS },
} as const;

export type MapKind = keyof typeof MAP_KINDS;

/** Whether a point lies in a region. */
export const inRegion = (p: { lat: number; lon: number }, region: Region = REGION) =>
  p.lon >= region.west && p.lon <= region.east && p.lat >= region.south && p.lat <= region.north;

/** Radius of a place's dot, and of the area around it that takes a click or a tap (24 px across: WCAG 2.5.8). */
export const DOT_RADIUS = 4.5;
export const TARGET_RADIUS = 12;
/** Radius of a stop on a route that is not otherwise marked. */
export const STOP_RADIUS = 2.5;

/** Labels for water, by where their text goes ([longitude, latitude]); the sea itself is the gap between countries. */
export const WATER: readonly { lines: readonly string[]; at: readonly LonLat[] }[] = [
  {
    lines: ['Caspian', 'Sea'],
    at: [
      [50.4, 42.3],
      [51.2, 38.7],
      [49.9, 44.4],
    ],
  },
  {
    lines: ['Black Sea'],
    at: [
      [34.3, 43.4],
      [31.5, 43.2],
    ],
  },
];

/**
 * Countries named on a map, most important first: Kazakhstan's neighbours, then the countries its routes cross and
 * the region around them. A country is named only where enough of it shows for its name to fit.
 */
export const NAMED_COUNTRIES = [
  ['643', 'Russia'],
  ['156', 'China'],
  ['860', 'Uzbekistan'],
  ['795', 'Turkmenistan'],
  ['417', 'Kyrgyzstan'],
  ['804', 'Ukraine'],
  ['112', 'Belarus'],
  ['616', 'Poland'],
  ['276', 'Germany'],
  ['031', 'Azerbaijan'],
  ['268', 'Georgia'],
  ['792', 'Turkey'],
  ['364', 'Iran'],
  ['496', 'Mongolia'],
  ['762', 'Tajikistan'],
  ['004', 'Afghanistan'],
] as const;

/** A point of the map as fractions of its width and height. */
export interface MapPoint {
  x: number;
  y: number;
}

/** A text label, and the tiers (indexes into TIERS) it shows in: every tier where it is placed the same. */
export interface MapLabel {
  lines: readonly string[];
  style: LabelStyle;
  placed: PlacedLabel;
  tiers: number[];
}

/** A marker: one place, or on a phone a cluster of places too close to tell apart. */
export interface MapMarker {
  /** The places it stands for, the most important first; the marker sits on the first. */
  places: readonly string[];
  at: MapPoint;
  /** The events that happened at those places, in timeline order. */
  events: readonly string[];
  label: MapLabel | undefined;
  tiers: number[];
}

/** A place beyond the map's edge, shown as an arrow at the edge pointing its way. */
export interface MapPointer {
  place: string;
  /** Where the arrow is, just inside the edge of the map. */
  at: MapPoint;
  /** The arrow's direction in degrees, clockwise from pointing right. */
  angle: number;
  events: readonly string[];
  label: MapLabel | undefined;
  tiers: number[];
}

export interface MapRouteView {
  id: string;
  /** Where the route's style comes from: its position in the routes file. */
  style: number;
  /** The schematic line's path data, in map units. */
  d: string;
}

export interface RegionMapView {
  width: number;
  height: number;
  base: BaseMap;
  routes: MapRouteView[];
  /** Places on routes that carry no marker of their own. */
  stops: { place: string; at: MapPoint }[];
  markers: MapMarker[];
  pointers: MapPointer[];
  /** Every label that is not a marker's: Kazakhstan, countries, seas, routes and their ends. */
  labels: MapLabel[];
  /** The places the map marks or points to, most important first, with their events. */
  places: { id: string; events: readonly string[]; inFrame: boolean }[];
}

/** How far apart, in pixels at a tier's narrowest, two markers must be to stay separate: their targets never meet. */
const CLUSTER_DISTANCE = TARGET_RADIUS * 2;

/**
 * Everything one map draws. `routes` lists every route in file order (a route's style is its position there);
 * `events` are in timeline order.
 */
export function regionMap(input: {
  world: WorldTopology;
  places: ReadonlyMap<string, MapPlace>;
  routes: readonly MapRoute[];
  events: readonly MapEvent[];
  request: MapRequest;
  kind: MapKind;
}): RegionMapView {
  const { world, places, events, request } = input;
  const kind = MAP_KINDS[input.kind];
  const overview = input.kind === 'overview';
  const region = kind.region;
  const within = (p: { lat: number; lon: number }) => inRegion(p, region);
  const place = (id: string): MapPlace => {
    const found = places.get(id);
    if (!found) throw new Error(`No place has the id '${id}' (expected an entry in content/map/places.yaml).`);
    return found;
  };
  const routes = request.routes.map((id) => {
    const style = input.routes.findIndex((r) => r.id === id);
    const route = input.routes[style];
    if (!route) throw new Error(`No route has the id '${id}' (expected an entry in content/map/routes.yaml).`);
    return { route, style };
  });
  const eventsAt = (id: string) => events.filter((e) => e.place === id).map((e) => e.id);
  // Most events first; a tie keeps the order asked for.
  const marked = [...new Set(request.places)]
    .map((id, order) => ({ place: place(id), events: eventsAt(id), order }))
    .sort((a, b) => b.events.length - a.events.length || a.order - b.order);

  const kazakhstan = countryFeature(world, KAZAKHSTAN_ID);
  if (!kazakhstan) throw new Error('The world atlas has no Kazakhstan (ISO 3166 code 398).');
  const routePoints = routes.flatMap(({ route }) => route.line.map(place));
  const targets: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      kazakhstan,
      point([...routePoints, ...marked.map((m) => m.place)].filter(within)),
    ] as Feature<Geometry>[],
  };
  const frame = fitFrame(targets, kind.width);
  const ratio = frame.height / frame.width;
  const at = (p: MapPlace): MapPoint => {
    const { x, y } = project(frame, [p.lon, p.lat]);
    return { x: x / frame.width, y: y / frame.height };
  };

  // A route's far end beyond the frame is pointed to like a place beyond it.
  const farEnds = routes
    .map(({ route }) => place(ends(route.line)[1]))
    .filter((p) => !within(p) && !marked.some((m) => m.place.id === p.id))
    .map((p, i) => ({ place: p, events: [] as string[], order: marked.length + i }));
  const inFrame = marked.filter((m) => within(m.place));
  const beyond = [...marked.filter((m) => !within(m.place)), ...farEnds];
  const markedIds = new Set(inFrame.map((m) => m.place.id));
  // An overview marks only where each route starts and ends; its bends are enough to show the rest.
  const stopIds = [
    ...new Set(
      routes
        .flatMap(({ route }) => (overview ? ends(route.line) : route.line))
        .map(place)
        .filter(within)
        .map((p) => p.id),
    ),
  ].filter((id) => !markedIds.has(id));
  const stops = stopIds.map((id) => ({ place: id, at: at(place(id)) }));

  // Where each named country shows, worked out once for every tier.
  const countryCentres = NAMED_COUNTRIES.flatMap(([id, name], rank) => {
    const country = countryFeature(world, id);
    return country ? [{ id, name, rank, centre: visibleCentre(frame, country) }] : [];
  });

  const perTier = (range: WidthRange) => {
    // Markers: each place joins the first marker already placed within CLUSTER_DISTANCE pixels of it.
    const clusters: { members: typeof inFrame; at: MapPoint }[] = [];
    for (const m of inFrame) {
      const p = at(m.place);
      const near = clusters.find(
        (c) => Math.hypot((c.at.x - p.x) * range.min, (c.at.y - p.y) * range.min * ratio) < CLUSTER_DISTANCE,
      );
      if (near) near.members.push(m);
      else clusters.push({ members: [m], at: p });
    }
    const target = (p: MapPoint): Box => ({
      ax: p.x,
      ay: p.y,
      cx: 0,
      cy: 0,
      w: TARGET_RADIUS * 2,
      h: TARGET_RADIUS * 2,
    });
    const markerBoxes = clusters.map((c) => target(c.at));
    // Each pointer slides along the edge until its target clears every marker's and every other pointer's.
    const pointerSpots: ReturnType<typeof pointerAt>[] = [];
    for (const m of beyond) {
      const shifts = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5].map((k) => pointerAt(frame, m.place, k * 0.05));
      const clear = shifts.find((spot) =>
        [...markerBoxes, ...pointerSpots.map((p) => target(p.at))].every(
          (b) => !overlaps(target(spot.at), b, range, ratio, 0),
        ),
      );
      pointerSpots.push(clear ?? pointerAt(frame, m.place));
    }
    const pointerBoxes = pointerSpots.map((p) => target(p.at));
    const spot = (p: MapPoint, radius: number): Box => ({
      ax: p.x,
      ay: p.y,
      cx: 0,
      cy: 0,
      w: radius * 2,
      h: radius * 2,
    });
    const stopBoxes = stops.map((s) => spot(s.at, STOP_RADIUS));
    // A marker's label is part of its link: it keeps clear of every other link's target. Other labels only need to
    // keep clear of what shows: dots, arrows and stops.
    const linkObstacles = (own: Box | undefined) =>
      [...markerBoxes, ...pointerBoxes].filter((b) => b !== own).concat(stopBoxes);
    const drawn = [
      ...clusters.map((c) => spot(c.at, DOT_RADIUS + 1)),
      ...pointerSpots.map((p) => spot(p.at, 7)),
      ...stopBoxes,
    ];

    type Wanted = { lines: string[]; style: LabelStyle; candidates: PlacedLabel[]; obstacles: Box[]; key: string };
    const wanted: Wanted[] = [];
    const subject = visibleCentre(frame, kazakhstan);
    wanted.push({
      key: 'subject',
      lines: ['Kazakhstan'],
      style: 'subject',
      candidates: centredCandidates(subject.x / frame.width, subject.y / frame.height, ['Kazakhstan'], 'subject'),
      obstacles: drawn,
    });
    pointerSpots.forEach((arrow, i) => {
      const lines = [beyond[i]?.place.name ?? ''];
      wanted.push({
        key: `pointer:${i}`,
        lines,
        style: 'place',
        candidates: labelCandidates(arrow.at.x, arrow.at.y, lines, 'place', 7),
        obstacles: linkObstacles(pointerBoxes[i]),
      });
    });
    clusters.forEach((c, i) => {
      const lines = [markerLabel(c.members.map((m) => m.place.name))];
      wanted.push({
        key: `marker:${i}`,
        lines,
        style: 'place',
        candidates: labelCandidates(c.at.x, c.at.y, lines, 'place', DOT_RADIUS),
        obstacles: linkObstacles(markerBoxes[i]),
      });
    });
    for (const { route } of routes) {
      const points = route.line.map((id) => at(place(id)));
      // The route's name beside one of its legs: the inner legs first, where it keeps clear of the names of the
      // route's ends, and the longest first.
      const legs = points
        .slice(1)
        .map((p, i) => ({
          from: points[i] ?? p,
          to: p,
          end: i === 0 || i === points.length - 2,
          length: Math.hypot(p.x - (points[i] ?? p).x, (p.y - (points[i] ?? p).y) * ratio),
        }))
        .sort((a, b) => Number(a.end) - Number(b.end) || b.length - a.length);
      const candidates = legs.flatMap(({ from, to }) =>
        [0.5, 0.3, 0.7].flatMap((f) =>
          labelCandidates(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f, [route.name], 'route', 2).slice(
            2,
            4,
          ),
        ),
      );
      wanted.push({ key: `route:${route.id}`, lines: [route.name], style: 'route', candidates, obstacles: drawn });
    }
    const stopLabels: Wanted[] = [];
    for (const { route } of routes) {
      for (const id of [route.line[0], route.line.at(-1)]) {
        const stop = stops.find((s) => s.place === id);
        if (!id || !stop || stopLabels.some((l) => l.key === `stop:${id}`)) continue;
        const lines = [place(id).name];
        stopLabels.push({
          key: `stop:${id}`,
          lines,
          style: 'stop',
          candidates: labelCandidates(stop.at.x, stop.at.y, lines, 'stop', STOP_RADIUS),
          obstacles: drawn,
        });
      }
    }
    wanted.push(...stopLabels);
    for (const water of WATER) {
      const spots = water.at.map((a) => project(frame, a)).filter((p) => p.inside);
      if (!spots.length) continue;
      wanted.push({
        key: `sea:${water.lines.join(' ')}`,
        lines: [...water.lines],
        style: 'sea',
        candidates: spots.flatMap((p) =>
          centredCandidates(p.x / frame.width, p.y / frame.height, water.lines, 'sea').slice(0, 3),
        ),
        obstacles: drawn,
      });
    }
    const countries = countryCentres.flatMap(({ id, name, rank, centre }) => {
      const scale = (range.min / frame.width) ** 2;
      const box = centredBox(0, 0, [name], 'country');
      // Named only where the visible country is a few times the size of its name.
      if (centre.area * scale < box.w * box.h * 3) return [];
      return [
        {
          key: `country:${id}`,
          lines: [name],
          style: 'country' as const,
          candidates: centredCandidates(centre.x / frame.width, centre.y / frame.height, [name], 'country'),
          obstacles: drawn,
          rank,
        },
      ];
    });
    wanted.push(...countries.filter((c) => c.rank < 5));
    // An overview names Kazakhstan's neighbours only.
    if (!overview) wanted.push(...countries.filter((c) => c.rank >= 5));

    const placed = placeLabels(wanted, range, ratio);
    const labels = new Map(
      wanted.flatMap((w, i) => (placed[i] ? [[w.key, { lines: w.lines, style: w.style, placed: placed[i] }]] : [])),
    );
    return { clusters, pointerSpots, labels };
  };

  // An overview has one set of markers and labels for every width: it costs the page half as many bytes.
  const ranges = TIERS.map((t) => ({ min: t.min, max: Math.min(t.max, kind.maxWidth) }));
  const tiers = overview ? [perTier({ min: TIERS[0]?.min ?? 0, max: kind.maxWidth })] : ranges.map(perTier);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  // One copy of each marker and label for all the tiers where it is placed the same.
  const markers: MapMarker[] = [];
  const pointers: MapPointer[] = [];
  const labels: MapLabel[] = [];
  tiers.forEach((tier, t) => {
    tier.clusters.forEach((c, i) => {
      const placed = tier.labels.get(`marker:${i}`);
      const ids = c.members.map((m) => m.place.id);
      const twin = markers.find((m) => same(m.places, ids) && same(m.label?.placed, placed?.placed));
      if (twin) {
        twin.tiers.push(t);
        twin.label?.tiers.push(t);
        return;
      }
      const own = new Set(c.members.flatMap((m) => m.events));
      markers.push({
        places: ids,
        at: c.at,
        events: events.filter((e) => own.has(e.id)).map((e) => e.id),
        label: placed && { ...placed, tiers: [t] },
        tiers: [t],
      });
    });
    beyond.forEach((m, i) => {
      const placed = tier.labels.get(`pointer:${i}`);
      const arrow = tier.pointerSpots[i] ?? pointerAt(frame, m.place);
      const twin = pointers.find(
        (p) => p.place === m.place.id && same(p.at, arrow.at) && same(p.label?.placed, placed?.placed),
      );
      if (twin) {
        twin.tiers.push(t);
        twin.label?.tiers.push(t);
        return;
      }
      pointers.push({
        place: m.place.id,
        at: arrow.at,
        angle: arrow.angle,
        events: m.events,
        label: placed && { ...placed, tiers: [t] },
        tiers: [t],
      });
    });
    for (const [key, label] of tier.labels) {
      if (key.startsWith('marker:') || key.startsWith('pointer:')) continue;
      const twin = labels.find((l) => same(l.lines, label.lines) && same(l.placed, label.placed));
      if (twin) twin.tiers.push(t);
      else labels.push({ ...label, tiers: [t] });
    }
  });

  if (overview) {
    // Its one set shows at every width.
    const every = () => TIERS.map((_, t) => t);
    for (const item of [...markers, ...pointers]) {
      item.tiers = every();
      if (item.label) item.label.tiers = every();
    }
    for (const label of labels) label.tiers = every();
  }

  return {
    width: frame.width,
    height: frame.height,
    base: baseMap(world, frame, kind),
    routes: routes.map(({ route, style }) => ({
      id: route.id,
      style,
      d: pathData(frame, {
        type: 'LineString',
        coordinates: route.line.map((id) => [place(id).lon, place(id).lat]),
      }),
    })),
    stops,
    markers,
    pointers,
    labels,
    places: marked.map((m) => ({ id: m.place.id, events: m.events, inFrame: within(m.place) })),
  };
}

function point(places: readonly MapPlace[]): Feature {
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: places.map((p) => [p.lon, p.lat]) },
  };
}

/** A line's first and last place. */
const ends = (line: readonly string[]): [string, string] => [line[0] ?? '', line[line.length - 1] ?? ''];

/** A marker's visible label: its first place, and how many more share the marker ("Kyiv +1"). */
export function markerLabel(names: readonly string[]): string {
  return names.length > 1 ? `${names[0]} +${names.length - 1}` : (names[0] ?? '');
}

/** "Kyiv", "Kyiv and Bucha", "Kyiv, Bucha and Kharkiv". */
export function clusterName(names: readonly string[]): string {
  return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(names);
}

/** How far inside the edge a pointer's arrow sits, in fractions of the map's shorter side. */
const POINTER_INSET = 0.07;

/**
 * Where the arrow for a place beyond the frame goes: where the line from the frame's centre towards the place meets
 * the edge, just inside it, then `shift` (a fraction of that side) along the edge when that spot is taken. `angle`
 * points from the arrow to the place, in degrees clockwise from pointing right.
 */
export function pointerAt(frame: Frame, p: { lat: number; lon: number }, shift = 0): { at: MapPoint; angle: number } {
  const { x, y } = project(frame, [p.lon, p.lat]);
  const [cx, cy] = [frame.width / 2, frame.height / 2];
  const [dx, dy] = [x - cx, y - cy];
  // The first edge the line from the centre meets.
  const [tx, ty] = [dx === 0 ? Infinity : Math.abs(cx / dx), dy === 0 ? Infinity : Math.abs(cy / dy)];
  const t = Math.min(tx, ty);
  const inset = POINTER_INSET * Math.min(frame.width, frame.height);
  const clamp = (v: number, size: number) => Math.min(size - inset, Math.max(inset, v));
  let [ax, ay] = [clamp(cx + dx * t, frame.width), clamp(cy + dy * t, frame.height)];
  if (tx <= ty) ay = clamp(ay + shift * frame.height, frame.height);
  else ax = clamp(ax + shift * frame.width, frame.width);
  return {
    at: { x: ax / frame.width, y: ay / frame.height },
    angle: Math.round((Math.atan2(y - ay, x - ax) * 180) / Math.PI),
  };
}

/** An arrowhead about 12 pixels long around the origin, pointing `angle` degrees clockwise from the right. */
export function arrowPath(angle: number): string {
  const [cos, sin] = [Math.cos((angle * Math.PI) / 180), Math.sin((angle * Math.PI) / 180)];
  const turn = ([x, y]: [number, number]) =>
    `${Math.round((x * cos - y * sin) * 10) / 10} ${Math.round((x * sin + y * cos) * 10) / 10}`;
  const [tip, left, notch, right] = (
    [
      [7, 0],
      [-5, -6],
      [-2, 0],
      [-5, 6],
    ] as [number, number][]
  ).map(turn);
  return `M${tip}L${left} ${notch} ${right}z`;
}
