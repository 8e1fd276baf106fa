import { citationAnchor, groupCitationParts, type NumberedSource } from './citations';

/** One citation in a marker group: its number, linking to its source, with its own anchor. */
export interface RenderedCitation {
  /** The source it links to: within a group, sorted by number, so not always the id its <Cite> was given. */
  id: string;
  number: number;
  /** Its own id, which the list of sources links back to. */
  anchor: string;
  /** Its link text ('[17]', '[3,', '[10–14]'); empty inside a range, whose first citation's link covers it. */
  text: string;
  /** Its link covers a range, up to this number. */
  through?: number;
}

/** A run of adjacent citations as the first of its <Cite>s to render draws it, and whether one has. */
interface PlannedMarker {
  citations: RenderedCitation[];
  drawn: boolean;
}

/** What each <Cite> in one page needs: the numbers, and what each citation renders or how far counting has got. */
export interface CitationState {
  numbers: ReadonlyMap<string, number>;
  /** How many times each source has been cited so far (when each <Cite> stands alone). */
  seen: Map<string, number>;
  /**
   * With runs: by the id a <Cite> is given, the marker group each of its uses belongs to, in reading order; each
   * <Cite> takes the next. Keyed by id rather than kept as one queue because components do not always render in
   * reading order: a <ClaimCheck> renders the citations in its evidence before its own.
   */
  planned?: Map<string, PlannedMarker[]>;
}

/**
 * Fresh state for one page render. With `runs` (from `citationRuns()`), adjacent citations merge into one marker
 * group, sorted by number, which the first <Cite> of the run draws whole (one element, so a line cannot break
 * inside it); without, each <Cite> draws its own "[n]".
 */
export function createCitationState(
  numbered: readonly NumberedSource[],
  runs: readonly (readonly string[])[] = [],
): CitationState {
  const state: CitationState = { numbers: new Map(numbered.map((s) => [s.id, s.number])), seen: new Map() };
  if (runs.length === 0) return state;
  const planned = new Map<string, PlannedMarker[]>();
  for (const run of runs) {
    // An id the page does not list stays unplanned; its <Cite> says so when it renders.
    if (!run.every((id) => state.numbers.has(id))) continue;
    const marker: PlannedMarker = { citations: renderRun(state, run), drawn: false };
    for (const id of run) planned.set(id, [...(planned.get(id) ?? []), marker]);
  }
  state.planned = planned;
  return state;
}

function numberOf(state: CitationState, id: string): number {
  const number = state.numbers.get(id);
  // The build checks every <Cite> id against the briefing's sources first, so this only trips on a misuse in code.
  if (number === undefined) throw new Error(`<Cite id="${id}" /> is not among this page's sources`);
  return number;
}

function anchorFor(state: CitationState, id: string): string {
  const occurrence = (state.seen.get(id) ?? 0) + 1;
  state.seen.set(id, occurrence);
  return citationAnchor(id, occurrence);
}

/**
 * Renders a run: the Nth citation of the run shows the Nth smallest number and links to that number's source.
 * Anchors count in that order, so the list's back-links a, b, c… meet the citations in page order.
 */
function renderRun(state: CitationState, run: readonly string[]): RenderedCitation[] {
  const sorted = run.map((id) => ({ id, number: numberOf(state, id) })).sort((a, b) => a.number - b.number);
  const parts = groupCitationParts(sorted.map((c) => c.number));
  return sorted.map(({ id, number }, i) => ({
    id,
    number,
    anchor: anchorFor(state, id),
    text: parts[i]?.text ?? '',
    ...(parts[i]?.through === undefined ? {} : { through: parts[i]?.through }),
  }));
}

/**
 * Records one more inline citation of `id` and returns what its <Cite> draws: the whole marker group when it is the
 * first of its run to render, nothing for the others (the group already holds their numbers and anchors).
 */
export function nextCitation(state: CitationState, id: string): RenderedCitation[] {
  const number = numberOf(state, id);
  if (!state.planned) {
    return [{ id, number, anchor: anchorFor(state, id), text: `[${number}]` }];
  }
  const marker = state.planned.get(id)?.shift();
  // The page read its citations from the same text it renders, so this only trips on a misuse in code.
  if (!marker) throw new Error(`<Cite id="${id}" /> renders more often than the page's text cites it`);
  if (marker.drawn) return [];
  marker.drawn = true;
  return marker.citations;
}
