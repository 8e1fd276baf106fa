/**
 * Every word and number format the trade figures are shown with, defined once: partner names, flows, bases, units,
 * values and shares. Components, summaries, switches and downloads all read them from here.
 */
import { BLOC_CODES, REPORTER, type Basis, type Flow, type TradeRow, type Unit } from './model';

// House style names some countries as the site's prose does; Intl supplies the rest.
const NAME_OVERRIDES: Record<string, string> = { TR: 'Turkey', ...BLOC_CODES };
const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'code' });

/** The English name of a partner code: `DE` → Germany, `EU` → European Union. */
export function partnerName(code: string): string {
  return NAME_OVERRIDES[code] ?? regionNames.of(code) ?? code;
}

/** The reporter's name: Kazakhstan. */
export const REPORTER_NAME = partnerName(REPORTER);

const WITH_ARTICLE = new Set(['NL', 'US', 'GB', 'AE', 'CZ', 'PH', 'EU']);

/** A partner's name as it reads inside a sentence: "the Netherlands", "the United States", "Germany". */
export function partnerInProse(code: string): string {
  return WITH_ARTICLE.has(code) ? `the ${partnerName(code)}` : partnerName(code);
}

/** A possessive: "China's", "the Netherlands'", "the United States'". */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** Whose statistics a figure is, as a sentence names them: "Kazakhstan's statistics", "China's own statistics". */
export function whoseFigure(partner: string, basis: Basis): string {
  return basis === 'reporter'
    ? `${possessive(REPORTER_NAME)} statistics`
    : `${possessive(partnerInProse(partner))} own statistics`;
}

// Chart labels sit at line ends, where a long name would need the width the lines need.
const SHORT_NAMES: Record<string, string> = { EU: 'EU', US: 'US', KR: 'S. Korea' };

/** A partner's name as a chart label at a line's end: `EU`, `Germany`. */
export function partnerShortName(code: string): string {
  return SHORT_NAMES[code] ?? partnerName(code);
}

/** Switch labels for flows. */
export const FLOW_LABELS: Record<Flow, string> = { turnover: 'Total trade', exports: 'Exports', imports: 'Imports' };

/** Switch labels for bases. */
export const BASIS_LABELS: Record<Basis, string> = {
  reporter: `${REPORTER_NAME}'s figures`,
  mirror: "Partners' figures",
};

/** A unit in words, for group headings and table captions. */
export const UNIT_NAMES: Record<Unit, string> = { 'USD bn': 'US dollars, billions', 'EUR bn': 'euros, billions' };

/** A unit as a phrase inside a sentence. */
export const UNIT_IN_PROSE: Record<Unit, string> = { 'USD bn': 'in US dollars', 'EUR bn': 'in euros' };

/** A flow in words for captions: `Total trade (turnover)`, `Kazakhstan's exports`, `Kazakhstan's imports`. */
export function describeFlow(flow: Flow): string {
  return {
    turnover: 'Total trade (turnover)',
    exports: `${REPORTER_NAME}'s exports`,
    imports: `${REPORTER_NAME}'s imports`,
  }[flow];
}

/** Whose statistics a basis means, for captions. */
export function describeBasis(basis: Basis): string {
  return basis === 'reporter'
    ? `as reported by ${REPORTER_NAME}`
    : "as reported by each partner's own statistics (mirror figures)";
}

/** Who counted a part-year figure, for the part-year table. */
export function countedBy(basis: Basis): string {
  return basis === 'reporter' ? 'Kazakh side' : "Partner's side";
}

/** What the leader of a view is called in a summary sentence. */
export function leaderRole(flow: Flow): string {
  return {
    turnover: 'largest trading partner by turnover',
    exports: 'largest export market',
    imports: 'largest source of imports',
  }[flow];
}

const money = {
  'USD bn': new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'symbol',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }),
  'EUR bn': new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }),
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

/** A row's value as prose quotes it: `about US$14.9 bn (derived)` when we calculated it. */
export function formatFigure(row: TradeRow): string {
  return row.derived ? `${formatRow(row)} (derived)` : formatRow(row);
}

const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

/** `19.4%`. */
export function formatShare(share: number): string {
  return percent.format(share);
}

/** A chart's caption line: `Total trade (turnover), 2022, as reported by Kazakhstan`. */
export function viewCaption(view: { period: string; flow: Flow; basis: Basis }): string {
  return `${describeFlow(view.flow)}, ${view.period}, ${describeBasis(view.basis)}`;
}
