import { describe, expect, it } from 'vitest';
import { toPartialDate } from '~/lib/dates/calendar-date';
import { describeGap, fromDatetime, LONG_GAP_MONTHS, timeGap, timeGaps } from '~/lib/timeline/gaps';

const gap = (from: string, to: string) => timeGap(toPartialDate(from), toPartialDate(to));

describe('timeGap: the space before an event, by the time since the one before', () => {
  it.each([
    // Days apart, both dated to the day.
    ['2022-02-24', '2022-02-24', 0], // the same day
    ['2022-02-24', '2022-03-02', 0], // 6 days: within a week
    ['2022-03-02', '2022-03-09', 0], // exactly a week
    ['2022-03-02', '2022-03-10', 1], // 8 days
    ['2022-01-19', '2022-02-19', 1], // 31 days, across a month end
    ['2022-01-19', '2022-02-24', 2], // 36 days
    ['2022-03-29', '2022-06-07', 2], // 70 days: two whole months and a bit, not yet three
    ['2023-06-20', '2023-09-19', 2], // a day short of three months
    // A month is as precise as one end can say: June 2022 to 17 June is "the same month", not 16 days.
    ['2022-07', '2022-07-05', 1],
    ['2022-06-17', '2022-07', 2],
    ['2022-07', '2022-08', 2],
    ['2022-07', '2022-09-30', 2],
    // A year alone: only whether the year differs.
    ['2021', '2021-11-05', 1],
  ] as const)('%s → %s: step %i, no marker', (from, to, step) => {
    expect(gap(from, to)).toEqual({ step });
  });

  it.each([
    ['2023-02-23', '2023-06-08', '3 months later'], // three whole months: the first marker
    ['2023-06-20', '2023-09-20', '3 months later'],
    ['2024-05', '2024-09-16', '4 months later'], // judged by months, as May 2024 is only a month
    ['2023-11-01', '2024-04-13', '5 months later'],
    ['2025-05-29', '2025-11-29', '6 months later'],
    ['2020-03-01', '2022-01-02', '22 months later'], // the real gap after the EU agreement: 2021 has no events
    ['2020-03-01', '2022-03-01', '2 years later'],
    ['2020-03-01', '2022-06-01', 'Over 2 years later'],
    ['2021', '2022-06-17', 'A year later'],
    ['2019-05', '2022', '3 years later'],
  ] as const)('%s → %s: a long gap, "%s"', (from, to, label) => {
    expect(gap(from, to)).toEqual({ step: 3, label });
  });

  it('starts marking at LONG_GAP_MONTHS', () => {
    expect(LONG_GAP_MONTHS).toBe(3);
    expect(gap('2022-01-15', '2022-04-14').step).toBe(2);
    expect(gap('2022-01-15', '2022-04-15').step).toBe(3);
  });
});

describe('timeGaps', () => {
  it('gives no gap before the first event, then each from the one before', () => {
    const dates = ['2020-03-01', '2022-01-02', '2022-01-05', '2022-02-24'].map(toPartialDate);
    expect(timeGaps(dates)).toEqual([undefined, { step: 3, label: '22 months later' }, { step: 0 }, { step: 2 }]);
  });

  it('is empty for no events', () => {
    expect(timeGaps([])).toEqual([]);
  });
});

describe('describeGap', () => {
  it.each([
    [3, '3 months later'],
    [23, '23 months later'],
    [24, '2 years later'],
    [25, 'Over 2 years later'],
    [36, '3 years later'],
  ])('%i months → %s', (months, text) => {
    expect(describeGap(months)).toBe(text);
  });
});

describe('fromDatetime', () => {
  it.each(['2022', '2022-06', '2022-06-17'])('reads %s as the build wrote it', (text) => {
    expect(fromDatetime(text)).toEqual(toPartialDate(text));
  });
});
