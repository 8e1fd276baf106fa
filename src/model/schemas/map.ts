import { z } from 'astro/zod';
import { entryId, list, text } from '~/model/schemas/fields';

/** Decimal degrees; the range is checked with the other coordinate in view (see placeSchema). */
const degrees = (example: string) =>
  z
    .number({ error: `must be a number of decimal degrees, e.g. ${example}` })
    .refine(Number.isFinite, `must be a finite number of decimal degrees, e.g. ${example}`);

/**
 * One place on the map: an entry of `content/map/places.yaml`, keyed by the id events (`place:`) and routes
 * (`line:`) use. A place is a point: a city, a terminal, a pumping station.
 */
export const placeSchema = z
  .object({
    /** The name readers see, in the usual English spelling ("Astana", "Kyiv"). */
    name: text('the place name'),
    /** The country it is in today, as readers know it ("Kazakhstan", "Ukraine"). */
    country: text('the country'),
    /** Latitude in decimal degrees, north positive: 51.167 for Astana. */
    lat: degrees('51.167 (north is positive, south negative)'),
    /** Longitude in decimal degrees, east positive: 71.433 for Astana. */
    lon: degrees('71.433 (east is positive, west negative)'),
    /** Other names and spellings readers may know it by: former names, transliterations, the local script. */
    aka: list(text('a name'), '"Nur-Sultan", "Akmola"').default([]),
  })
  .strict()
  .superRefine(({ lat, lon }, ctx) => {
    // Latitude and longitude swapped is the commonest slip: say so when the numbers fit the other way round.
    const swapped = Math.abs(lat) > 90 && Math.abs(lon) <= 90 ? '; are lat and lon swapped?' : '';
    if (Math.abs(lat) > 90) {
      ctx.addIssue({
        code: 'custom',
        path: ['lat'],
        message: `must be between -90 and 90 degrees; got ${lat}${swapped}`,
      });
    }
    if (Math.abs(lon) > 180) {
      ctx.addIssue({ code: 'custom', path: ['lon'], message: `must be between -180 and 180 degrees; got ${lon}` });
    }
  });

export type PlaceData = z.output<typeof placeSchema>;

/** A figure about a route (its capacity, a year's volume), as published, with the source that gives it. */
export const routeFigureSchema = z
  .object({
    /** What the figure measures: "Capacity", "Kazakh oil carried in 2023". */
    label: text('what the figure measures'),
    /** The figure in words and units, as the source gives it: "67 million tonnes a year". */
    value: text('the figure with its unit'),
    /** The id of the source that publishes it. */
    source: entryId(),
    /** Caveats readers should see: "derived: 56 divided by 70.5 million tonnes", "one source". */
    note: text('a note').optional(),
  })
  .strict();

/**
 * One export route: an entry of `content/map/routes.yaml`, keyed by its id (`<RegionMap routes={["cpc"]} />`). Its
 * line is schematic: straight segments between the places it passes, never the pipe's real course.
 */
export const routeSchema = z
  .object({
    /** The short name drawn on the map ("CPC pipeline"). */
    name: text('the short name'),
    /** The full name, from start to end ("Caspian Pipeline Consortium: Tengiz to Novorossiysk"). */
    title: text('the full name'),
    /** What it carries, in one sentence. */
    carries: text('what the route carries'),
    /** The route in a sentence or two: how it runs, what the line leaves out. */
    summary: text('a one- or two-sentence summary'),
    /** The places it passes, in order from start to end: ids from `content/map/places.yaml`. At least two. */
    line: list(entryId(), 'tengiz, atyrau, novorossiysk').min(2, 'must list at least two places, start and end'),
    /** Its capacity or volumes where a source gives them. */
    figures: z
      .array(routeFigureSchema, {
        error: 'must be a list of figures, each with label, value and source',
      })
      .default([]),
    /** Ids of timeline events about this route. */
    events: list(entryId()).default([]),
    /** Ids of the sources for the route's course and what it carries. At least one. */
    sources: list(entryId()).min(1, 'must cite at least one source id'),
  })
  .strict();

export type RouteData = z.output<typeof routeSchema>;
