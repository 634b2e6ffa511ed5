/**
 * Engine benchmarks (performance.md §4 targets), run with `npm run bench:engine`.
 * CPU time is process.cpuUsage() (user + system) divided by iterations, after a warm-up.
 */
import { evaluateCondition, Hash, parseGraph, runWorkflow, type EngineModule, type EnginePorts, type ModuleLookup, type RoamingRecord, type WalkGraph } from '@misp-wf/engine';

type Bench = { name: string; iterations: number; fn: () => unknown };

async function measure({ name, iterations, fn }: Bench): Promise<number> {
  for (let i = 0; i < Math.min(2000, iterations); i++) await fn();
  const start = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await fn();
  const cpu = process.cpuUsage(start);
  const wallNs = Number(process.hrtime.bigint() - t0);
  const cpuMsPerOp = (cpu.user + cpu.system) / 1000 / iterations;
  console.log(`${name.padEnd(58)} ${cpuMsPerOp.toFixed(5)} ms CPU/op   ${(wallNs / 1e6 / iterations).toFixed(5)} ms wall/op`);
  return cpuMsPerOp;
}

function node(id: number, module: string, type: string, params: unknown = [], to: number[] = []) {
  return {
    id,
    name: module,
    data: { id: module, module_type: type, name: module, indexed_params: params, saved_filters: { selector: '', value: '', operator: '', path: '' } },
    class: '',
    typenode: false,
    inputs: [],
    outputs: to.length ? { output_1: { connections: to.map((n) => ({ node: String(n), output: 'input_1' })) } } : [],
    pos_x: 0,
    pos_y: 0,
  };
}

function event(attributes: number, eventTags: string[]): RoamingRecord {
  const tags = eventTags.map((name) => ({ name }));
  const attrs = Array.from({ length: attributes }, (_, i) => {
    const own = [{ name: i % 7 === 0 ? 'tlp:amber' : 'type:OSINT' }];
    return { id: String(i + 1), type: 'ip-dst', value: `10.0.${i >> 8}.${i & 255}`, Tag: own, _allTags: [...tags.map((t) => ({ ...t, inherited: true })), ...own] };
  });
  return { Event: { id: '1', info: 'bench', Tag: tags, Attribute: attrs, _AttributeFlattened: attrs } };
}

const tagIf: EngineModule = {
  id: 'tag-if',
  type: 'logic',
  blocking: false,
  exec: (ctx) => {
    const p = ctx.node.data.indexed_params as { tags: string[]; condition: string; scope: string };
    const path = p.scope === 'attribute' ? 'Event._AttributeFlattened.{n}.Tag.{n}.name' : 'Event.Tag.{n}.name';
    return { kind: 'branch', output: evaluateCondition(Hash.extract(ctx.getData(), path), p.condition, p.tags) ? 'output_1' : 'output_2' };
  },
};
const stop: EngineModule = { id: 'stop-execution', type: 'action', blocking: true, exec: () => ({ kind: 'block', message: 'Execution stopped' }) };
let webhookCalls = 0;
const webhook: EngineModule = { id: 'webhook', type: 'action', blocking: false, exec: () => { webhookCalls++; return { kind: 'ok' }; } };

const modules = new Map([tagIf, stop, webhook].map((m) => [m.id, m]));
const trig: EngineModule = { id: 'event-publish', type: 'trigger', blocking: true, exec: () => ({ kind: 'ok' }) };
const ports: EnginePorts = {
  resolveModule: (type, id): ModuleLookup => {
    if (type === 'trigger') return { status: 'ok', module: trig };
    const module = modules.get(id);
    return module ? { status: 'ok', module } : { status: 'missing' };
  },
};

async function main(): Promise<void> {
  const workflow = { id: '1', name: 'bench' };
  const trigger = { id: 'event-publish', blocking: true };
  const parse = (json: unknown): WalkGraph => {
    const parsed = parseGraph(json);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    return parsed.graph;
  };
  const graphA = parse({
    '1': node(1, 'event-publish', 'trigger', [], [2]),
    '2': { ...node(2, 'tag-if', 'logic', { scope: 'event', condition: 'in_or', tags: ['tlp:red'] }), outputs: { output_1: { connections: [{ node: '3', output: 'input_1' }] }, output_2: { connections: [] } } },
    '3': node(3, 'stop-execution', 'action'),
  });
  const graphB = parse({ '1': node(1, 'event-publish', 'trigger', [], [2]), '2': node(2, 'webhook', 'action') });
  const small = event(10, ['tlp:red']);

  console.log(`node ${process.version}, ${new Date().toISOString()}`);
  await measure({ name: 'A: trigger → IF :: Tag → stop-execution (10 attributes)', iterations: 50_000, fn: () => runWorkflow({ graph: graphA, workflow, trigger, rawData: small, ports }) });
  await measure({ name: 'B: trigger → webhook port (10 attributes)', iterations: 50_000, fn: () => runWorkflow({ graph: graphB, workflow, trigger, rawData: small, ports }) });
  const big = event(10_000, ['tlp:green']);
  await measure({ name: 'A on a 10,000-attribute event', iterations: 2_000, fn: () => runWorkflow({ graph: graphA, workflow, trigger, rawData: big, ports }) });

  const wanted = ['tlp:red', 'PAP:RED'];
  const viaEngine = await measure({
    name: 'IF :: Tag scan, attribute scope, 10,000 attributes (engine)',
    iterations: 2_000,
    fn: () => evaluateCondition(Hash.extract(big, 'Event._AttributeFlattened.{n}.Tag.{n}.name'), 'in_or', wanted),
  });
  const byHand = await measure({
    name: 'IF :: Tag scan, attribute scope, 10,000 attributes (hand loop)',
    iterations: 2_000,
    fn: () => {
      const names: string[] = [];
      for (const a of (big['Event'] as { _AttributeFlattened: { Tag: { name: string }[] }[] })._AttributeFlattened) for (const t of a.Tag) names.push(t.name);
      return names.some((n) => wanted.includes(n));
    },
  });
  console.log(`IF :: Tag engine / hand-written loop: ${(viaEngine / byHand).toFixed(2)}×   (webhook calls: ${webhookCalls})`);
}

void main();
