import { describe, expect, it } from 'vitest';
import {
  compareDates,
  endKey,
  splitDateRange,
  formatDateRange,
  formatPartialDate,
  localDate,
  parseCalendarDate,
  parsePartialDate,
  sortKey,
  toDatetimeAttribute,
  toPartialDate,
} from '~/lib/dates/calendar-date';

describe('parsePartialDate', () => {
  it.each([
    ['2022', { year: 2022, precision: 'year' }],
    ['2022-06', { year: 2022, month: 6, precision: 'month' }],
    ['2022-06-17', { year: 2022, month: 6, day: 17, precision: 'day' }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
    ['2000-02-29', { year: 2000, month: 2, day: 29, precision: 'day' }],
  ])('reads %s at its own precision', (text, expected) => {
    expect(parsePartialDate(text)).toEqual({ ok: true, date: expected });
  });

  it.each([
    ['2023-02-30', 'February 2023 has 28 days'],
    ['2023-02-29', 'February 2023 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2022-04-31', 'April 2022 has 30 days'],
    ['2022-13', 'months run from 01 to 12'],
    ['2022-00-10', 'months run from 01 to 12'],
    ['2022-06-00', 'June 2022 has 30 days'],
    ['17 June 2022', 'not written as YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2022/06/17', 'not written as YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2022-6-1', 'not written as YYYY, YYYY-MM or YYYY-MM-DD'],
    ['', 'not written as YYYY, YYYY-MM or YYYY-MM-DD'],
    ['0999', 'implausible year'],
  ])('rejects %s, saying why', (text, reason) => {
    const result = parsePartialDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('parseCalendarDate', () => {
  it('accepts a full date', () => {
    expect(parseCalendarDate('2023-02-28').ok).toBe(true);
  });
  it.each(['2023', '2023-02'])('asks for a day when given %s', (text) => {
    expect(parseCalendarDate(text)).toEqual({ ok: false, reason: `'${text}' needs a day: write it as YYYY-MM-DD` });
  });
  it('still rejects impossible days', () => {
    expect(parseCalendarDate('2023-02-30')).toMatchObject({ ok: false });
  });
});

describe('display and machine forms', () => {
  it.each([
    ['2022-06-17', false, '17 June 2022', '2022-06-17'],
    ['2022-06', false, 'June 2022', '2022-06'],
    ['2022', false, '2022', '2022'],
    ['2022', true, 'c. 2022', '2022'],
    ['2023-01', true, 'c. January 2023', '2023-01'],
  ])('%s (approx %s) reads "%s" with datetime %s', (text, approx, display, datetime) => {
    const date = toPartialDate(text);
    expect(formatPartialDate(date, { approx })).toBe(display);
    expect(toDatetimeAttribute(date)).toBe(datetime);
  });

  it('never turns a month into its first day', () => {
    expect(formatPartialDate(toPartialDate('2022-06'))).not.toMatch(/\b1 June/);
  });

  it('throws on an invalid date handed to toPartialDate', () => {
    expect(() => toPartialDate('2023-02-30')).toThrow(/February 2023 has 28 days/);
  });
});

describe('formatDateRange', () => {
  it.each([
    ['2022-01-13', '2022-01-19', '13–19 January 2022'],
    ['2022-11-28', '2022-12-02', '28 November – 2 December 2022'],
    ['2022-12-28', '2023-01-02', '28 December 2022 – 2 January 2023'],
    ['2022-06', '2022-08', 'June–August 2022'],
    ['2022', '2023', '2022–2023'],
    ['2022-06', '2023-03-17', 'June 2022 – 17 March 2023'],
  ])('%s to %s reads "%s"', (start, end, expected) => {
    expect(formatDateRange(toPartialDate(start), toPartialDate(end))).toBe(expected);
  });

  it.each([
    ['2022-01-13', '2022-01-19', ['13', '–', '19 January 2022']],
    ['2022-11-28', '2022-12-02', ['28 November', ' – ', '2 December 2022']],
    ['2022-06', '2023-03-17', ['June 2022', ' – ', '17 March 2023']],
  ])('splits %s to %s where the ends meet', (start, end, parts) => {
    const split = splitDateRange(toPartialDate(start), toPartialDate(end));
    expect([split.start, split.separator, split.end]).toEqual(parts);
    expect(parts.join('')).toBe(formatDateRange(toPartialDate(start), toPartialDate(end)));
  });

  it('marks an approximate range', () => {
    expect(formatDateRange(toPartialDate('2023-06-08'), toPartialDate('2023-06-09'), { approx: true })).toBe(
      'c. 8–9 June 2023',
    );
  });
});

describe('ordering', () => {
  it('puts a coarser date before the finer dates inside it', () => {
    const texts = ['2022-06-17', '2022-06', '2022', '2022-01-05', '2021-12-31', '2023'];
    const sorted = texts.map(toPartialDate).sort(compareDates).map(toDatetimeAttribute);
    expect(sorted).toEqual(['2021-12-31', '2022', '2022-01-05', '2022-06', '2022-06-17', '2023']);
  });

  it.each([
    ['2022', '2022-12-31'],
    ['2022-02', '2022-02-28'],
    ['2024-02', '2024-02-29'],
    ['2022-06-17', '2022-06-17'],
  ])('the end of %s is %s', (text, key) => {
    expect(endKey(toPartialDate(text))).toBe(key);
  });

  it('gives equal keys to equal dates', () => {
    expect(compareDates(toPartialDate('2022-06'), toPartialDate('2022-06'))).toBe(0);
    expect(sortKey(toPartialDate('2022-06'))).toBe('2022-06-00');
  });
});

describe('localDate', () => {
  it.each([
    [new Date(2026, 0, 5, 0, 0), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59), '2026-12-31'],
    [new Date(2024, 1, 29, 12), '2024-02-29'],
  ])('%s → %s (the day where the code runs, not UTC)', (now, day) => {
    expect(localDate(now)).toBe(day);
  });
});
