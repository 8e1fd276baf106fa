/**
 * The year, flow and basis switches of a trade panel as plain links: for the view on screen, where each option
 * leads. An option whose exact view has no data leads to the closest view that has (same year first); an option
 * with nowhere to go is left out rather than shown dead.
 */
import { BASIS_LABELS, FLOW_LABELS } from './labels';
import { BASES, FLOWS, viewId, type TradeView } from './model';

export interface SwitchOption {
  label: string;
  /** The view this option shows, by id. */
  target: string;
  current: boolean;
}

export interface SwitchGroup {
  name: 'year' | 'flow' | 'basis';
  label: string;
  options: SwitchOption[];
}

/** The switches for one view among the available ones. Groups with a single option are left out. */
export function switchesFor(current: TradeView, available: readonly TradeView[]): SwitchGroup[] {
  const ids = new Set(available.map(viewId));
  const first = (...candidates: TradeView[]) => candidates.find((v) => ids.has(viewId(v)));
  const same = current;
  const years = [...new Set(available.map((v) => v.period))].sort().reverse();
  const flows = FLOWS.filter((f) => available.some((v) => v.flow === f));
  const bases = BASES.filter((b) => available.some((v) => v.basis === b));

  const groups: SwitchGroup[] = [
    {
      name: 'year',
      label: 'Year',
      options: years.map((period) => ({
        label: period,
        view: first(
          { ...same, period },
          { ...same, period, flow: 'turnover' },
          { ...same, period, flow: 'turnover', basis: 'reporter' },
          ...available.filter((v) => v.period === period),
        ),
      })),
    },
    {
      name: 'flow',
      label: 'Figures',
      options: flows.map((flow) => ({
        label: FLOW_LABELS[flow],
        view: first({ ...same, flow }, { ...same, flow, basis: 'reporter' }),
      })),
    },
    {
      name: 'basis',
      label: 'Source',
      options: bases.map((basis) => ({
        label: BASIS_LABELS[basis],
        view: first({ ...same, basis }, { ...same, basis, flow: 'turnover' }),
      })),
    },
  ].map((group) => ({
    name: group.name as SwitchGroup['name'],
    label: group.label,
    options: group.options
      .filter((o): o is { label: string; view: TradeView } => o.view !== undefined)
      .map((o) => ({
        label: o.label,
        target: viewId(o.view),
        current: viewId(o.view) === viewId(current) && isOptionOf(group.name, o.view, current),
      })),
  }));
  return groups.filter((g) => g.options.length > 1);
}

function isOptionOf(group: string, option: TradeView, current: TradeView): boolean {
  if (group === 'year') return option.period === current.period;
  if (group === 'flow') return option.flow === current.flow;
  return option.basis === current.basis;
}

/** How a view is named to readers and screen readers: "2022, exports, partners' figures". */
export function describeView(view: TradeView): string {
  return `${view.period}, ${FLOW_LABELS[view.flow].toLowerCase()}, ${BASIS_LABELS[view.basis].replace(/^Partners/, 'partners')}`;
}
