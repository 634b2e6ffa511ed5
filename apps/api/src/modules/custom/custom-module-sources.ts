import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';

/** Where custom modules come from: one CommonJS file, or a package with a `mispWorkflows` key. */
export type CustomSource =
  | { kind: 'file'; file: string; origin: string }
  | { kind: 'package'; root: string; origin: string }
  | { kind: 'invalid'; origin: string; error: string };

const SCRIPT = new Set(['.js', '.cjs']);
const TYPESCRIPT = /\.(ts|mts|cts)$/;
const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/**
 * The custom module sources of `dir` (`CUSTOM_MODULES_DIR`), in a stable order: the folder itself when its
 * package.json has a `mispWorkflows` key; otherwise its `.js`/`.cjs` files and its sub-folders that hold a `package.json`.
 * A missing folder has no modules (the default `DATA_DIR/modules` need not exist).
 */
export function modulesDirSources(dir: string): CustomSource[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  if (declaresModules(join(dir, 'package.json'))) return [{ kind: 'package', root: dir, origin: basename(dir) }];
  const names = readdirSync(dir).sort();
  const sources: CustomSource[] = [];
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (existsSync(join(path, 'package.json'))) sources.push({ kind: 'package', root: path, origin: `${name}/` });
    } else if (SCRIPT.has(extname(name))) {
      sources.push({ kind: 'file', file: path, origin: name });
    } else if (extname(name) === '.mjs') {
      sources.push({ kind: 'invalid', origin: name, error: `${name} is an ES module; custom modules are loaded as CommonJS (compile to .js or .cjs)` });
    } else if (TYPESCRIPT.test(name) && !name.endsWith('.d.ts') && !names.includes(name.replace(TYPESCRIPT, '.js'))) {
      sources.push({ kind: 'invalid', origin: name, error: `${name} is TypeScript; compile it to JavaScript (CommonJS) first` });
    }
  }
  return sources;
}

/**
 * The npm packages named in `Plugin.Workflow_custom_module_packages`, resolved like `require` would from
 * each of `searchPaths` (DATA_DIR, then the platform's folder), each needing a `mispWorkflows` key.
 */
export function npmPackageSources(names: string[], searchPaths: string[]): CustomSource[] {
  return names.map((name): CustomSource => {
    const origin = `npm:${name}`;
    if (!PACKAGE_NAME.test(name)) return { kind: 'invalid', origin, error: `\`${name}\` is not a valid npm package name` };
    const root = resolvePackageRoot(name, searchPaths);
    if (root === null) return { kind: 'invalid', origin, error: `npm package ${name} is not installed (looked from ${searchPaths.join(', ')})` };
    return { kind: 'package', root, origin };
  });
}

/** `Plugin.Workflow_custom_module_packages`: comma-separated names, blanks and duplicates dropped. */
export function parsePackageList(setting: unknown): string[] {
  if (typeof setting !== 'string') return [];
  return [...new Set(setting.split(',').map((s) => s.trim()).filter((s) => s !== ''))];
}

/** A package.json that is unreadable counts as declaring modules, so its error reaches the index. */
function declaresModules(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof json === 'object' && json !== null && 'mispWorkflows' in json;
  } catch {
    return true;
  }
}

function resolvePackageRoot(name: string, searchPaths: string[]): string | null {
  for (const base of searchPaths) {
    const req = createRequire(join(base, 'index.js'));
    try {
      return dirname(req.resolve(`${name}/package.json`, { paths: [base] }));
    } catch {
      // A package whose `exports` hide package.json: find it above its main file.
      try {
        return packageRootAbove(req.resolve(name, { paths: [base] }));
      } catch {
        continue;
      }
    }
  }
  return null;
}

function packageRootAbove(file: string): string | null {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  return null;
}
