import { describe, expect, it } from 'vitest';
import { eventStrip, LANES } from '~/lib/briefing/event-strip';
import { toPartialDate } from '~/lib/dates/calendar-date';

const at = (id: string, date: string) => ({ id, date: toPartialDate(date) });
const span = { from: 2022, to: 2025 };

describe('eventStrip', () => {
  it('marks each year at its start along the strip', () => {
    expect(eventStrip([at('a', '2022-01-01')], span).years).toEqual([
      { year: 2022, x: 0 },
      { year: 2023, x: 0.25 },
      { year: 2024, x: 0.5 },
      { year: 2025, x: 0.75 },
    ]);
  });

  it('places a day, a month and a year where they fall in their year', () => {
    const { dots } = eventStrip([at('day', '2023-07-01'), at('month', '2024-07'), at('year', '2025')], span);
    expect(dots.map((d) => d.id)).toEqual(['day', 'month', 'year']);
    expect(dots[0]!.x).toBeCloseTo((1 + 6.016 / 12) / 4, 3);
    expect(dots[1]!.x).toBeCloseTo((2 + (6 + 15 / 31) / 12) / 4, 3);
    expect(dots[2]!.x).toBeCloseTo((3 + 0.5) / 4, 3);
  });

  it('stacks dots that would touch on the next lane, up to the last one', () => {
    const days = ['2022-06-01', '2022-06-02', '2022-06-03', '2022-06-04', '2023-06-01'];
    const { dots } = eventStrip(
      days.map((d, i) => at(`e${i}`, d)),
      span,
    );
    expect(dots.map((d) => d.lane)).toEqual([0, 1, 2, LANES - 1, 0]);
  });

  it('keeps dots outside the span on the strip, at its ends', () => {
    const { dots } = eventStrip([at('early', '2020-03-01'), at('late', '2027-01-01')], span);
    expect(dots.map((d) => d.x)).toEqual([0, 1]);
  });

  it('says how many events, from which month to which', () => {
    expect(eventStrip([at('b', '2024-09-16'), at('a', '2022-01-05')], span).description).toBe(
      '2 key events, January 2022 to September 2024',
    );
    expect(eventStrip([at('a', '2022-01-05'), at('b', '2022-01-20')], span).description).toBe(
      '2 key events, January 2022',
    );
    expect(eventStrip([at('a', '2023')], span).description).toBe('1 key event, 2023');
    expect(eventStrip([], span).description).toBeUndefined();
  });
});
