import { citationAnchor, groupCitationParts, type NumberedSource } from '~/lib/briefing/citations';

/** What one <Cite> renders: one number of its marker group, linking to its source, with its own anchor. */
export interface RenderedCitation {
  /** The source it links to: within a group, sorted by number, so not always the id its <Cite> was given. */
  id: string;
  number: number;
  /** Its own id, which the list of sources links back to. */
  anchor: string;
  /** Its link text ('[17]', '[3,', '–14]'); empty inside a range ('[10–14]' shows 11 to 13 by the dash alone). */
  text: string;
  /** It opens ('[10') or closes ('–14]') a range. */
  range?: 'start' | 'end';
  /** The group's number on the page (1-based), when the group has more than one citation. */
  group?: number;
}

/** What each <Cite> in one page needs: the numbers, and what each citation renders or how far counting has got. */
export interface CitationState {
  numbers: ReadonlyMap<string, number>;
  /** How many times each source has been cited so far (when each <Cite> stands alone). */
  seen: Map<string, number>;
  /**
   * With runs: by the id a <Cite> is given, what its uses render, in reading order; each <Cite> takes the next.
   * Keyed by id rather than kept as one queue because components do not always render in reading order: a
   * <ClaimCheck> renders the citations in its evidence before its own.
   */
  planned?: Map<string, RenderedCitation[]>;
}

/**
 * Fresh state for one page render. With `runs` (from `citationRuns()`), adjacent citations merge into one marker
 * group, sorted by number; without, each <Cite> renders its own "[n]".
 */
export function createCitationState(
  numbered: readonly NumberedSource[],
  runs: readonly (readonly string[])[] = [],
): CitationState {
  const state: CitationState = { numbers: new Map(numbered.map((s) => [s.id, s.number])), seen: new Map() };
  if (runs.length === 0) return state;
  const planned = new Map<string, RenderedCitation[]>();
  runs.forEach((run, index) => {
    // An id the page does not list stays unplanned; its <Cite> says so when it renders.
    if (!run.every((id) => state.numbers.has(id))) return;
    renderRun(state, run, index).forEach((rendered, i) => {
      const id = run[i] ?? '';
      planned.set(id, [...(planned.get(id) ?? []), rendered]);
    });
  });
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
function renderRun(state: CitationState, run: readonly string[], index: number): RenderedCitation[] {
  const sorted = run.map((id) => ({ id, number: numberOf(state, id) })).sort((a, b) => a.number - b.number);
  const parts = groupCitationParts(sorted.map((c) => c.number));
  return sorted.map(({ id, number }, i) => ({
    id,
    number,
    anchor: anchorFor(state, id),
    text: parts[i]?.text ?? '',
    ...(parts[i]?.range ? { range: parts[i]?.range } : {}),
    ...(run.length > 1 ? { group: index + 1 } : {}),
  }));
}

/** Records one more inline citation of `id` and returns what it renders. */
export function nextCitation(state: CitationState, id: string): RenderedCitation {
  const number = numberOf(state, id);
  if (!state.planned) {
    return { id, number, anchor: anchorFor(state, id), text: `[${number}]` };
  }
  const rendered = state.planned.get(id)?.shift();
  // The page read its citations from the same text it renders, so this only trips on a misuse in code.
  if (!rendered) throw new Error(`<Cite id="${id}" /> renders more often than the page's text cites it`);
  return rendered;
}
