import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ModulePackageField, SDK_VERSION } from '@misp-wf/sdk';
import { satisfies, validRange } from 'semver';

/** A module package whose `mispWorkflows` key is valid and compatible with this platform's SDK. */
export type ModulePackage = { root: string; name: string; version: string; sdkRange: string; entries: string[] };

export type PackageRead = { ok: true; pkg: ModulePackage } | { ok: false; name: string; error: string };

/**
 * Reads `<root>/package.json` (style guide rule 15): the `mispWorkflows` key lists the entry files and the
 * SDK range; a range that excludes `SDK_VERSION` refuses the whole package before any of its code runs.
 */
export function readModulePackage(root: string): PackageRead {
  const file = join(root, 'package.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, name: root, error: `Could not read ${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const json: Record<string, unknown> = isRecord(raw) ? raw : {};
  const name = typeof json['name'] === 'string' && json['name'] !== '' ? json['name'] : root;
  const version = typeof json['version'] === 'string' ? json['version'] : '';
  if (json['mispWorkflows'] === undefined) {
    return { ok: false, name, error: `module package ${name} has no \`mispWorkflows\` key in its package.json (it lists the module files and the SDK range)` };
  }
  const field = ModulePackageField.safeParse(json['mispWorkflows']);
  if (!field.success) {
    const issue = field.error.issues[0];
    return { ok: false, name, error: `module package ${name}: mispWorkflows.${issue.path.join('.')} ${issue.message}` };
  }
  const { sdkRange, modules } = field.data;
  const incompatible = checkSdkRange(name, sdkRange);
  if (incompatible) return { ok: false, name, error: incompatible };
  const entries = modules.map((m) => resolve(root, m));
  const outside = entries.find((e) => relative(root, e).startsWith('..'));
  if (outside) return { ok: false, name, error: `module package ${name}: entry ${relative(root, outside)} is outside the package` };
  const missing = entries.find((e) => !existsSync(e));
  if (missing) return { ok: false, name, error: `module package ${name}: entry file ${relative(root, missing)} does not exist (was the package built?)` };
  return { ok: true, pkg: { root, name, version, sdkRange, entries } };
}

/** `null` when `SDK_VERSION` satisfies the range, else the message the module index shows. */
export function checkSdkRange(name: string, range: string, sdkVersion: string = SDK_VERSION): string | null {
  if (validRange(range) === null) return `module package ${name} declares an invalid sdkRange \`${range}\` (expected a semver range such as ^${sdkVersion})`;
  if (satisfies(sdkVersion, range, { includePrerelease: true })) return null;
  return `module package ${name} requires SDK ${range}; this platform provides ${sdkVersion}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
