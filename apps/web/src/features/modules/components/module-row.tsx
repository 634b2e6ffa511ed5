'use client';

import { ToggleSwitch } from '../../../components/ui/toggle-switch';
import { ToneBadge } from '../../../components/ui/tone-badge';
import { useToast } from '../../../components/ui/toast';
import { useToggleModule } from '../api/modules-queries';
import type { ModuleRow } from '../types/module.types';
import { SOURCE_VIEW } from '../utils/module-index.util';

export function ModuleRowView({ module, readOnly }: { module: ModuleRow; readOnly: boolean }) {
  const toggle = useToggleModule();
  const toast = useToast();
  const source = SOURCE_VIEW[module.source] ?? { label: module.source, tone: 'neutral' as const };

  function setEnabled(enabled: boolean) {
    toggle.mutate(
      { id: module.id, enabled },
      {
        onSuccess: () => toast('success', `${enabled ? 'Enabled' : 'Disabled'} module ${module.id}`),
        onError: (e) => toast('error', `Could not ${enabled ? 'enable' : 'disable'} ${module.id}: ${e.message}`),
      },
    );
  }

  return (
    <tr data-module={module.id} className={module.error ? 'row-error' : undefined}>
      <th scope="row">
        <span className="module-name">{module.name}</span>
        <span className="mono muted module-id">{module.id}</span>
        {module.origin && <span className="mono muted module-origin">from {module.origin}</span>}
        {module.description && <span className="module-desc">{module.description}</span>}
        {module.error && (
          <p className="cell-error" data-testid="module-error">
            <strong>Failed to load:</strong> {module.error}
          </p>
        )}
      </th>
      <td>{module.module_type}</td>
      <td>
        <ToneBadge tone={source.tone}>{source.label}</ToneBadge>
      </td>
      <td className="mono">{module.version}</td>
      <td>{module.blocking ? <ToneBadge tone="warning">blocking</ToneBadge> : <span className="muted">no</span>}</td>
      <td>
        <ToggleSwitch
          checked={module.enabled}
          label={`Enable module ${module.id}`}
          onChange={setEnabled}
          // A module that failed to load never runs; the API refuses to toggle it (409).
          disabled={readOnly || Boolean(module.error)}
          busy={toggle.isPending}
        />
      </td>
    </tr>
  );
}
