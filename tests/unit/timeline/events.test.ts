import { describe, expect, it } from 'vitest';
import {
  compareEvents,
  groupByYear,
  orderEvents,
  toTimelineEvent,
  yearAnchor,
  type EventInput,
} from '~/lib/timeline/events';

const base: EventInput = {
  date: '2022',
  approx: false,
  title: 't',
  summary: 's',
  actors: ['kazakhstan'],
  themes: ['diplomacy'],
  status: 'confirmed',
  sources: ['x'],
};
const event = (id: string, patch: Partial<EventInput>) => toTimelineEvent(id, { ...base, ...patch });

describe('toTimelineEvent', () => {
  it.each([
    [{ date: '2022-06-17' }, '17 June 2022', '2022-06-17'],
    [{ date: '2022-06' }, 'June 2022', '2022-06'],
    [{ date: '2022' }, '2022', '2022'],
    [{ date: '2022', approx: true }, 'c. 2022', '2022'],
    [{ date: '2022-01-13', end: '2022-01-19' }, '13–19 January 2022', '2022-01-13'],
    [{ date: '2023-06-19', end: '2023-06-21' }, '19–21 June 2023', '2023-06-19'],
    [{ date: '2022-07', end: '2022-08' }, 'July–August 2022', '2022-07'],
    [{ date: '2023-01-24', end: '2023-02-22' }, '24 January – 22 February 2023', '2023-01-24'],
    [{ date: '2023-01-22', approx: true }, 'c. 22 January 2023', '2023-01-22'],
  ])('%o reads "%s" with datetime %s', (patch, text, datetime) => {
    const e = event('e', patch);
    expect(e.dateText).toBe(text);
    expect(e.datetime).toBe(datetime);
  });

  it('keeps the fields editors wrote', () => {
    const e = event('spief', { date: '2022-06-17', place: 'St Petersburg' });
    expect(e).toMatchObject({ id: 'spief', place: 'St Petersburg', year: 2022, themes: ['diplomacy'] });
    expect(e).not.toHaveProperty('end');
  });
});

describe('ordering and grouping', () => {
  const events = [
    event('b-day', { date: '2022-06-17' }),
    event('year', { date: '2022' }),
    event('month', { date: '2022-06' }),
    event('a-day', { date: '2022-06-17' }),
    event('range', { date: '2022-06-17', end: '2022-06-25' }),
    event('next-year', { date: '2023-01-10' }),
    event('earlier', { date: '2020-03-01' }),
  ];

  it('sorts coarser dates before the finer dates inside them, then shorter spans, then by id', () => {
    expect(orderEvents(events).map((e) => e.id)).toEqual([
      'earlier',
      'year',
      'month',
      'a-day',
      'b-day',
      'range',
      'next-year',
    ]);
  });

  it('orders spans by when they end, reading a month-precision end as the end of that month', () => {
    const toJuly = event('to-july', { date: '2022-06-01', end: '2022-07' });
    const toFifth = event('to-fifth', { date: '2022-06-01', end: '2022-07-05' });
    expect(orderEvents([toJuly, toFifth]).map((e) => e.id)).toEqual(['to-fifth', 'to-july']);
    expect(compareEvents(toJuly, toJuly)).toBe(0);
    expect(Math.sign(compareEvents(toJuly, toFifth))).toBe(-Math.sign(compareEvents(toFifth, toJuly)));
  });

  it('groups ordered events by year, keeping their order', () => {
    const groups = groupByYear(orderEvents(events));
    expect(groups.map((g) => [g.year, g.events.map((e) => e.id)])).toEqual([
      [2020, ['earlier']],
      [2022, ['year', 'month', 'a-day', 'b-day', 'range']],
      [2023, ['next-year']],
    ]);
  });

  it('names year anchors', () => {
    expect(yearAnchor(2022)).toBe('timeline-2022');
    expect(yearAnchor(2022, 'key-events')).toBe('key-events-2022');
  });
});
