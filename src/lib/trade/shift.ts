/**
 * How trade with each partner moved between two years: the home page's lead chart. Only partners with a figure in
 * both years, on one basis and in one currency, are compared; the others are named, never dropped silently.
 */
import { leaderRole, partnerInProse, partnerName, REPORTER_NAME } from './labels';
import { isBloc, UNITS, type Basis, type Flow, type TradeRow, type Unit } from './model';
import { selectRows } from './rank';

/** Which two years to compare, and which figures. */
export interface ShiftSpec {
  /** The earlier full year, e.g. '2021'. */
  from: string;
  /** The later full year, e.g. '2023'. */
  to: string;
  flow: Flow;
  basis: Basis;
}

/** One partner's figures in both years. */
export interface PartnerShift {
  partner: string;
  fromRow: TradeRow;
  toRow: TradeRow;
  /** The later figure over the earlier one, minus one (0.74 for +74%): our calculation, so derived. */
  change: number;
  /** Bar lengths, 0–1, on one scale shared by every bar in the chart (zero to the largest figure in either year). */
  fromScale: number;
  toScale: number;
}

/** The comparison the chart draws. */
export interface TradeShift extends ShiftSpec {
  /** The currency the compared figures share. */
  unit: Unit;
  /** Partners with figures in both years, largest in the later year first. */
  partners: PartnerShift[];
  /** Partner countries with a figure in only one of the two years: not compared. */
  onlyFrom: TradeRow[];
  onlyTo: TradeRow[];
  /** Partner countries with figures in both years but not both in the chart's currency: not compared either. */
  otherCurrency: string[];
}

const byValue = (a: TradeRow, b: TradeRow) =>
  b.value - a.value || partnerName(a.partner).localeCompare(partnerName(b.partner));

/**
 * The partners to compare between two years: partner countries (not the EU or the total) with a figure in both, in
 * the currency most of those pairs share, largest in the later year first.
 */
export function tradeShift(rows: readonly TradeRow[], spec: ShiftSpec): TradeShift {
  const view = (period: string) =>
    selectRows(rows, { period, flow: spec.flow, basis: spec.basis }).filter((r) => !isBloc(r.partner));
  const before = view(spec.from);
  const after = view(spec.to);
  const pairsIn = (unit: Unit) =>
    after.flatMap((toRow) => {
      const fromRow = before.find((r) => r.partner === toRow.partner && r.unit === unit);
      return toRow.unit === unit && fromRow ? [{ fromRow, toRow }] : [];
    });
  // The currency with the most pairs (US dollars, for Kazakhstan's own figures); UNITS order breaks a tie.
  const unit = UNITS.reduce((best, u) => (pairsIn(u).length > pairsIn(best).length ? u : best), UNITS[0]);
  const pairs = pairsIn(unit).sort((a, b) => byValue(a.toRow, b.toRow));
  const max = Math.max(0, ...pairs.flatMap((p) => [p.fromRow.value, p.toRow.value]));
  const scale = (value: number) => (max > 0 ? value / max : 0);
  const compared = new Set(pairs.map((p) => p.toRow.partner));
  const has = (list: readonly TradeRow[], code: string) => list.some((r) => r.partner === code);
  return {
    ...spec,
    unit,
    partners: pairs.map(({ fromRow, toRow }) => ({
      partner: toRow.partner,
      fromRow,
      toRow,
      change: fromRow.value > 0 ? toRow.value / fromRow.value - 1 : Number.NaN,
      fromScale: scale(fromRow.value),
      toScale: scale(toRow.value),
    })),
    onlyFrom: before.filter((r) => !has(after, r.partner)).sort(byValue),
    onlyTo: after.filter((r) => !has(before, r.partner)).sort(byValue),
    otherCurrency: [...new Set(after.filter((r) => has(before, r.partner)).map((r) => r.partner))]
      .filter((code) => !compared.has(code))
      .sort((a, b) => partnerName(a).localeCompare(partnerName(b))),
  };
}

const signedPercent = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});

/** A change as the chart's table prints it: `+74%`, `−4%`, `0%`. */
export function formatChange(change: number): string {
  return Number.isFinite(change) ? signedPercent.format(change).replace('-', '−') : '–';
}

/** `a`, `a and b`, `a, b and c`. */
function listInProse(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The largest partner in the later year overtook the largest of the earlier year, among the partners compared. */
function overtaking(shift: TradeShift): { leader: PartnerShift; former: PartnerShift } | undefined {
  const leader = shift.partners[0];
  const former = [...shift.partners].sort((a, b) => byValue(a.fromRow, b.fromRow))[0];
  if (!leader || !former || leader === former) return undefined;
  // Only a real overtaking: the new leader was behind the former one before.
  return leader.fromRow.value < former.fromRow.value ? { leader, former } : undefined;
}

/** "The Netherlands" at the start of a sentence, "the Netherlands" inside one. */
const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * The chart's title, stating its finding in a few words: who overtook whom, when the leader changed and no partner
 * left out for want of a figure could have led either year; otherwise a plain description.
 */
export function shiftTitle(shift: TradeShift): string {
  const flip = overtaking(shift);
  const largest = (rows: readonly TradeRow[]) => rows.find((r) => r.unit === shift.unit)?.value ?? 0;
  if (
    flip &&
    largest(shift.onlyTo) <= flip.leader.toRow.value &&
    largest(shift.onlyFrom) <= flip.former.fromRow.value
  ) {
    return `${capitalised(partnerInProse(flip.leader.partner))} overtook ${partnerInProse(flip.former.partner)} as ${REPORTER_NAME}'s ${leaderRole(shift.flow)}`;
  }
  return `${REPORTER_NAME}'s ${FLOW_NOUNS[shift.flow].noun} with its partners, ${shift.from} and ${shift.to}`;
}

/** How a flow is named in the summary, and the preposition a partner takes after it. */
const FLOW_NOUNS: Record<Flow, { noun: string; partner: string }> = {
  turnover: { noun: 'trade', partner: 'with' },
  exports: { noun: 'exports', partner: 'to' },
  imports: { noun: 'imports', partner: 'from' },
};

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number) => NUMBER_WORDS[n] ?? String(n);

/**
 * The chart's point in words, written from the data: which way each compared partner's figure moved, who overtook
 * whom, and which partners are left out for want of a figure in one of the years. The figures themselves are on the
 * bars and in the table, so the sentence gives the gist rather than repeating every number.
 */
export function summarizeShift(shift: TradeShift): string {
  const { from, to } = shift;
  const whose = shift.basis === 'reporter' ? `${REPORTER_NAME}'s own figures` : "the partners' own figures";
  const { noun, partner } = FLOW_NOUNS[shift.flow];
  const count = shift.partners.length;
  if (count === 0) {
    return `By ${whose}, no partner has ${noun} figures for both ${from} and ${to}, so there is nothing to compare.`;
  }
  const names = (list: readonly PartnerShift[]) => listInProse(list.map((p) => partnerInProse(p.partner)));
  const rose = shift.partners.filter((p) => p.toRow.value > p.fromRow.value);
  const fell = shift.partners.filter((p) => p.toRow.value < p.fromRow.value);
  const same = shift.partners.filter((p) => p.toRow.value === p.fromRow.value);
  const flip = overtaking(shift);
  const overtook = flip
    ? `, and ${partnerInProse(flip.leader.partner)} overtook ${partnerInProse(flip.former.partner)} as the largest of them`
    : '';
  const sentences: string[] = [];
  if (rose.length === count || fell.length === count) {
    const verb = rose.length === count ? 'rose' : 'fell';
    const partners = count === 1 ? `the one partner that has` : `all ${inWords(count)} partners that have`;
    sentences.push(
      `By ${whose}, ${noun} ${verb} between ${from} and ${to} ${partner} ${partners} figures for both years${overtook}.`,
    );
  } else {
    const clauses = [
      rose.length > 0 && `rose ${partner} ${names(rose)}`,
      fell.length > 0 && `fell ${partner} ${names(fell)}`,
      same.length > 0 && `stayed the same ${partner} ${names(same)}`,
    ].filter((c): c is string => Boolean(c));
    sentences.push(
      `By ${whose}, of the ${inWords(count)} partners with figures for both ${from} and ${to}, ${noun} ${listInProse(clauses)}${overtook}.`,
    );
  }
  const leftOut = (rows: readonly TradeRow[], year: string) =>
    rows.length === 0 ? undefined : `${listInProse(rows.map((r) => partnerInProse(r.partner)))} (${year} only)`;
  const otherCurrency =
    shift.otherCurrency.length === 0
      ? undefined
      : `${listInProse(shift.otherCurrency.map(partnerInProse))} (in another currency)`;
  const missing = [leftOut(shift.onlyTo, to), leftOut(shift.onlyFrom, from), otherCurrency].filter(Boolean);
  if (missing.length > 0) sentences.push(`Not shown, for want of figures to compare: ${missing.join('; ')}.`);
  return sentences.join(' ');
}

/** What is wrong with a `<TradeShift>`'s years, in editors' words; empty when the chart can be drawn. */
export function shiftProblems(rows: readonly TradeRow[], spec: ShiftSpec): string[] {
  if (!/^\d{4}$/.test(spec.from) || !/^\d{4}$/.test(spec.to)) return [];
  if (spec.from >= spec.to) {
    return [`<TradeShift>: from={${spec.from}} must be an earlier year than to={${spec.to}}`];
  }
  const count = tradeShift(rows, spec).partners.length;
  if (count >= 2) return [];
  return [
    `<TradeShift>: ${count === 0 ? 'no partner has' : 'only one partner has'} ${spec.flow} figures on the ${spec.basis} basis in content/trade/ for both ${spec.from} and ${spec.to}; a comparison needs at least two`,
  ];
}
