/** Builders for hand-made content in unit and component tests: a trade row and a timeline event with defaults. */
import { toTimelineEvent, type EventInput, type TimelineEvent } from '~/lib/timeline/events';
import type { TradeRow } from '~/lib/trade/model';

let line = 1;

/** A reporter-basis turnover row in US dollars, unless `patch` says otherwise; each gets the next line number. */
export function tradeRow(partner: string, period: string, value: number, patch: Partial<TradeRow> = {}): TradeRow {
  return {
    reporter: 'KZ',
    partner,
    period,
    flow: 'turnover',
    value,
    unit: 'USD bn',
    basis: 'reporter',
    approx: false,
    derived: false,
    source: 's',
    note: '',
    file: 'content/trade/test.csv',
    line: ++line,
    ...patch,
  };
}

const EVENT_DEFAULTS: EventInput = {
  date: '2022',
  approx: false,
  title: 'Title',
  summary: 'Summary.',
  actors: ['kazakhstan'],
  themes: ['diplomacy'],
  status: 'confirmed',
  sources: ['src-a'],
};

/** A timeline event with plain defaults (confirmed, diplomacy, Kazakhstan, source src-a) and the given fields. */
export function timelineEvent(id: string, patch: Partial<EventInput> = {}): TimelineEvent {
  return toTimelineEvent(id, { ...EVENT_DEFAULTS, ...patch });
}
