/** `npm run new:briefing` makes a draft the build accepts, and never overwrites an editor's file. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from '../../tools/lib/paths';
import { buildCopyWith, type CopyBuild } from '../../tools/lib/site-copy';

let copy: CopyBuild | undefined;
afterAll(() => copy?.cleanup());

const scaffold = (cwd: string, title: string) =>
  spawnSync(process.execPath, [join(ROOT, 'tools/new-briefing.ts'), title], { cwd, encoding: 'utf8' });

it('creates a draft that builds, and refuses to overwrite it', () => {
  copy = buildCopyWith({});
  const first = scaffold(copy.dir, 'What the Caspian pipeline means for Kazakhstan');
  expect(first.status, first.stderr).toBe(0);
  const file = join(copy.dir, 'content/briefings/what-the-caspian-pipeline-means-for-kazakhstan.mdx');
  expect(first.stdout).toContain('content/briefings/what-the-caspian-pipeline-means-for-kazakhstan.mdx');

  writeFileSync(file, readFileSync(file, 'utf8').replace('Replace me.', 'An editor has started writing.'));
  const second = scaffold(copy.dir, 'What the Caspian pipeline means for Kazakhstan');
  expect(second.status).toBe(1);
  expect(second.stderr).toContain('already exists; nothing was written');
  expect(readFileSync(file, 'utf8')).toContain('An editor has started writing.');

  const rebuilt = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy.dir,
    encoding: 'utf8',
  });
  expect(rebuilt.status, rebuilt.stderr).toBe(0);
});

it('asks for a headline when given none', () => {
  const result = scaffold(ROOT, '');
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('Give the headline in quotes');
});
