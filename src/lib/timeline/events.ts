/** Timeline events as the site uses them: parsed dates, display text, order, year groups. */
import {
  compareDates,
  endKey,
  formatDateRange,
  formatPartialDate,
  toDatetimeAttribute,
  toPartialDate,
  type PartialDate,
} from '~/lib/dates/calendar-date';

import type { EventData } from '~/model/schemas/event';

/** The fields of an event entry as validated by its schema (dates still as written). */
export type EventInput = EventData;

export interface TimelineEvent extends Omit<EventInput, 'date' | 'end'> {
  id: string;
  date: PartialDate;
  end?: PartialDate;
  /** `17 June 2022`, `June 2022`, `13–19 January 2022`, `c. 2022`. */
  dateText: string;
  /** For `<time datetime>`: the start at its own precision. */
  datetime: string;
  year: number;
}

/** Turns a validated entry into a timeline event with its display date. */
export function toTimelineEvent(id: string, input: EventInput): TimelineEvent {
  const date = toPartialDate(input.date);
  const end = input.end === undefined ? undefined : toPartialDate(input.end);
  const dateText = end
    ? formatDateRange(date, end, { approx: input.approx })
    : formatPartialDate(date, { approx: input.approx });
  const { end: _end, date: _date, ...rest } = input;
  return {
    ...rest,
    id,
    date,
    ...(end ? { end } : {}),
    dateText,
    datetime: toDatetimeAttribute(date),
    year: date.year,
  };
}

/** Chronological: a coarser date before the finer dates inside it, then the span that ends first, then by id. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const [endA, endB] = [endKey(a.end ?? a.date), endKey(b.end ?? b.date)];
  return (
    compareDates(a.date, b.date) || (endA < endB ? -1 : endA > endB ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A sorted copy of the events. */
export function orderEvents<T extends TimelineEvent>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}

export interface YearGroup<T> {
  year: number;
  events: T[];
}

/** Groups ordered events by the year they start in, keeping their order. */
export function groupByYear<T extends TimelineEvent>(events: readonly T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last?.year === event.year) last.events.push(event);
    else groups.push({ year: event.year, events: [event] });
  }
  return groups;
}

/** The anchor of a year heading in a timeline. */
export function yearAnchor(year: number, prefix = 'timeline'): string {
  return `${prefix}-${year}`;
}
