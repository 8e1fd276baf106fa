import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { briefingTemplate, slugify } from '~/lib/briefing/scaffold';
import { briefingSchema } from '~/model/schemas/briefing';

describe('slugify', () => {
  it.each([
    ['How the CPC pipeline shapes Kazakh oil', 'how-the-cpc-pipeline-shapes-kazakh-oil'],
    ['Tokayev’s “quasi-state” remark, explained', 'tokayevs-quasi-state-remark-explained'],
    ['Qazaqstan: Astana & Almaty — 2023', 'qazaqstan-astana-almaty-2023'],
    ['Ürümqi and Öskemen', 'urumqi-and-oskemen'],
    ['one two three four five six seven eight nine ten', 'one-two-three-four-five-six-seven-eight'],
    ['Казахстан', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('briefingTemplate', () => {
  it('produces a draft whose frontmatter passes the schema', () => {
    const text = briefingTemplate({ title: 'A "quoted" headline', date: '2026-11-27', sourceId: 'matussek-oped' });
    const frontmatter = parseYaml(text.split('---')[1]!);
    const data = briefingSchema.parse(frontmatter);
    expect(data).toMatchObject({ title: 'A "quoted" headline', draft: true, sources: ['matussek-oped'] });
    expect(text).toContain('<Cite id="matussek-oped" />');
  });
});
