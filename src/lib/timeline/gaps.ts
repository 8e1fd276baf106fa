/**
 * The time between consecutive events, as the timeline draws it: the space before an event grows with the time
 * since the one before, capped, and a long gap gets a marker in words ("18 months later") instead of empty space.
 * Readers' patterns: even spacing with capped gaps and a marker; strictly proportional spacing leaves huge empty
 * stretches (https://ux.stackexchange.com/questions/101758). Shared by the build and the filter script, which
 * recomputes the gaps between the events a filter leaves, so this module imports no code.
 */
import type { DatePrecision, PartialDate } from '~/lib/dates/calendar-date';

/** 0: within a week; 1: within a month; 2: under three months; 3: a long gap, with a marker. */
export type GapStep = 0 | 1 | 2 | 3;

export interface TimeGap {
  step: GapStep;
  /** For a long gap only: "4 months later", "22 months later", "Over 2 years later". */
  label?: string;
}

/** From this many whole months, a gap gets a marker in words. */
export const LONG_GAP_MONTHS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;
const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** A `<time datetime>` value (`2022`, `2022-06`, `2022-06-17`) as a partial date; the build wrote it, so it is valid. */
export function fromDatetime(text: string): PartialDate {
  const [year = 0, month, day] = text.split('-').map(Number);
  if (month === undefined) return { year, precision: 'year' };
  if (day === undefined) return { year, month, precision: 'month' };
  return { year, month, day, precision: 'day' };
}

/** "3 months later", "22 months later", "2 years later", "Over 2 years later". */
export function describeGap(months: number): string {
  if (months < 24) return `${months} months later`;
  const years = Math.floor(months / 12);
  return months % 12 === 0 ? `${years} years later` : `Over ${years} years later`;
}

/**
 * The gap from one event's start to the next one's, judged at the coarser of the two dates' precisions: from June
 * 2022 to 17 June 2022 is "the same month", never "16 days".
 */
export function timeGap(previous: PartialDate, next: PartialDate): TimeGap {
  const precision = RANK[previous.precision] < RANK[next.precision] ? previous.precision : next.precision;
  const years = next.year - previous.year;
  if (precision === 'year') {
    if (years <= 0) return { step: 1 };
    return { step: 3, label: years === 1 ? 'A year later' : `${years} years later` };
  }
  let months = years * 12 + (next.month ?? 1) - (previous.month ?? 1);
  if (precision === 'month') return long(months) ?? { step: months === 0 ? 1 : 2 };
  if ((next.day ?? 1) < (previous.day ?? 1)) months -= 1;
  const days = (utc(next) - utc(previous)) / DAY_MS;
  return long(months) ?? { step: days <= 7 ? 0 : days <= 31 ? 1 : 2 };
}

function utc(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

function long(months: number): TimeGap | undefined {
  return months >= LONG_GAP_MONTHS ? { step: 3, label: describeGap(months) } : undefined;
}

/** The gap before each of a list of dates in timeline order; the first has none. */
export function timeGaps(dates: readonly PartialDate[]): (TimeGap | undefined)[] {
  let previous: PartialDate | undefined;
  return dates.map((date) => {
    const gap = previous && timeGap(previous, date);
    previous = date;
    return gap;
  });
}
