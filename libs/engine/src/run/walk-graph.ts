import { addFilter, resetFilters } from '../filters/filter-nodes';
import { boundedPreview } from '../trace/bounded-preview';
import type { NodeStatus } from '../trace/trace.types';
import { executeNode, type NodeExecution } from './execute-node';
import { firstTriggerNode, nodeById, nodeParams, outputsOf } from './graph-access';
import { RoamingData } from './roaming-data';
import type { RoamingRecord, WalkNode, WalkOptions, WalkResult } from './run.types';

export type WalkOutcome = { success: boolean; errors: string[]; walk: WalkResult; data: RoamingRecord; blockedByModule: boolean };

type Connections = [string, readonly { node: string }[]][];

/** Deeper paths than this mean a graph that bypassed validation; stop instead of exhausting the stack. */
export const MAX_PATH_LENGTH = 500;

/**
 * MISP's `walkGraph` + `GraphWalker` (spec §3.4): a depth-first, pre-order walk from the start node. Action
 * nodes run as they are reached; logic nodes choose which output to follow. A blocking module that fails
 * ends the walk; a failing non-blocking module skips the rest of its path only on a non-blocking path
 * (fidelity-relevant asymmetry, spec §13.2 item 10).
 */
export async function walkGraph(opts: WalkOptions): Promise<WalkOutcome> {
  const walker = new Walker(opts);
  return walker.run();
}

class Walker {
  private readonly roaming: RoamingData;
  private readonly errors: string[] = [];
  private readonly walk: WalkResult = { executed_nodes: [], blocking_nodes: [], blocked_paths: [] };
  private readonly prevent: string[][] = [];
  private readonly triggerNode: WalkNode | null;
  private readonly now: () => number;
  private blockedByModule = false;

  constructor(private readonly opts: WalkOptions) {
    this.roaming = new RoamingData(opts.data);
    this.triggerNode = firstTriggerNode(opts.graph);
    this.now = opts.ports.now ?? Date.now;
  }

  async run(): Promise<WalkOutcome> {
    const start = nodeById(this.opts.graph, this.opts.startNodeId);
    if (!start) {
      this.errors.push(`Could not find start node ${this.opts.startNodeId}`);
      return this.result(false);
    }
    const completed = await this.visit(start, this.opts.pathType, []);
    return this.result(completed);
  }

  private result(success: boolean): WalkOutcome {
    return { success, errors: this.errors, walk: this.walk, data: this.roaming.stored(), blockedByModule: this.blockedByModule };
  }

  /** Returns false when the whole walk must stop (a blocking module failed, or the run was cancelled). */
  private async visit(node: WalkNode, pathType: string, path: string[]): Promise<boolean> {
    if (this.opts.signal?.aborted) {
      this.errors.push('Execution cancelled');
      return false;
    }
    let outputs: Connections;
    switch (node.data.module_type) {
      case 'trigger':
        this.traceInstant(node, 'success');
        outputs = outputsOf(node, this.opts.graph);
        break;
      case 'logic':
        outputs = await this.runLogic(node);
        break;
      default:
        if (!(await this.runAction(node, pathType, path))) return false;
        outputs = outputsOf(node, this.opts.graph);
    }
    return this.follow(node, pathType, path, outputs);
  }

  private async follow(node: WalkNode, pathType: string, path: string[], outputs: Connections): Promise<boolean> {
    let type = pathType;
    for (const [outputName, connections] of outputs) {
      if (node.data.id === 'concurrent-task') type = 'non-blocking';
      if (type !== this.opts.pathType) continue;
      for (const [index, connection] of connections.entries()) {
        const nextId = Number.parseInt(String(connection.node), 10);
        const edge = `${node.id}:${outputName}:${index}:${nextId}`;
        if (path.includes(edge)) continue; // loop guard, spec §3.11
        if (path.length >= MAX_PATH_LENGTH) {
          this.errors.push(`Path longer than ${MAX_PATH_LENGTH} nodes: the graph is not a valid workflow`);
          return false;
        }
        const next = nodeById(this.opts.graph, nextId);
        if (!next) {
          this.errors.push(`Could not find node ${nextId} connected from node ${node.id}`);
          continue;
        }
        if (!(await this.visit(next, type, [...path, edge]))) return false;
      }
    }
    return true;
  }

  /** An action node: skipped under an earlier non-blocking failure, else executed; false = stop the walk. */
  private async runAction(node: WalkNode, pathType: string, path: string[]): Promise<boolean> {
    if (this.prevent.some((p) => isPrefix(p, path))) {
      this.walk.blocked_paths.push(path);
      this.traceInstant(node, 'skipped');
      return true;
    }
    const started = this.traceStart(node);
    const result = await this.execute(node);
    this.walk.executed_nodes.push(node.id);
    if (result.ok) {
      this.traceEnd(node, started, 'success');
      return true;
    }
    this.walk.blocking_nodes.push(node.id);
    if (result.errors.length > 0) {
      const wf = this.opts.workflow;
      this.errors.push(
        `Node \`${node.data.id}\` (${node.id}) from Workflow \`${wf.name}\` (${wf.id}) returned the following error: ${result.errors.join(', ')}`,
      );
    }
    const blocked = result.outcome?.kind === 'block';
    this.traceEnd(node, started, blocked ? 'blocked' : 'failure', result.errors.join(', '));
    if (result.blocking) {
      this.blockedByModule = blocked;
      return false;
    }
    if (pathType === 'non-blocking') this.prevent.push(path);
    return true;
  }

  /** A logic node runs inside the walker: never skipped, never in executed_nodes, errors not collected. */
  private async runLogic(node: WalkNode): Promise<Connections> {
    const started = this.traceStart(node);
    const outputs = outputsOf(node, this.opts.graph);
    const pick = (name: string) => outputs.filter(([n]) => n === name);
    switch (node.data.id) {
      case 'concurrent-task':
        return this.runConcurrentTask(node, started, outputs);
      case 'generic-filter-data':
      case 'generic-filter-reset': {
        const error = await this.runFilterNode(node);
        this.traceEnd(node, started, error ? 'failure' : 'success', error, 'output_1');
        return pick('output_1');
      }
      default: {
        const result = await this.execute(node);
        // A failed or disabled IF silently takes the else branch (spec §3.5).
        const output = result.ok && result.outcome?.kind === 'branch' ? result.outcome.output : 'output_2';
        this.traceEnd(node, started, result.ok ? 'success' : 'failure', result.errors.join(', ') || undefined, output);
        return pick(output);
      }
    }
  }

  private async runConcurrentTask(node: WalkNode, started: number, outputs: Connections): Promise<Connections> {
    const lookup = this.opts.ports.resolveModule('logic', node.data.id);
    const enqueue = this.opts.ports.enqueueBranch;
    let error: string | undefined;
    if (lookup.status === 'disabled') error = `Could not execute disabled module \`${node.data.id}\`.`;
    else if (lookup.status === 'missing') error = `Could not load class for module: ${node.data.id}`;
    else if (!enqueue) error = 'No queue is available to run concurrent tasks';
    else {
      const first = outputs.find(([name]) => name === 'output_1');
      for (const connection of first?.[1] ?? []) {
        const startNodeId = Number.parseInt(String(connection.node), 10);
        // Each branch gets the data as seen now: the filtered view plus the filter keys (spec §3.6).
        await enqueue({ workflow: this.opts.workflow, startNodeId, data: this.roaming.getData(), rawData: this.opts.rawData });
      }
    }
    if (error) this.opts.ports.log?.({ level: 'error', message: error, nodeId: node.id, moduleId: node.data.id });
    this.traceEnd(node, started, error ? 'failure' : 'success', error, 'output_1');
    // The main walk does not descend: branches run as jobs.
    return outputs.map(([name]) => [name, []]);
  }

  /** Filter nodes change the shared roaming data directly (their semantics are the engine's, spec §6.6). */
  private async runFilterNode(node: WalkNode): Promise<string | undefined> {
    const lookup = this.opts.ports.resolveModule('logic', node.data.id);
    if (lookup.status !== 'ok') return `Could not execute disabled module \`${node.data.id}\`.`;
    const params = nodeParams(node);
    const current = this.roaming.getData();
    if (node.data.id === 'generic-filter-data') {
      const operator = stringParam(params['operator'], 'in');
      const value = operator === 'in_or' ? (params['value_list'] ?? []) : (params['value'] ?? '');
      const filter = { selector: stringParam(params['selector'], ''), path: stringParam(params['hash_path'], ''), operator, value };
      this.roaming.setData(addFilter(current, stringParam(params['filtering-label'], 'A'), filter));
      return undefined;
    }
    const reset = resetFilters(current, stringParam(params['filtering-label'], 'all'));
    if (!reset.ok) return reset.error;
    this.roaming.setData(reset.data);
    return undefined;
  }

  private execute(node: WalkNode): Promise<NodeExecution> {
    return executeNode({
      node,
      ports: this.opts.ports,
      signal: this.opts.signal,
      timeoutMs: this.opts.nodeTimeoutMs,
      ctx: {
        getData: () => this.roaming.getData(),
        setData: (data) => this.roaming.setData(data),
        rawData: this.opts.rawData,
        workflow: this.opts.workflow,
        triggerNode: this.triggerNode,
      },
    });
  }

  private traceStart(node: WalkNode): number {
    const at = this.now();
    const trace = this.opts.ports.trace;
    if (trace) trace.emit({ type: 'node:started', executionId: this.opts.executionId ?? '', nodeId: node.id, moduleId: node.data.id, at });
    return at;
  }

  private traceEnd(node: WalkNode, started: number, status: NodeStatus, error?: string, output?: string): void {
    const trace = this.opts.ports.trace;
    if (!trace) return;
    const at = this.now();
    const bytes = trace.previewBytes ?? 0;
    trace.emit({
      type: 'node:finished',
      executionId: this.opts.executionId ?? '',
      nodeId: node.id,
      moduleId: node.data.id,
      status,
      durationMs: at - started,
      ...(error ? { error } : {}),
      ...(output ? { output } : {}),
      ...(bytes > 0 ? { dataPreview: boundedPreview(this.roaming.getData(), bytes) } : {}),
      ...(trace.includeData ? { data: this.roaming.getData() } : {}),
      at,
    });
  }

  private traceInstant(node: WalkNode, status: NodeStatus): void {
    if (!this.opts.ports.trace) return;
    this.traceEnd(node, this.traceStart(node), status);
  }
}

function isPrefix(prefix: string[], path: string[]): boolean {
  if (prefix.length > path.length) return false;
  return prefix.every((edge, i) => path[i] === edge);
}


function stringParam(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}
