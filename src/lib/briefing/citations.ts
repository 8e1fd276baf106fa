/** A source as it appears in a briefing's numbered list. */
export interface NumberedSource {
  id: string;
  /** 1-based number shown in the text and the list. */
  number: number;
  /** How many times the text cites it (0 when only listed in the frontmatter). */
  citedTimes: number;
}

/**
 * Numbers a briefing's sources: in the order the text first cites them, then any listed in the frontmatter but
 * never cited inline, in their listed order. Readers meet [1] before [2].
 */
export function numberSources(listed: readonly string[], citedInOrder: readonly string[]): NumberedSource[] {
  const counts = new Map<string, number>();
  for (const id of citedInOrder) counts.set(id, (counts.get(id) ?? 0) + 1);
  const order = [...new Set([...citedInOrder, ...listed])];
  return order.map((id, i) => ({ id, number: i + 1, citedTimes: counts.get(id) ?? 0 }));
}

/** The anchor of a source in a page's list of sources. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** The anchor of the n-th (1-based) inline citation of a source, so the list can link back to it. */
export function citationAnchor(id: string, occurrence: number): string {
  return `cite-${id}-${occurrence}`;
}

/** Letters for back-links when a source is cited more than once: a, b, … z, aa, ab … */
export function backlinkLabel(index: number): string {
  let n = index;
  let label = '';
  do {
    label = String.fromCharCode(97 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}

/**
 * Sorted, de-duplicated citation numbers split into stretches of consecutive numbers: [3, 4, 5, 9] → [[3, 4, 5], [9]].
 */
function consecutiveStretches(numbers: readonly number[]): number[][] {
  const stretches: number[][] = [];
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const last = stretches.at(-1);
    if (last && n === (last.at(-1) ?? NaN) + 1) last.push(n);
    else stretches.push([n]);
  }
  return stretches;
}

/** Three or more consecutive numbers read as a range (10–14); two stay a list (3, 4), so neither number hides. */
const RANGE_FROM = 3;

/**
 * The numbers of a group of adjacent citations as a reader scans them, in order and without repeats:
 * [10, 11, 12, 13, 14] → '10–14', [29, 28] → '28, 29', [3, 24, 25] → '3, 24, 25', [3, 4] → '3, 4'.
 */
export function groupCitationNumbers(numbers: readonly number[]): string {
  return consecutiveStretches(numbers)
    .map((s) => (s.length >= RANGE_FROM ? `${s[0]}–${s.at(-1)}` : s.join(', ')))
    .join(', ');
}

/** One number of a citation group, as its marker shows it. */
export interface CitationPart {
  number: number;
  /**
   * The text of its link, brackets and separator included: '[17]' alone; '[3, ', '24, ', '25]' in a list (the space
   * a narrow no-break one); '[10–14]' for a whole range, which is one link. Empty inside a range or for a repeat:
   * the number is covered by the marker.
   */
  text: string;
  /** The last number of the range its link covers ([10–14]: 14). */
  through?: number;
}

/**
 * How each number of a group of adjacent citations is shown, smallest first (repeats kept, in place), so that the
 * links together read as `groupCitationNumbers` in brackets: [12, 10, 11] → '[10–12]', '', ''. A range is one link,
 * to its first source: the rest follow it in the numbered list, and one box is wide enough to tap where two
 * halves of "[1–3]" would each need padding that reads as a stray space.
 */
export function groupCitationParts(numbers: readonly number[]): CitationPart[] {
  // The numbers that get a link: all of a short stretch, the first of a range.
  const shown: { number: number; through?: number }[] = consecutiveStretches(numbers).flatMap((s) =>
    s.length >= RANGE_FROM ? [{ number: s[0] ?? 0, through: s.at(-1) ?? 0 }] : s.map((number) => ({ number })),
  );
  const done = new Set<number>();
  return [...numbers]
    .sort((a, b) => a - b)
    .map((number) => {
      const i = shown.findIndex((p) => p.number === number);
      const part = shown[i];
      if (!part || done.has(number)) return { number, text: '' };
      done.add(number);
      const open = i === 0 ? '[' : '';
      // A narrow no-break space after a comma: room to read, none to break the group at.
      const close = i === shown.length - 1 ? ']' : ',\u202f';
      const label = part.through === undefined ? `${number}` : `${number}–${part.through}`;
      return { ...part, text: `${open}${label}${close}` };
    });
}

/** A component in an MDX body, where it starts (1-based, as `componentUses()` in src/lib/content/mdx.ts reports). */
export interface PlacedUse {
  name: string;
  line: number;
  column: number;
  props: Readonly<Record<string, unknown>>;
}

/** A self-closing `<Cite … />` tag (prop values may hold any character but their own quote or brace). */
const CITE_TAG = /<Cite\b(?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*\/>/y;

/** Only spaces, and at most one line break, so still one paragraph. */
const ADJACENT = /^[ \t]*(?:\r?\n[ \t]*)?$/;

/**
 * A page's citations in reading order (the ids `citedSources()` returns), grouped into runs: `<Cite>`s with nothing
 * but spaces, or a single line break, between them form one run and render as one marker. A `<ClaimCheck source>`
 * cites alone.
 */
export function citationRuns(body: string, uses: readonly PlacedUse[]): string[][] {
  const lineStarts = [0];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const runs: string[][] = [];
  // Where the previous <Cite> tag ends, while the next one could still join its run.
  let openEnd: number | undefined;
  for (const use of uses) {
    const id = use.name === 'Cite' ? use.props['id'] : use.name === 'ClaimCheck' ? use.props['source'] : undefined;
    if (typeof id !== 'string') continue;
    let end: number | undefined;
    if (use.name === 'Cite') {
      const start = (lineStarts[use.line - 1] ?? 0) + use.column - 1;
      CITE_TAG.lastIndex = start;
      const tag = CITE_TAG.exec(body);
      if (tag) end = start + tag[0].length;
      const run = runs.at(-1);
      if (tag && run && openEnd !== undefined && ADJACENT.test(body.slice(openEnd, start))) {
        run.push(id);
        openEnd = end;
        continue;
      }
    }
    runs.push([id]);
    openEnd = end;
  }
  return runs;
}
