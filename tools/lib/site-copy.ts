/**
 * Builds a throwaway copy of the site with extra or changed content files, to test what an editor's mistake does
 * to a real build without touching the real content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ASTRO_BIN, ROOT } from './paths.ts';

const COPIED = [
  'src',
  'content',
  'public',
  'tools',
  'astro.config.mjs',
  'site.config.mjs',
  'tsconfig.json',
  'package.json',
];

export interface CopyBuild {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  dir: string;
  cleanup: () => void;
}

/**
 * A throwaway copy of the site's sources with its own build caches, in a new temporary folder. `from` is another
 * checkout of the site to copy instead (a benchmark's baseline); the packages are this project's either way.
 */
export function copySite(prefix = 'site-copy-', from = ROOT): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of COPIED) cpSync(join(from, entry), join(dir, entry), { recursive: true });
  // Link the installed packages one by one, but give the copy its own build caches (node_modules/.astro, .vite):
  // copies built in parallel must not write into the project's caches or each other's.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/** Copies the site, writes `files` (paths relative to the project root) over it, and runs `astro build`. */
export function buildCopyWith(files: Record<string, string>): CopyBuild {
  const dir = copySite();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const result = spawnSync(process.execPath, [ASTRO_BIN, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
