/**
 * `npm run new -- briefing|event|source` writes files the build accepts, never overwrites an editor's file, and
 * refuses an address the bibliography already has. One throwaway copy of the site, built once for all three.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_MARKER, placeholderLines } from '../../src/lib/content/scaffold';
import { ASTRO_BIN, ROOT } from '../../tools/lib/paths';
import { copySite } from '../../tools/lib/site-copy';

let dir = '';
beforeAll(() => {
  dir = copySite('scaffold-');
  // The copy runs its own tools/new.ts through its own package.json scripts, as an editor's checkout would.
  cpSync(join(ROOT, 'tools'), join(dir, 'tools'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs an npm script in the copy, as an editor would: `npm run <script> -- <args>`. */
const run = (script: string, ...args: string[]) =>
  spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: dir, encoding: 'utf8' });

const BRIEFING = 'content/briefings/what-the-caspian-pipeline-means-for-kazakhstan.mdx';
const EVENT = 'content/events/scaffold-test-event-in-astana.yaml';
const SOURCE = 'content/sources/example-2026-01-scaffold-test-report.yaml';
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

describe('npm run new', () => {
  it('writes a briefing, an event and a source, and says where and what to do next', () => {
    const made = [
      [run('new', 'briefing', 'What the Caspian pipeline means for Kazakhstan'), BRIEFING, 'Add a briefing'],
      [run('new', 'event', 'Scaffold test event in Astana'), EVENT, 'Add a timeline event'],
      [run('new', 'source', 'https://www.example.org/2026/01/scaffold-test-report/'), SOURCE, 'Add a source'],
    ] as const;
    for (const [result, file, section] of made) {
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(`Created ${file}`);
      expect(result.stdout).toContain(`See "${section}" in docs/EDITING.md.`);
      expect(placeholderLines(read(file)).length).toBeGreaterThan(0);
    }
    expect(read(BRIEFING)).toContain('draft: true');
    expect(read(SOURCE)).toContain('url: "https://www.example.org/2026/01/scaffold-test-report/"');
  });

  it('refuses to overwrite a file, naming it, and leaves it as the editor left it', () => {
    writeFileSync(join(dir, BRIEFING), read(BRIEFING).replace(`${PLACEHOLDER_MARKER} one sentence`, 'Edited: one'));
    for (const result of [
      run('new:briefing', 'What the Caspian pipeline means for Kazakhstan'),
      run('new', 'event', 'scaffold-test-event-in-astana'),
    ]) {
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('already exists; nothing was written');
    }
    expect(read(BRIEFING)).toContain('Edited: one');
    const second = run('new', 'event', 'Scaffold test event in Astana');
    expect(second.stderr).toContain(`${EVENT} already exists`);
  });

  it('refuses an address the bibliography already has, naming its file', () => {
    const known = readdirSync(join(dir, 'content/sources')).find((f) => f.endsWith('.yaml') && !f.startsWith('_'))!;
    const { url } = parseYaml(read(`content/sources/${known}`)) as { url: string };
    // The same page written another way: other scheme, www., trailing slash, fragment.
    const other = new URL(url);
    other.protocol = other.protocol === 'https:' ? 'http:' : 'https:';
    other.hostname = other.hostname.startsWith('www.') ? other.hostname.slice(4) : `www.${other.hostname}`;
    other.hash = 'comments';
    for (const address of [url, other.href, 'http://example.org/2026/01/scaffold-test-report']) {
      const result = run('new', 'source', address);
      expect(result.status, address).toBe(1);
      expect(result.stderr).toContain('is already in the bibliography: content/sources/');
    }
    expect(run('new', 'source', url).stderr).toContain(`content/sources/${known}`);
  });

  it('refuses unsafe names and bad addresses without writing anything', () => {
    const before = readdirSync(join(dir, 'content'), { recursive: true }).length;
    for (const [args, message] of [
      [['event', '../../escape'], 'contains "/"'],
      [['briefing', 'Казахстан'], 'Latin letters'],
      [['source', 'ftp://example.org/x'], 'starts with ftp:'],
      [['source', ''], 'Give the web address'],
      [['article', 'x'], 'is not something this command makes'],
    ] as const) {
      const result = run('new', ...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
    expect(readdirSync(join(dir, 'content'), { recursive: true }).length).toBe(before);
  });

  it('builds: the briefing as a draft, the event and source once their placeholders are filled in', () => {
    // An event or a source has no draft state; the editor fills in every placeholder before it goes in.
    for (const file of [EVENT, SOURCE]) {
      writeFileSync(join(dir, file), read(file).replaceAll(PLACEHOLDER_MARKER, ''));
      expect(placeholderLines(read(file))).toEqual([]);
    }
    const built = spawnSync(process.execPath, [ASTRO_BIN, 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
    expect(readFileSync(join(dir, 'dist/timeline/index.html'), 'utf8')).toContain('id="scaffold-test-event-in-astana"');
    expect(readdirSync(join(dir, 'dist/briefings'))).not.toContain('what-the-caspian-pipeline-means-for-kazakhstan');
  });
});
