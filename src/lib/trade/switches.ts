/**
 * The trade panel's switches as a grid of plain links: one row per flow (grouped by basis), one column per year,
 * oldest to newest. Only the views offered as rankings get a link; a combination with nothing to show is an empty
 * slot, never a link that leads somewhere else. Every view gets the same grid with only the current link marked,
 * so the switches never move or change shape as a reader switches.
 */
import { BASIS_LABELS, FLOW_LABELS } from './labels';
import { BASES, FLOWS, viewId, type Basis, type Flow, type TradeView } from './model';

export interface SwitchCell {
  year: string;
  /** The view this link shows, by id; absent when that year has no ranking for this row. */
  target?: string;
  current: boolean;
}

export interface SwitchRow {
  flow: Flow;
  label: string;
  /** One cell per year of the grid, in the grid's order. */
  cells: SwitchCell[];
}

export interface SwitchSection {
  basis: Basis;
  label: string;
  rows: SwitchRow[];
}

export interface SwitchGrid {
  /** Every year with a view on offer, oldest first: the reading order. */
  years: string[];
  sections: SwitchSection[];
}

/** The switch grid for one view among the offered ones. Rows and sections with no view on offer are left out. */
export function switchGrid(current: TradeView, offered: readonly TradeView[]): SwitchGrid {
  const ids = new Set(offered.map(viewId));
  const years = [...new Set(offered.map((v) => v.period))].sort();
  const sections = BASES.map((basis): SwitchSection => ({
    basis,
    label: BASIS_LABELS[basis],
    rows: FLOWS.map((flow): SwitchRow => ({
      flow,
      label: FLOW_LABELS[flow],
      cells: years.map((year) => {
        const id = viewId({ period: year, flow, basis });
        return ids.has(id) ? { year, target: id, current: id === viewId(current) } : { year, current: false };
      }),
    })).filter((row) => row.cells.some((cell) => cell.target)),
  })).filter((section) => section.rows.length > 0);
  return { years, sections };
}

/** How a view is named to readers and screen readers: "2022, exports, partners' figures". */
export function describeView(view: TradeView): string {
  return `${view.period}, ${FLOW_LABELS[view.flow].toLowerCase()}, ${BASIS_LABELS[view.basis].replace(/^Partners/, 'partners')}`;
}
