import { evaluateCondition } from '../../conditions/evaluate-condition';
import { Hash } from '../../hash';
import { nodeParams } from '../graph-access';
import type { EngineModule, EnginePorts, ModuleExecContext, ModuleLookup, ModuleOutcome, ModuleType, RoamingRecord } from '../run.types';

type Params = Readonly<Record<string, unknown>>;
const params = (ctx: ModuleExecContext): Params => nodeParams(ctx.node);

/** Minimal, spec-faithful versions of the modules the engine tests need (the real ones live in modules-core). */
export const stopExecution: EngineModule = {
  id: 'stop-execution',
  type: 'action',
  blocking: true,
  exec: (ctx) => ({ kind: 'block', message: String(params(ctx)['message'] || 'Execution stopped') }),
};

/** IF :: Tag (spec §6.7). */
export const tagIf: EngineModule = {
  id: 'tag-if',
  type: 'logic',
  blocking: false,
  exec: (ctx): ModuleOutcome => {
    const p = params(ctx);
    const scope = String(p['scope'] ?? 'event');
    const path =
      scope === 'attribute'
        ? 'Event._AttributeFlattened.{n}.Tag.{n}.name'
        : scope === 'event_attribute'
          ? 'Event._AttributeFlattened.{n}._allTags.{n}.name'
          : 'Event.Tag.{n}.name';
    const clusters = Array.isArray(p['clusters']) ? p['clusters'].map((c) => `misp-galaxy:${String(c)}`) : [];
    const selected = [...(Array.isArray(p['tags']) ? p['tags'] : []), ...clusters];
    const extracted = Hash.extract(ctx.getData(), path);
    const yes = evaluateCondition(extracted, String(p['condition'] ?? 'in_or'), selected);
    return { kind: 'branch', output: yes ? 'output_1' : 'output_2' };
  },
};

/** Records what it saw; fails or throws on demand. */
export function recorder(id: string, opts: { blocking?: boolean; fail?: string; throws?: string; hangs?: boolean } = {}) {
  const seen: RoamingRecord[] = [];
  const module: EngineModule = {
    id,
    type: 'action',
    blocking: opts.blocking ?? false,
    exec: async (ctx) => {
      seen.push(ctx.getData());
      if (opts.hangs) await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
      if (opts.throws) throw new Error(opts.throws);
      return opts.fail ? { kind: 'fail', message: opts.fail } : { kind: 'ok' };
    },
  };
  return { module, seen };
}

/** A registry port over a list of modules; `disabled` ids resolve as disabled. */
export function portsFor(modules: EngineModule[], extra: Partial<EnginePorts> & { disabled?: string[] } = {}): EnginePorts {
  const byKey = new Map(modules.map((m) => [`${m.type}:${m.id}`, m]));
  const builtinLogic = ['concurrent-task', 'generic-filter-data', 'generic-filter-reset'];
  const resolveModule = (type: ModuleType, id: string): ModuleLookup => {
    if (extra.disabled?.includes(id)) return { status: 'disabled' };
    const module = byKey.get(`${type}:${id}`);
    if (module) return { status: 'ok', module };
    if (type === 'logic' && builtinLogic.includes(id)) {
      return { status: 'ok', module: { id, type, blocking: false, exec: () => ({ kind: 'ok' }) } };
    }
    if (type === 'trigger') return { status: 'ok', module: { id, type, blocking: false, exec: () => ({ kind: 'ok' }) } };
    return { status: 'missing' };
  };
  return { resolveModule, ...extra };
}
