/**
 * Global setup for the built-site tests: builds the site once, fresh, so the checks never run on a stale dist/.
 * Set SKIP_BUILD=1 to reuse a dist/ you have just built (CI does, after one build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ASTRO_BIN, DIST, ROOT } from '../../tools/lib/paths';

export default function setup(): void {
  if (process.env['SKIP_BUILD'] === '1' && existsSync(DIST)) return;
  const result = spawnSync(process.execPath, [ASTRO_BIN, 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`astro build failed before the built-site tests could run:\n${result.stdout}\n${result.stderr}`);
  }
}
