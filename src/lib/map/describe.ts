/** The words of a map: its title, its text alternative and its markers' names, written from what it shows. */
import { clusterName, markerLabel } from './region-map';

const list = (items: readonly string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);

/** "1 event", "11 events". */
export const eventCount = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;

/** A map's title when the editor gives none: what it shows, most telling first. */
export function mapTitle(routeNames: readonly string[], placeNames: readonly string[]): string {
  if (routeNames.length && placeNames.length) return `Kazakhstan's oil routes and where events happened`;
  if (routeNames.length) return `Kazakhstan's oil routes: ${list(routeNames)}`;
  return `Where it happened: ${list(placeNames)}`;
}

/**
 * The text alternative for the drawing: what the map covers, its routes with their ends, the places it marks and
 * those beyond its edge. The list under the map says the same in full.
 */
export function mapDescription(map: {
  routes: readonly { name: string; from: string; to: string }[];
  places: readonly { name: string; events: number; inFrame: boolean }[];
}): string {
  const parts = ['A map of Kazakhstan and the countries around it, with Kazakhstan shaded.'];
  if (map.routes.length) {
    const routes = map.routes.map((r) => `${r.name}, ${r.from} to ${r.to}`);
    parts.push(`Schematic lines show ${map.routes.length === 1 ? 'a route' : 'routes'}: ${routes.join('; ')}.`);
  }
  const inside = map.places.filter((p) => p.inFrame);
  const beyond = map.places.filter((p) => !p.inFrame);
  if (inside.length) {
    const named = inside.map((p) => (p.events ? `${p.name} (${eventCount(p.events)})` : p.name));
    parts.push(`Marked: ${list(named)}.`);
  }
  if (beyond.length) {
    parts.push(`Arrows at the edge point towards ${list(beyond.map((p) => p.name))}, beyond the map.`);
  }
  parts.push('The list under the map gives the same information.');
  return parts.join(' ');
}

/**
 * A marker's accessible name: its label, the places, where they are, and where the link goes: "Bucha, Ukraine:
 * Kazakhstan's yurt opens in Bucha, on the timeline", "Astana, Kazakhstan: 11 events, listed under the map" or
 * "Kyiv +1 (Kyiv and Bucha), Ukraine: 2 events, listed under the map".
 */
export function markerName(
  places: readonly { name: string; country: string }[],
  events: readonly { title: string }[],
  options: { beyond?: boolean; listedOn?: 'this page' | 'the map page' } = {},
): string {
  const { beyond = false, listedOn = 'this page' } = options;
  const countries = [...new Set(places.map((p) => p.country))];
  const names = places.map((p) => p.name);
  // The name starts with what the marker shows ("Kyiv +1"), so a reader who sees the label can say it to speech
  // input and be understood (WCAG 2.5.3, label in name); then every place it stands for.
  const label = markerLabel(names);
  const cluster = clusterName(names);
  const shown = label === cluster ? cluster : `${label} (${cluster})`;
  const where = `${shown}, ${list(countries)}${beyond ? ', beyond the map' : ''}`;
  if (events.length === 0) return where;
  const [only] = events;
  if (events.length === 1 && only) return `${where}: ${only.title}, on the timeline`;
  return `${where}: ${eventCount(events.length)}, listed ${listedOn === 'this page' ? 'under the map' : 'on the map page'}`;
}
