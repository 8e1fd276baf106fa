/**
 * The small picture beside each briefing on the home page: its key events as dots along a shared run of years, so a
 * reader sees at a glance when the story happens and how much of it there is.
 */
import { formatPartialDate, type PartialDate } from '~/lib/dates/calendar-date';

/** One event's dot: how far along the strip (0–1) and on which lane (0 is the baseline; close dots stack). */
export interface StripDot {
  id: string;
  x: number;
  lane: number;
}

export interface EventStrip {
  /** The years the strip spans, each with where its label sits (the start of the year, 0–1). */
  years: { year: number; x: number }[];
  dots: StripDot[];
  /** "14 key events, January 2022 to September 2024", or undefined without events. */
  description?: string;
}

/** Dots closer than this (a share of the strip) stack on the next lane rather than overlap. */
const CLOSE = 0.025;
/** Lanes a strip stacks into before letting dots overlap. */
export const LANES = 3;

/** Where in its year a date falls, 0–1: mid-month for a month, mid-year for a year. */
function withinYear(date: PartialDate): number {
  if (date.month === undefined) return 0.5;
  const day = date.day === undefined ? 15 : date.day - 0.5;
  return (date.month - 1 + day / 31) / 12;
}

/**
 * The strip for a briefing's events on the shared span of years (`from` to `to`, both included): dots in date
 * order, stacked where they would touch, and one sentence saying what it shows.
 */
export function eventStrip(
  events: readonly { id: string; date: PartialDate }[],
  span: { from: number; to: number },
): EventStrip {
  const years = Math.max(1, span.to - span.from + 1);
  const position = (date: PartialDate) => Math.min(1, Math.max(0, (date.year - span.from + withinYear(date)) / years));
  const sorted = [...events].sort((a, b) => position(a.date) - position(b.date));
  const laneEnds: number[] = [];
  const dots = sorted.map(({ id, date }) => {
    const x = position(date);
    // The lowest lane whose last dot is far enough behind; the last lane takes any overflow.
    let lane = laneEnds.findIndex((end) => x - end >= CLOSE);
    if (lane === -1) lane = laneEnds.length < LANES ? laneEnds.length : LANES - 1;
    laneEnds[lane] = x;
    return { id, x, lane };
  });
  const first = sorted[0];
  const last = sorted.at(-1);
  const month = (date: PartialDate) =>
    formatPartialDate(date.precision === 'day' ? { ...date, precision: 'month' } : date);
  const count = `${sorted.length} key ${sorted.length === 1 ? 'event' : 'events'}`;
  return {
    years: Array.from({ length: years }, (_, i) => ({ year: span.from + i, x: i / years })),
    dots,
    ...(first && last
      ? {
          description:
            month(first.date) === month(last.date)
              ? `${count}, ${month(first.date)}`
              : `${count}, ${month(first.date)} to ${month(last.date)}`,
        }
      : {}),
  };
}
