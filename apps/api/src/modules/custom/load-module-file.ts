import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { compileFunction } from 'node:vm';
import * as platformSdk from '@misp-wf/sdk';

const SDK = '@misp-wf/sdk';

/**
 * Evaluates a CommonJS file the way Node's loader does (module wrapper, its own `require`), but afresh on
 * every call: a reload must see an edited file, and the require cache cannot be relied on for that (test
 * runners replace it). A file that requires `@misp-wf/sdk` without having it installed next to it gets the
 * platform's own SDK, so a single `.js` file in the modules folder needs no `npm install`.
 */
export function loadModuleFile(file: string): unknown {
  const source = readFileSync(file, 'utf8').replace(/^#!.*/, '');
  const own = createRequire(file);
  const requireFn = (id: string): unknown => (id === SDK && !resolvable(own, id) ? platformSdk : own(id));
  const wrapped = Object.assign(requireFn, { resolve: own.resolve, cache: own.cache, main: own.main });
  const mod: { exports: unknown } = { exports: {} };
  const run = compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });
  run.call(mod.exports, mod.exports, wrapped, mod, file, dirname(file));
  return mod.exports;
}

/** Drops Node's cached copies of the files under `root`, so the files they require are re-read too. */
export function forgetCachedFiles(root: string): void {
  const cache = createRequire(join(root, 'index.js')).cache;
  const prefix = root.endsWith(sep) ? root : root + sep;
  for (const key of Object.keys(cache)) {
    if (key.startsWith(prefix)) Reflect.deleteProperty(cache, key);
  }
}

function resolvable(req: NodeJS.Require, id: string): boolean {
  try {
    req.resolve(id);
    return true;
  } catch {
    return false;
  }
}
