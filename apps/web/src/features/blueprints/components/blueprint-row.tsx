'use client';

import { Button } from '../../../components/ui/button';
import { formatDateTime } from '../../../components/ui/format-time';
import { ToneBadge } from '../../../components/ui/tone-badge';
import type { BlueprintRow } from '../types/blueprint.types';
import { descriptionText, intendedTrigger, moduleIdsOf } from '../utils/blueprint-file.util';

type Props = { blueprint: BlueprintRow; readOnly: boolean; exporting: boolean; onExport: () => void; onDelete: () => void };

export function BlueprintRowView({ blueprint, readOnly, exporting, onExport, onDelete }: Props) {
  const trigger = intendedTrigger(blueprint.description);
  const modules = moduleIdsOf(blueprint.data);
  return (
    <tr data-blueprint={blueprint.uuid}>
      <th scope="row">
        <span className="blueprint-name">{blueprint.name}</span> {blueprint.default && <ToneBadge tone="info">bundled</ToneBadge>}
        <span className="mono muted blueprint-uuid">{blueprint.uuid}</span>
      </th>
      <td className="mono nowrap">{trigger ?? <span className="muted">—</span>}</td>
      <td className="desc pre-wrap">{descriptionText(blueprint.description) || <span className="muted">no description</span>}</td>
      <td>
        <span className="num">{blueprint.data.length}</span>
        {modules.length > 0 && <span className="mono muted blueprint-modules">{modules.join(', ')}</span>}
      </td>
      <td className="nowrap">{formatDateTime(blueprint.timestamp)}</td>
      <td className="actions">
        <Button variant="secondary" onClick={onExport} disabled={exporting} aria-label={`Export ${blueprint.name}`}>
          {exporting ? 'Exporting…' : 'Export'}
        </Button>
        <Button variant="danger" onClick={onDelete} disabled={readOnly} aria-label={`Delete ${blueprint.name}`}>
          Delete
        </Button>
      </td>
    </tr>
  );
}
