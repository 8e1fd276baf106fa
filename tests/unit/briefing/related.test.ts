import { describe, expect, it } from 'vitest';
import { EVENT_WEIGHT, relatedBriefings, sharedText } from '~/lib/briefing/related';
import { topicName, type TaggedBriefing } from '~/lib/briefing/topics';

const make = (id: string, tags: string[], events: string[], published = '2026-01-01'): TaggedBriefing => ({
  id,
  data: { title: `Title ${id}`, published, tags, events },
});

const oil = make('oil', ['energy', 'germany', 'trade'], ['druzhba-first', 'schwedt-talks']);
const changed = make('changed', ['diplomacy', 'energy', 'trade'], ['druzhba-first', 'invasion']);
const yurts = make('yurts', ['culture'], ['bucha-yurt']);
const cpc = make('cpc', ['energy'], ['druzhba-first', 'schwedt-talks'], '2026-03-01');
const all = [oil, changed, yurts, cpc];

describe('related briefings', () => {
  it('ranks by shared topics and key events (an event weighs more), and leaves out the unrelated and itself', () => {
    expect(EVENT_WEIGHT).toBeGreaterThan(1);
    const related = relatedBriefings(oil, all);
    // cpc: 1 topic + 2 events = 5; changed: 2 topics + 1 event = 4; yurts shares nothing.
    expect(related.map((r) => r.briefing.id)).toEqual(['cpc', 'changed']);
    expect(related[1]).toMatchObject({ tags: ['energy', 'trade'], events: ['druzhba-first'] });
  });

  it('links both ways: each briefing lists the ones that list it', () => {
    for (const a of all) {
      for (const { briefing: b } of relatedBriefings(a, all)) {
        expect(relatedBriefings(b, all).map((r) => r.briefing.id)).toContain(a.id);
      }
    }
  });

  it('breaks ties by date, newest first, then by title, and keeps to the limit', () => {
    const twin = make('twin', ['energy'], [], '2026-01-01');
    const older = make('older', ['energy'], [], '2025-01-01');
    const newer = make('newer', ['energy'], [], '2026-06-01');
    const anotherTwin = make('a-twin', ['energy'], [], '2026-01-01');
    const base = make('base', ['energy'], []);
    expect(relatedBriefings(base, [twin, older, newer, anotherTwin, base]).map((r) => r.briefing.id)).toEqual([
      'newer',
      'a-twin',
      'twin',
      'older',
    ]);
    expect(relatedBriefings(base, [twin, older, newer], 1)).toHaveLength(1);
  });

  it('says what two briefings share', () => {
    const [cpcRelation, changedRelation] = relatedBriefings(oil, all);
    expect(sharedText(cpcRelation!, topicName)).toBe('Topic: Energy · 2 key events in common');
    expect(sharedText(changedRelation!, topicName)).toBe('Topics: Energy, Trade · 1 key event in common');
    expect(sharedText({ briefing: yurts, tags: [], events: ['x'] }, topicName)).toBe('1 key event in common');
  });
});
