/** The plain-English sentence under each trade chart, written from the data. */
import {
  FLOW_LABELS,
  formatRow,
  leaderRole,
  partnerInProse,
  REPORTER_NAME,
  UNIT_IN_PROSE,
  whoseFigure,
} from './labels';
import { missingPartners, type MissingPartner } from './missing';
import type { TradeRow, TradeView } from './model';
import { rankView, valueIn, type RankedPartner } from './rank';

const either = new Intl.ListFormat('en-GB', { type: 'disjunction' });

function figure(p: RankedPartner): string {
  const derived = p.row.derived ? ', derived' : '';
  return `${partnerInProse(p.row.partner)} (${formatRow(p.row)}${derived})`;
}

/**
 * The sentence about partners with no figure in a view (see missing.ts): they are left out of the ranking, not
 * ranked last, and the other side's figure is given when one was published.
 */
export function missingSentence(view: TradeView, missing: readonly MissingPartner[]): string {
  if (missing.length === 0) return '';
  const names = either.format(missing.map((m) => partnerInProse(m.partner)));
  const others = missing.flatMap((m) =>
    m.otherBasis ? [`${whoseFigure(m.partner, m.otherBasis.basis)} give ${formatRow(m.otherBasis)}`] : [],
  );
  const flow = FLOW_LABELS[view.flow].toLowerCase();
  const sentence = `No ${view.period} figure for ${flow} was found for ${names}, so the ranking leaves ${missing.length > 1 ? 'them' : 'it'} out`;
  return `${sentence}${others.length ? `; ${others.join('; ')}` : ''}.`;
}

/**
 * One plain-English sentence (two at most, plus one on partners with no figure) summing up a view, written from
 * the data: who leads, who follows, and whether the leader overtook last year's leader. "Overtook" is said only
 * when both partners have figures in both years, on the same basis and in the same currency, and their order
 * really flipped. When partners the reader would expect have no figure, the leader leads "among them", not
 * Kazakhstan's trade.
 */
export function summarizeView(rows: readonly TradeRow[], view: TradeView): string {
  const ranked = rankView(rows, view);
  const missing = missingPartners(rows, view);
  const tail = missing.length ? ` ${missingSentence(view, missing)}` : '';
  const group = ranked.groups[0];
  const [leader, runnerUp] = group?.partners ?? [];
  if (!group || !leader) return `No ${view.flow} figures were found for ${view.period}.`;
  const count = ranked.groups.reduce((n, g) => n + g.partners.length, 0);
  const scope =
    view.basis === 'mirror'
      ? `By the partners' own statistics (${count} found)`
      : `Among the ${count} partners for which ${REPORTER_NAME}'s figures were found`;

  if (ranked.groups.length > 1) {
    const leaders = ranked.groups.flatMap((g) =>
      g.partners.slice(0, 1).map((p) => `${figure(p)} of those ${UNIT_IN_PROSE[g.unit]}`),
    );
    return `${scope}: in ${view.period} the largest figures were ${leaders.join(' and ')}. Figures in different currencies are not ranked against each other.${tail}`;
  }
  if (!runnerUp) {
    const whose = view.basis === 'mirror' ? "in the partners' own statistics" : `in ${REPORTER_NAME}'s statistics`;
    return `For ${view.period}, only ${figure(leader)} was found ${whose}, so there is no ranking to show.${tail}`;
  }

  const previous = { ...view, period: String(Number(view.period) - 1) };
  const leaderBefore = valueIn(rows, previous, leader.row.partner, group.unit);
  const runnerUpBefore = valueIn(rows, previous, runnerUp.row.partner, group.unit);
  const overtook = leaderBefore !== undefined && runnerUpBefore !== undefined && runnerUpBefore > leaderBefore;
  const role = missing.length
    ? `the ${leaderRole(view.flow)} among them`
    : `${REPORTER_NAME}'s ${leaderRole(view.flow)}`;
  const sentence = overtook
    ? `In ${view.period} ${partnerInProse(leader.row.partner)} overtook ${partnerInProse(runnerUp.row.partner)} as ${role}: ${figure(leader)} against ${figure(runnerUp)}.`
    : `In ${view.period} ${figure(leader)} was ${role}, ahead of ${group.partners.slice(1, 3).map(figure).join(' and ')}.`;
  return `${scope}: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}${tail}`;
}
