import { describe, expect, it } from 'vitest';
import { groupsMentioned, namePattern, VARIANTS_LABEL, variantsText, type AliasGroup } from '~/lib/search/aliases';

const GROUPS: AliasGroup[] = [
  { id: 'astana', names: ['Astana', 'Nur-Sultan', 'Астана'] },
  { id: 'tokayev', names: ['Tokayev', 'Toqaev', 'Токаев'] },
  { id: 'cpc', names: ['CPC', 'Caspian Pipeline Consortium'] },
];

describe('a name as a whole word, in any case and script', () => {
  it.each([
    ['Astana', 'The forum met in Astana.', true],
    ['Astana', "Astana's forum", true],
    ['Astana', 'ASTANA TIMES', true],
    ['Astana', 'Astanagate', false],
    ['Astana', 'the Astana-based bank', true],
    ['Nur-Sultan', 'trucks left Nur-Sultan for Ukraine', true],
    ['Nur-Sultan', 'Nur Sultan', false],
    ['Токаев', 'заявил Токаев.', true],
    ['Токаев', 'ТОКАЕВ', true],
    ['Токаев', 'Токаевым', false],
    ['CPC', 'the CPC terminal', true],
    ['Caspian Pipeline Consortium', 'through the Caspian Pipeline Consortium (CPC)', true],
    ['a.b', 'axb', false],
  ])('%s in "%s": %s', (name, text, found) => {
    expect(namePattern(name).test(text)).toBe(found);
  });
});

describe('the variants indexed with a text', () => {
  it('names every group the text uses, in the file’s order, whichever spelling it uses', () => {
    expect(groupsMentioned('Токаев spoke in Nur-Sultan', GROUPS).map((g) => g.id)).toEqual(['astana', 'tokayev']);
  });

  it('writes one sentence per group with every spelling, and nothing for a text that names none', () => {
    expect(variantsText('Tokayev spoke at the CPC terminal.', GROUPS)).toBe(
      `${VARIANTS_LABEL} Tokayev, Toqaev, Токаев. ${VARIANTS_LABEL} CPC, Caspian Pipeline Consortium.`,
    );
    expect(variantsText('Nothing to see.', GROUPS)).toBe('');
  });

  it('matches text written in decomposed Unicode against names written composed', () => {
    const decomposed = 'Тоқаев'.normalize('NFD');
    expect(groupsMentioned(decomposed, [{ id: 'kz', names: ['Тоқаев', 'Tokayev'] }])).toHaveLength(1);
  });
});
