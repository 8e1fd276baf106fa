/**
 * A small, hand-made set of trade rows for the trade component tests. The numbers are chosen so the expected
 * text can be written by hand: ranks, shares of the 134.4 total, and gaps between the two sides' figures.
 *
 *   2022 turnover, reporter (USD): RU 26.1 · CN 24.1 · IT ~14.9 (derived) · DE 2.8; EU bloc 39.9; total 134.4
 *   2023 turnover, reporter (USD): CN 31.4 · RU 26.0 · IT 16.1 (Germany, in 2022, has no 2023 figure)
 *   2022 exports,  reporter (USD): CN 13.2 · IT 11.6 · DE 1.0 (Russia, with 2022 turnover, has no exports figure)
 *   2022 turnover, mirror:         CN 31.2 · RU 22.0 (USD, too few to rank); DE ~8.2 · FR 5.3 · IT 4.5 (EUR)
 *   part years: CN 2022-H1 12.0 (reporter, USD); IT 2022-01/2022-08 3.4 (mirror, EUR)
 */
import type { TradeRow } from '~/lib/trade/model';
import type { PageContext } from '~/model/page-context';
import { tradeRow } from '../support/fixtures';
import { testContext, testSource } from '../support/page-context';

export const row = (partner: string, period: string, value: number, patch: Partial<TradeRow> = {}): TradeRow =>
  tradeRow(partner, period, value, { source: 'kz-stat', ...patch });

export const tradeRows: TradeRow[] = [
  row('RU', '2022', 26.1),
  row('CN', '2022', 24.1),
  row('IT', '2022', 14.9, { approx: true, derived: true, source: 'our-calc', note: 'Sum of exports and imports.' }),
  row('DE', '2022', 2.8),
  row('EU', '2022', 39.9),
  row('WLD', '2022', 134.4, { note: 'Customs statistics.' }),
  row('CN', '2023', 31.4),
  row('RU', '2023', 26.0),
  row('IT', '2023', 16.1),
  row('CN', '2022', 13.2, { flow: 'exports' }),
  row('IT', '2022', 11.6, { flow: 'exports' }),
  row('DE', '2022', 1.0, { flow: 'exports' }),
  row('CN', '2022', 31.2, { basis: 'mirror', source: 'china-customs' }),
  row('RU', '2022', 22.0, { basis: 'mirror', source: 'rosstat' }),
  row('DE', '2022', 8.2, { basis: 'mirror', unit: 'EUR bn', approx: true, source: 'destatis' }),
  row('IT', '2022', 4.5, { basis: 'mirror', unit: 'EUR bn', source: 'istat' }),
  row('FR', '2022', 5.3, { basis: 'mirror', unit: 'EUR bn', source: 'insee' }),
  row('CN', '2022-H1', 12.0),
  row('IT', '2022-01/2022-08', 3.4, { basis: 'mirror', unit: 'EUR bn', source: 'istat' }),
];

/** A page context holding the rows above and their sources ("Publisher kz-stat", https://example.org/kz-stat…). */
export function tradeContext(trade: TradeRow[] = tradeRows): PageContext {
  return testContext({
    trade,
    sources: new Map(
      ['kz-stat', 'our-calc', 'china-customs', 'rosstat', 'destatis', 'istat', 'insee'].map((id) => testSource(id)),
    ),
  });
}

/** An element's text as read aloud, whitespace collapsed. */
export const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Text without the parts hidden from screen readers (`aria-hidden`), whitespace collapsed. */
export function spokenText(el: Element | null | undefined): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return text(copy);
}
