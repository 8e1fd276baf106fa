// Lets plain Node run the site's TypeScript outside Vite: `~/x` means src/x (tsconfig's one path alias), and an
// import without an extension finds its .ts file, as Vite would. Loaded with `node --import ./tools/lib/alias-hooks.mjs`.
import { registerHooks } from 'node:module';

const SRC = new URL('../../src/', import.meta.url);

registerHooks({
  resolve(specifier, context, nextResolve) {
    const aliased = specifier.startsWith('~/') ? new URL(specifier.slice(2), SRC).href : specifier;
    const local = aliased !== specifier || specifier.startsWith('.') || specifier.startsWith('file:');
    if (!local || /\.[cm]?[jt]s$|\.json$/.test(aliased)) return nextResolve(aliased, context);
    for (const candidate of [`${aliased}.ts`, `${aliased}/index.ts`, aliased]) {
      try {
        return nextResolve(candidate, context);
      } catch {
        // try the next form
      }
    }
    return nextResolve(aliased, context);
  },
});
