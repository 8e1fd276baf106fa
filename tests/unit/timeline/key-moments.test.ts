import { describe, expect, it } from 'vitest';
import { KEY_MOMENTS, keyMomentProblems, keyMoments, timelineHref } from '~/lib/timeline/key-moments';
import { timelineEvent } from '../../support/fixtures';

const events = new Map(
  [
    timelineEvent('invasion', { date: '2022-02-24' }),
    timelineEvent('donbas-remark', { date: '2022-06-17' }),
    timelineEvent('trade-mission-closure-decree', { date: '2023-02-22' }),
    timelineEvent('forum', { date: '2023-06' }),
  ].map((e) => [e.id, e]),
);
const lookup = (id: string) => {
  const event = events.get(id);
  if (!event) throw new Error(`No event ${id}`);
  return event;
};
const known = new Set(events.keys());

describe('keyMoments', () => {
  it('shows the chosen events in date order, whatever order they were listed in', () => {
    const chosen = keyMoments(['forum', 'invasion', 'trade-mission-closure-decree'], lookup);
    expect(chosen.map((e) => e.id)).toEqual(['invasion', 'trade-mission-closure-decree', 'forum']);
  });

  it('throws on an id that is not an event', () => {
    expect(() => keyMoments(['nope'], lookup)).toThrow('No event nope');
  });
});

describe('timelineHref', () => {
  it('links to the event’s anchor on the timeline page', () => {
    expect(timelineHref('spief-tokayev-donbas-remark')).toBe('/timeline/#spief-tokayev-donbas-remark');
  });
});

describe('keyMomentProblems', () => {
  it('accepts a list of known events of a glanceable length', () => {
    expect(keyMomentProblems([...known], known)).toEqual([]);
    expect(KEY_MOMENTS).toEqual({ min: 4, max: 10 });
  });

  it.each([
    [
      'an unknown id, with a did-you-mean',
      ['invasion', 'donbas-remark', 'forum', 'trade-mission-closure'],
      [
        "<KeyMoments ids>: 'trade-mission-closure' is not a known event id (expected a file content/events/trade-mission-closure.yaml); did you mean 'trade-mission-closure-decree'?",
      ],
    ],
    ['an id listed twice', ['invasion', 'donbas-remark', 'forum', 'forum'], ["<KeyMoments ids>: lists 'forum' twice"]],
    [
      'too few',
      ['invasion'],
      ['<KeyMoments ids>: list between 4 and 10 events; got 1 (the timeline page holds the rest)'],
    ],
    [
      'too many',
      Array.from({ length: 11 }, (_, i) => (i < 4 ? [...known][i]! : [...known][0]!)),
      [
        "<KeyMoments ids>: lists 'invasion' twice",
        "<KeyMoments ids>: lists 'invasion' twice",
        "<KeyMoments ids>: lists 'invasion' twice",
        "<KeyMoments ids>: lists 'invasion' twice",
        "<KeyMoments ids>: lists 'invasion' twice",
        "<KeyMoments ids>: lists 'invasion' twice",
        "<KeyMoments ids>: lists 'invasion' twice",
        '<KeyMoments ids>: list between 4 and 10 events; got 11 (the timeline page holds the rest)',
      ],
    ],
  ])('names %s', (_what, ids, problems) => {
    expect(keyMomentProblems(ids, known)).toEqual(problems);
  });
});
