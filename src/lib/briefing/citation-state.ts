import { citationAnchor, type NumberedSource } from '~/lib/briefing/citations';

/** What each <Cite> in one page needs: the numbers, and how many times each source has been cited so far. */
export interface CitationState {
  numbers: ReadonlyMap<string, number>;
  seen: Map<string, number>;
}

/** Fresh state for one page render. */
export function createCitationState(numbered: readonly NumberedSource[]): CitationState {
  return { numbers: new Map(numbered.map((s) => [s.id, s.number])), seen: new Map() };
}

/** Records one more inline citation of `id` and returns its number and its own anchor. */
export function nextCitation(state: CitationState, id: string): { number: number; anchor: string } {
  const number = state.numbers.get(id);
  // The build checks every <Cite> id against the briefing's sources first, so this only trips on a misuse in code.
  if (number === undefined) throw new Error(`<Cite id="${id}" /> is not among this page's sources`);
  const occurrence = (state.seen.get(id) ?? 0) + 1;
  state.seen.set(id, occurrence);
  return { number, anchor: citationAnchor(id, occurrence) };
}
