/**
 * Trade views: which rows a chart shows, in what order, with what shares, and what sentence sums them up.
 * Figures on different bases (the reporter's statistics, or the partner's mirror figures) or in different
 * currencies are never ranked together.
 */
import { BASES, BLOC_CODES, FLOWS, isBloc, isFullYear, UNITS, type Basis, type Flow, type TradeRow, type Unit } from '~/lib/trade/csv';

export interface TradeView {
  reporter: string;
  /** A full calendar year. */
  period: string;
  flow: Flow;
  basis: Basis;
}

// House style names some countries as the site's prose does; Intl supplies the rest.
const NAME_OVERRIDES: Record<string, string> = { TR: 'Turkey', ...BLOC_CODES };
const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'code' });

/** The English name of a partner code: `DE` → Germany, `EU` → European Union. */
export function partnerName(code: string): string {
  return NAME_OVERRIDES[code] ?? regionNames.of(code) ?? code;
}

const WITH_ARTICLE = new Set(['NL', 'US', 'GB', 'AE', 'CZ', 'PH', 'EU']);

/** A partner's name as it reads inside a sentence: "the Netherlands", "the United States", "Germany". */
export function partnerInProse(code: string): string {
  return WITH_ARTICLE.has(code) ? `the ${partnerName(code)}` : partnerName(code);
}

/** A stable id for a view: `kz-2022-turnover-reporter`. */
export function viewId(view: TradeView): string {
  return `${view.reporter.toLowerCase()}-${view.period}-${view.flow}-${view.basis}`;
}

const isPartnerCountry = (row: TradeRow) => !isBloc(row.partner);

/** Rows of one view: same reporter, period, flow and basis. */
export function selectRows(rows: readonly TradeRow[], view: TradeView): TradeRow[] {
  if (!isFullYear(view.period)) {
    throw new Error(`A trade view must be a full calendar year; got '${view.period}'. Part-year figures are never ranked.`);
  }
  return rows.filter(
    (r) => r.reporter === view.reporter && r.period === view.period && r.flow === view.flow && r.basis === view.basis,
  );
}

/** Every full-year view with at least one partner country, newest year first, then turnover, exports, imports. */
export function availableViews(rows: readonly TradeRow[], reporter: string): TradeView[] {
  const keys = new Map<string, TradeView>();
  for (const row of rows) {
    if (row.reporter !== reporter || !isFullYear(row.period) || !isPartnerCountry(row)) continue;
    const view = { reporter, period: row.period, flow: row.flow, basis: row.basis };
    keys.set(viewId(view), view);
  }
  return [...keys.values()].sort(
    (a, b) =>
      b.period.localeCompare(a.period) || FLOWS.indexOf(a.flow) - FLOWS.indexOf(b.flow) || BASES.indexOf(a.basis) - BASES.indexOf(b.basis),
  );
}

export interface RankedPartner {
  row: TradeRow;
  rank: number;
  /** Share of the published total, 0–1; a derived number. Absent when no published total exists. */
  share?: number;
  /** Bar length relative to the largest value in the group, 0–1. */
  scale: number;
}

export interface RankedGroup {
  unit: Unit;
  partners: RankedPartner[];
  /** The published total with all partners (`WLD`) in this unit, when one exists and is not itself derived. */
  total?: TradeRow;
}

export interface RankedView {
  view: TradeView;
  /** One group per currency: figures in different currencies are never ranked against each other. */
  groups: RankedGroup[];
  /** The EU as a bloc, shown beside the ranking, not in it (it contains several of the partners). */
  blocs: TradeRow[];
}

/** Ranks a view's partner countries by value within each currency, with shares of a published total. */
export function rankView(rows: readonly TradeRow[], view: TradeView): RankedView {
  const selected = selectRows(rows, view);
  const present = new Set(selected.filter(isPartnerCountry).map((r) => r.unit));
  const units = UNITS.filter((unit) => present.has(unit));
  const groups = units.map((unit): RankedGroup => {
    const total = selected.find((r) => r.partner === 'WLD' && r.unit === unit && !r.derived && r.value > 0);
    const partners = selected
      .filter((r) => isPartnerCountry(r) && r.unit === unit)
      .sort((a, b) => b.value - a.value || partnerName(a.partner).localeCompare(partnerName(b.partner)));
    const max = partners[0]?.value ?? 1;
    return {
      unit,
      ...(total ? { total } : {}),
      partners: partners.map((row, i) => ({
        row,
        rank: i + 1,
        scale: max > 0 ? row.value / max : 0,
        ...(total ? { share: row.value / total.value } : {}),
      })),
    };
  });
  return { view, groups, blocs: selected.filter((r) => r.partner === 'EU') };
}

export interface BasisComparison {
  reporterRow?: TradeRow;
  mirrorRow?: TradeRow;
  /** Mirror minus reporter figure, only when both are in the same currency (derived). */
  difference?: number;
  /** Mirror divided by reporter figure, only when both are in the same currency (derived). */
  ratio?: number;
}

/** The same trade seen from both sides: the reporter's figure against the partner's mirror figure. */
export function compareBases(
  rows: readonly TradeRow[],
  pair: { reporter: string; partner: string; period: string; flow: Flow },
): BasisComparison {
  const find = (basis: Basis) =>
    rows.find(
      (r) => r.reporter === pair.reporter && r.partner === pair.partner && r.period === pair.period && r.flow === pair.flow && r.basis === basis,
    );
  const reporterRow = find('reporter');
  const mirrorRow = find('mirror');
  const comparison: BasisComparison = { ...(reporterRow ? { reporterRow } : {}), ...(mirrorRow ? { mirrorRow } : {}) };
  if (reporterRow && mirrorRow && reporterRow.unit === mirrorRow.unit && reporterRow.value > 0) {
    comparison.difference = Math.round((mirrorRow.value - reporterRow.value) * 100) / 100;
    comparison.ratio = mirrorRow.value / reporterRow.value;
  }
  return comparison;
}

const money = {
  'USD bn': new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'USD', currencyDisplay: 'symbol', minimumFractionDigits: 0, maximumFractionDigits: 2 }),
  'EUR bn': new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 2 }),
} satisfies Record<Unit, Intl.NumberFormat>;

/** `US$26.1 bn`, `€8.2 bn`; `about US$14.9 bn` for an approximate figure. */
export function formatValue(value: number, unit: Unit, options: { approx?: boolean } = {}): string {
  const text = `${money[unit].format(value)} bn`;
  return options.approx ? `about ${text}` : text;
}

/** A row's value as readers see it, marked when approximate. */
export function formatRow(row: TradeRow): string {
  return formatValue(row.value, row.unit, { approx: row.approx });
}

const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

/** `19.4%`. */
export function formatShare(share: number): string {
  return percent.format(share);
}

/** A flow in words for captions: `Total trade (turnover)`, `Kazakhstan's exports`, `Kazakhstan's imports`. */
export function describeFlow(flow: Flow): string {
  return { turnover: 'Total trade (turnover)', exports: "Kazakhstan's exports", imports: "Kazakhstan's imports" }[flow];
}

/** Whose statistics a basis means, for captions. */
export function describeBasis(basis: Basis, reporter: string): string {
  return basis === 'reporter'
    ? `as reported by ${partnerName(reporter)}`
    : "as reported by each partner's own statistics (mirror figures)";
}

function role(flow: Flow): string {
  return { turnover: 'largest trading partner by turnover', exports: 'largest export market', imports: 'largest source of imports' }[flow];
}

function figure(p: RankedPartner): string {
  const derived = p.row.derived ? ', derived' : '';
  return `${partnerInProse(p.row.partner)} (${formatRow(p.row)}${derived})`;
}

/** The value of one partner in a view, if the view has a figure for it in the given currency. */
function valueIn(rows: readonly TradeRow[], view: TradeView, partner: string, unit: Unit): number | undefined {
  return selectRows(rows, view).find((r) => r.partner === partner && r.unit === unit)?.value;
}

/**
 * One plain-English sentence (two at most) summing up a view, written from the data: who leads, who follows, and
 * whether the leader overtook last year's leader. "Overtook" is said only when both partners have figures in both
 * years, on the same basis and in the same currency, and their order really flipped.
 */
export function summarizeView(rows: readonly TradeRow[], view: TradeView): string {
  const ranked = rankView(rows, view);
  const group = ranked.groups[0];
  const leader = group?.partners[0];
  if (!group || !leader) return `No ${view.flow} figures were found for ${view.period}.`;
  const reporter = partnerName(view.reporter);
  const count = ranked.groups.reduce((n, g) => n + g.partners.length, 0);
  if (count === 1) {
    const whose = view.basis === 'mirror' ? "in the partners' own statistics" : `in ${reporter}'s statistics`;
    return `For ${view.period}, only ${figure(leader)} was found ${whose}, so there is no ranking to show.`;
  }
  const scope =
    view.basis === 'mirror'
      ? `By the partners' own statistics (${count} found)`
      : `Among the ${count} partners for which ${reporter}'s figures were found`;

  if (ranked.groups.length > 1) {
    const currency = { 'USD bn': 'in US dollars', 'EUR bn': 'in euros' } as const;
    const leaders = ranked.groups.map((g) => `${figure(g.partners[0]!)} of those ${currency[g.unit]}`);
    return `${scope}: in ${view.period} the largest figures were ${leaders.join(' and ')}. Figures in different currencies are not ranked against each other.`;
  }

  const runnerUp = group.partners[1]!;
  const previous = { ...view, period: String(Number(view.period) - 1) };
  const leaderBefore = valueIn(rows, previous, leader.row.partner, group.unit);
  const runnerUpBefore = valueIn(rows, previous, runnerUp.row.partner, group.unit);
  const overtook = leaderBefore !== undefined && runnerUpBefore !== undefined && runnerUpBefore > leaderBefore;
  const sentence = overtook
    ? `In ${view.period} ${partnerInProse(leader.row.partner)} overtook ${partnerInProse(runnerUp.row.partner)} as ${reporter}'s ${role(view.flow)}: ${figure(leader)} against ${figure(runnerUp)}.`
    : `In ${view.period} ${figure(leader)} was ${reporter}'s ${role(view.flow)}, ahead of ${group.partners.slice(1, 3).map(figure).join(' and ')}.`;
  return `${scope}: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}
