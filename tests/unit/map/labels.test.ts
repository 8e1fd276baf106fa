import { describe, expect, it } from 'vitest';
import {
  centredCandidates,
  inside,
  labelCandidates,
  overlaps,
  placeLabels,
  textWidth,
  TIERS,
  type Box,
} from '~/lib/map/labels';

const box = (patch: Partial<Box>): Box => ({ ax: 0.5, ay: 0.5, cx: 0, cy: 0, w: 40, h: 14, ...patch });
const ratio = 0.6;

/** The two boxes' rectangles at one rendered width, as a browser would draw them. */
function meetAt(a: Box, b: Box, width: number, gap: number): boolean {
  const rect = (x: Box) => {
    const cx = x.ax * width + x.cx;
    const cy = x.ay * width * ratio + x.cy;
    return [cx - x.w / 2, cy - x.h / 2, cx + x.w / 2, cy + x.h / 2] as const;
  };
  const [a0, a1, a2, a3] = rect(a);
  const [b0, b1, b2, b3] = rect(b);
  return a0 < b2 + gap && b0 < a2 + gap && a1 < b3 + gap && b1 < a3 + gap;
}

describe('overlaps', () => {
  it('is exact over a range of widths: it agrees with drawing the boxes at every width', () => {
    // Anchors close together, labels pushed past each other: they clear at some widths and meet at others.
    const pairs: [Box, Box][] = [
      [box({ ax: 0.3, cx: 30 }), box({ ax: 0.4, cx: -30 })],
      [box({ ax: 0.3, ay: 0.3 }), box({ ax: 0.32, ay: 0.34, cy: -10 })],
      [box({ ax: 0.1 }), box({ ax: 0.9 })],
      [box({ ax: 0.5, ay: 0.5 }), box({ ax: 0.5, ay: 0.5, cy: 30 })],
    ];
    for (const [a, b] of pairs) {
      for (const range of [
        { min: 280, max: 400 },
        { min: 400, max: 640 },
        { min: 640, max: 1100 },
      ]) {
        let sampled = false;
        for (let w = range.min; w < range.max; w += 0.5) sampled ||= meetAt(a, b, w, 2);
        expect(overlaps(a, b, range, ratio, 2), `${JSON.stringify([a, b, range])}`).toBe(sampled);
      }
    }
  });

  it('finds labels that clear each other on a phone but meet on a wide screen', () => {
    // A's label is drawn 60 px left of its anchor and B's 40 px right of its own, which is left of A's: on a phone
    // the labels have crossed over and clear each other; on a wide screen the anchors part and the labels meet.
    const a = box({ ax: 0.5, cx: -60, w: 40 });
    const b = box({ ax: 0.4, cx: 40, w: 40 });
    expect(overlaps(a, b, { min: 280, max: 300 }, ratio)).toBe(false);
    expect(overlaps(a, b, { min: 900, max: 1000 }, ratio)).toBe(true);
  });
});

describe('inside', () => {
  it('keeps a box inside the map at both ends of the range', () => {
    expect(inside(box({ ax: 0.5 }), { min: 280, max: 1100 }, ratio)).toBe(true);
    expect(inside(box({ ax: 0.02, cx: 0 }), { min: 280, max: 1100 }, ratio)).toBe(false);
    expect(inside(box({ ax: 0.98, cx: 10 }), { min: 280, max: 1100 }, ratio)).toBe(false);
    expect(inside(box({ ax: 0.98, cx: 10 }), { min: 2000, max: 2100 }, ratio)).toBe(true);
  });
});

describe('textWidth', () => {
  it('is wider for capitals, bold and letter-spacing, as the labels are set', () => {
    expect(textWidth('Astana', 'place')).toBeGreaterThan(textWidth('Astana', 'stop'));
    expect(textWidth('Russia', 'country')).toBeGreaterThan(textWidth('Russia', 'stop'));
    expect(textWidth('Kazakhstan', 'subject')).toBeGreaterThan(90);
    expect(textWidth('iiii', 'stop')).toBeLessThan(textWidth('MMMM', 'stop'));
  });
});

describe('placeLabels', () => {
  const range = { min: 280, max: 640 };

  it('takes the first candidate that fits, and leaves out a label that cannot fit', () => {
    const first = labelCandidates(0.5, 0.5, ['Astana'], 'place', 4.5);
    const second = labelCandidates(0.5, 0.5, ['Astana again'], 'place', 4.5);
    const [a, b] = placeLabels(
      [
        { candidates: first, obstacles: [] },
        { candidates: second.slice(0, 1), obstacles: [] },
      ],
      range,
      ratio,
    );
    expect(a).toBe(first[0]);
    expect(b).toBeUndefined();
  });

  it('moves a label off an obstacle, and never lets two placed labels meet at any width of the range', () => {
    const obstacle = box({ ax: 0.5, ay: 0.5, cx: 30, w: 24, h: 24 });
    const labels = ['Moscow', 'Tula', 'Ryazan', 'Kaluga', 'Vladimir', 'Yaroslavl'].map((name, i) => ({
      candidates: labelCandidates(0.45 + i * 0.02, 0.45 + (i % 3) * 0.03, [name], 'place', 4.5),
      obstacles: [obstacle],
    }));
    const placed = placeLabels(labels, range, ratio).filter((p) => p !== undefined);
    expect(placed.length).toBeGreaterThan(1);
    for (const p of placed) expect(overlaps(p.box, obstacle, range, ratio, 1)).toBe(false);
    for (const [i, p] of placed.entries())
      for (const q of placed.slice(i + 1)) expect(overlaps(p.box, q.box, range, ratio)).toBe(false);
  });

  it('offers centred labels nudged around their anchor', () => {
    const candidates = centredCandidates(0.5, 0.5, ['Caspian', 'Sea'], 'sea');
    expect(candidates[0]?.box).toMatchObject({ cx: 0, cy: 0 });
    expect(new Set(candidates.map((c) => `${c.box.cx},${c.box.cy}`)).size).toBe(candidates.length);
    expect(candidates.every((c) => c.anchor === 'middle')).toBe(true);
  });

  it('has tiers that cover every width from the narrowest phone up, without gaps', () => {
    for (const [i, tier] of TIERS.entries()) if (i > 0) expect(tier.min).toBeCloseTo(TIERS[i - 1]!.max, 1);
    expect(TIERS[0]?.min).toBeLessThanOrEqual(288);
  });
});
