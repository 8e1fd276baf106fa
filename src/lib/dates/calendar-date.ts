/**
 * Dates as editors write them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each with the precision the record supports.
 * "June 2022" stays a month; it is never shown or sorted as "1 June 2022".
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
  precision: DatePrecision;
}

export type DateParseResult = { ok: true; date: PartialDate } | { ok: false; reason: string };

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const LOCALE = 'en-GB';

const formatters = {
  day: new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat(LOCALE, { year: 'numeric', timeZone: 'UTC' }),
} satisfies Record<DatePrecision, Intl.DateTimeFormat>;

/** Number of days in a month of a year (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a date with its precision, rejecting dates no calendar has. */
export function parsePartialDate(text: string): DateParseResult {
  const match = PATTERN.exec(text.trim());
  if (!match) {
    return { ok: false, reason: `'${text}' is not written as YYYY, YYYY-MM or YYYY-MM-DD` };
  }
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1000) return { ok: false, reason: `'${text}' has an implausible year` };
  if (m === undefined) return { ok: true, date: { year, precision: 'year' } };
  const month = Number(m);
  if (month < 1 || month > 12) {
    return { ok: false, reason: `'${text}' has month ${m}; months run from 01 to 12` };
  }
  if (d === undefined) return { ok: true, date: { year, month, precision: 'month' } };
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      reason: `'${text}' is not a calendar date: ${formatters.month.format(utc(year, month, 1))} has ${last} days`,
    };
  }
  return { ok: true, date: { year, month, day, precision: 'day' } };
}

/** Parses a full `YYYY-MM-DD` date; a year or month alone is rejected. */
export function parseCalendarDate(text: string): DateParseResult {
  const result = parsePartialDate(text);
  if (result.ok && result.date.precision !== 'day') {
    return { ok: false, reason: `'${text}' needs a day: write it as YYYY-MM-DD` };
  }
  return result;
}

/** Parses a date the schema has already validated; throws if it was not. */
export function toPartialDate(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

function utc(year: number, month = 1, day = 1): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** The first instant the date can mean, as a UTC `Date` (June 2022 → 1 June 2022). */
export function startOf(date: PartialDate): Date {
  return utc(date.year, date.month, date.day);
}

/** The value for a `<time datetime>` attribute, at the date's own precision (`2022`, `2022-06`, `2022-06-17`). */
export function toDatetimeAttribute(date: PartialDate): string {
  const parts = [String(date.year)];
  if (date.month !== undefined) parts.push(String(date.month).padStart(2, '0'));
  if (date.day !== undefined) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-');
}

/**
 * A sortable key: a coarser date sorts before the finer dates inside it
 * (`2022` < `2022-06` < `2022-06-17`), because the missing parts count as zero.
 */
export function sortKey(date: PartialDate): string {
  const mm = String(date.month ?? 0).padStart(2, '0');
  const dd = String(date.day ?? 0).padStart(2, '0');
  return `${date.year}-${mm}-${dd}`;
}

/**
 * A sortable key for the last day a date can mean (June 2022 → 2022-06-30), so that a span ending "June 2022"
 * ends after one ending on 5 June, and an end of "June 2022" is not before a start of 17 June.
 */
export function endKey(date: PartialDate): string {
  const month = date.month ?? 12;
  const day = date.day ?? daysInMonth(date.year, month);
  return `${date.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Orders two dates by {@link sortKey}. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** English display text at the date's precision: `17 June 2022`, `June 2022`, `2022`; `c. ` when approximate. */
export function formatPartialDate(date: PartialDate, options: { approx?: boolean } = {}): string {
  const text = remembered(dateKey(date), () => formatters[date.precision].format(startOf(date)));
  return options.approx ? `c. ${text}` : text;
}

/**
 * Formatted dates, by date: a build writes the same few hundred dates on a thousand pages (each briefing's sources
 * and key events), and Intl's formatting is the slow part.
 */
const formatted = new Map<string, string>();
function remembered(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = format()));
  return text;
}
const dateKey = (date: PartialDate) => `${date.precision} ${date.year}-${date.month ?? ''}-${date.day ?? ''}`;

/**
 * A span of time split where its two ends meet, so each end can carry its own `<time datetime>`:
 * `13–19 January 2022` → `13`, `–`, `19 January 2022`. The three parts joined equal {@link formatDateRange}.
 */
export function splitDateRange(
  start: PartialDate,
  end: PartialDate,
): { start: string; separator: string; end: string } {
  const text = formatDateRange(start, end);
  const [, first, separator, last] = /^(.*?)( – |–)(.*)$/.exec(text) ?? [];
  if (first === undefined || separator === undefined || last === undefined)
    return { start: text, separator: '', end: '' };
  return { start: first, separator, end: last };
}

/**
 * Display text for a span of time: `13–19 January 2022`, `28 November – 2 December 2022`, `June–August 2022`.
 * Ends of different precision are each written in full: `June 2022 – 17 March 2023`.
 */
export function formatDateRange(start: PartialDate, end: PartialDate, options: { approx?: boolean } = {}): string {
  const text = remembered(`${dateKey(start)} to ${dateKey(end)}`, () => rangeText(start, end));
  return options.approx ? `c. ${text}` : text;
}

function rangeText(start: PartialDate, end: PartialDate): string {
  let text: string;
  if (start.precision === end.precision) {
    const parts = formatters[start.precision].formatRangeToParts(startOf(start), startOf(end));
    // Intl puts thin spaces round every dash; house style closes it up between like parts ("13–19",
    // "June–August") and uses plain spaces elsewhere.
    text = parts
      .map((part, i) => {
        const before = parts[i - 1];
        const after = parts[i + 1];
        if (part.type !== 'literal' || part.value.trim() !== '–') return part.value;
        return before?.type === after?.type ? '–' : ' – ';
      })
      .join('');
  } else {
    text = `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  }
  return text;
}

/** The calendar day of `now` where the code runs, 'YYYY-MM-DD' (not UTC's, which can be a day off). */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
