/**
 * Cross-reference checks the schemas cannot do alone (they see one file at a time): every id a file cites must
 * exist. Each problem names the file, the field or line, and what was expected, so an editor can fix it unaided.
 */
import type { ContentProblem } from './problems';
import { unknownIdMessage } from './suggestions';

export interface BriefingRefs {
  filePath: string;
  sources: readonly string[];
  /** Ids of events shown as the briefing's own timeline. */
  events: readonly string[];
}

/** Ids that exist, by collection. */
export interface KnownIds {
  sources: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

/** Where a briefing's body uses components that carry ids. */
export interface ComponentUses {
  /** `<Cite id>` uses, and `<ClaimCheck source>` ones (`tag` says which, for the message). */
  cites: readonly { id: string; line: number; tag?: 'Cite' | 'ClaimCheck' }[];
  eventRefs: readonly { id: string; line: number }[];
}

function checkIdList(
  file: string,
  field: string,
  ids: readonly string[],
  known: ReadonlySet<string>,
  kind: string,
  expected: (id: string) => string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  ids.forEach((id, i) => {
    if (!known.has(id)) {
      problems.push({ file, field: `${field}[${i}]`, message: unknownIdMessage(kind, id, expected(id), known) });
    }
  });
  return problems;
}

const sourceFile = (id: string) => `a file content/sources/${id}.yaml`;
const eventFile = (id: string) => `a file content/events/${id}.yaml`;

/**
 * Checks a briefing's source and event lists, every `<Cite id>` (which must also be in its own source list) and
 * every `<EventRef id>` in its body against what exists.
 */
export function checkBriefingReferences(briefing: BriefingRefs, known: KnownIds, uses: ComponentUses): ContentProblem[] {
  const file = briefing.filePath;
  const problems = [
    ...checkIdList(file, 'sources', briefing.sources, known.sources, 'source', sourceFile),
    ...checkIdList(file, 'events', briefing.events, known.events, 'event', eventFile),
  ];
  const listed = new Set(briefing.sources);
  for (const { id, line, tag = 'Cite' } of uses.cites) {
    const written = tag === 'Cite' ? `<Cite id="${id}" />` : `<ClaimCheck source="${id}">`;
    if (id === '') {
      problems.push({ file, line, message: '<Cite> needs an id: <Cite id="source-id" />' });
    } else if (!known.sources.has(id)) {
      // Already reported against the frontmatter list; one message per mistake is enough.
      if (listed.has(id)) continue;
      problems.push({
        file,
        line,
        message: `${written}: ${unknownIdMessage('source', id, sourceFile(id), known.sources)}`,
      });
    } else if (!listed.has(id)) {
      problems.push({
        file,
        line,
        message: `${written} cites a source missing from this briefing's frontmatter; add '${id}' to sources`,
      });
    }
  }
  for (const { id, line } of uses.eventRefs) {
    if (!known.events.has(id)) {
      problems.push({
        file,
        line,
        message: `<EventRef id="${id}">: ${unknownIdMessage('event', id, eventFile(id), known.events)}`,
      });
    }
  }
  return problems;
}

export interface EventRefs {
  filePath: string;
  sources: readonly string[];
  actors: readonly string[];
  themes: readonly string[];
  place?: string | undefined;
}

const placeEntry = () => 'an entry in content/map/places.yaml';

/** Checks an event's sources, actors, themes and place against what exists. */
export function checkEventReferences(
  event: EventRefs,
  known: {
    sources: ReadonlySet<string>;
    actors: ReadonlySet<string>;
    themes: ReadonlySet<string>;
    places: ReadonlySet<string>;
  },
): ContentProblem[] {
  const file = event.filePath;
  const taxonomy = (name: string) => () => `an entry in content/taxonomy/${name}.yaml`;
  const place =
    event.place === undefined || known.places.has(event.place)
      ? []
      : [{ file, field: 'place', message: unknownIdMessage('place', event.place, placeEntry(), known.places) }];
  return [
    ...checkIdList(file, 'sources', event.sources, known.sources, 'source', sourceFile),
    ...checkIdList(file, 'actors', event.actors, known.actors, 'actor', taxonomy('actors')),
    ...checkIdList(file, 'themes', event.themes, known.themes, 'theme', taxonomy('themes')),
    ...place,
  ];
}

export interface RouteRefs {
  line: readonly string[];
  events: readonly string[];
  sources: readonly string[];
  figures: readonly { source: string }[];
}

/**
 * Checks a route in `file` (content/map/routes.yaml) against what exists: the places of its line, its events, its
 * sources and its figures' sources. Fields are named from the top of the file (`cpc.line[2]`).
 */
export function checkRouteReferences(
  file: string,
  id: string,
  route: RouteRefs,
  known: { sources: ReadonlySet<string>; events: ReadonlySet<string>; places: ReadonlySet<string> },
): ContentProblem[] {
  return [
    ...checkIdList(file, `${id}.line`, route.line, known.places, 'place', placeEntry),
    ...checkIdList(file, `${id}.events`, route.events, known.events, 'event', eventFile),
    ...checkIdList(file, `${id}.sources`, route.sources, known.sources, 'source', sourceFile),
    ...route.figures.flatMap((figure, i) =>
      checkIdList(file, `${id}.figures[${i}].source`, [figure.source], known.sources, 'source', sourceFile).map(
        (problem) => ({ ...problem, field: `${id}.figures[${i}].source` }),
      ),
    ),
  ];
}

/** Checks that every trade row cites a source that exists; problems name the CSV line and column. */
export function checkTradeSources(
  rows: readonly { file: string; line: number; source: string }[],
  sources: ReadonlySet<string>,
): ContentProblem[] {
  return rows
    .filter((row) => !sources.has(row.source))
    .map((row) => ({
      file: row.file,
      line: row.line,
      column: 'source',
      message: unknownIdMessage('source', row.source, sourceFile(row.source), sources),
    }));
}
