'use client';

import { useMemo } from 'react';
import { Button } from '../../../components/ui/button';
import { ReadonlyWorkflowCanvas } from '../../editor/components/readonly-workflow-canvas';
import type { ModuleRow } from '../../modules/types/module.types';
import type { ExecutionStep, StepStatus } from '../types/execution.types';
import { statusesAt, triggerNodeId } from '../utils/execution-view.util';

type Props = {
  graph: unknown;
  modules: ModuleRow[];
  steps: ExecutionStep[];
  cursor: number;
  playing: boolean;
  onPlay: () => void;
  onPause: () => void;
  onSeek: (cursor: number) => void;
  onNodeSelect: (nodeId: string | null) => void;
};

/** The run drawn on its workflow's graph, step by step: each node lights up in the order it ran. */
export function ExecutionReplay({ graph, modules, steps, cursor, playing, onPlay, onPause, onSeek, onNodeSelect }: Props) {
  const trigger = useMemo(() => triggerNodeId(graph), [graph]);
  const view = useMemo(() => {
    const statuses: Record<string, StepStatus> = statusesAt(steps, cursor);
    // Runs record their trigger as the first step; for a record without it the trigger is drawn as
    // succeeded once the replay starts, so the path from it shows as taken.
    if (trigger && cursor > 0 && !steps.some((s) => String(s.node_id) === trigger)) statuses[trigger] = 'success';
    const durations: Record<string, number> = {};
    const followedOutputs: Record<string, string> = {};
    for (const step of steps.slice(0, cursor)) {
      durations[String(step.node_id)] = step.duration_ms;
      if (step.output) followedOutputs[String(step.node_id)] = step.output;
    }
    return { statuses, durations, followedOutputs };
  }, [steps, cursor, trigger]);
  const current = cursor > 0 ? steps[cursor - 1] : null;

  return (
    <div className="replay">
      <div className="replay-controls" role="group" aria-label="Replay controls">
        <Button variant="secondary" onClick={() => onSeek(0)} disabled={cursor === 0} aria-label="Back to the start">
          « Start
        </Button>
        <Button variant="secondary" onClick={() => onSeek(cursor - 1)} disabled={cursor === 0} aria-label="Previous step">
          ◀ Prev
        </Button>
        {playing ? (
          <Button onClick={onPause}>Pause</Button>
        ) : (
          <Button onClick={onPlay} disabled={steps.length === 0}>
            {cursor >= steps.length ? 'Replay' : 'Play'}
          </Button>
        )}
        <Button variant="secondary" onClick={() => onSeek(cursor + 1)} disabled={cursor >= steps.length} aria-label="Next step">
          Next ▶
        </Button>
        <Button variant="secondary" onClick={() => onSeek(steps.length)} disabled={cursor >= steps.length} aria-label="Show the whole run">
          End »
        </Button>
        <input
          type="range"
          min={0}
          max={steps.length}
          value={cursor}
          aria-label="Replay position"
          aria-valuetext={`step ${cursor} of ${steps.length}`}
          onChange={(e) => onSeek(Number(e.target.value))}
        />
        <span className="replay-position" aria-live="polite">
          {cursor === 0 ? 'Before the first step' : `Step ${cursor} of ${steps.length}: ${current?.module_id ?? ''} ${current?.status ?? ''}`}
        </span>
      </div>
      <ReadonlyWorkflowCanvas
        graph={graph}
        modules={modules}
        statuses={view.statuses}
        durations={view.durations}
        followedOutputs={view.followedOutputs}
        onNodeSelect={onNodeSelect}
        height="420px"
      />
    </div>
  );
}
