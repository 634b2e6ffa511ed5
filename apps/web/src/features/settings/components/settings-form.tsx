'use client';

import type { SettingView } from '@misp-wf/contracts';
import { useMemo, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { ApiClientError } from '../../../lib/api-client';
import { usePatchSettings } from '../api/settings-queries';
import { changedValues, fieldErrors, groupSettings, initialDraft, type DraftValues } from '../utils/settings-form.util';
import { SettingField } from './setting-field';

export function SettingsForm({ settings, readOnly }: { settings: SettingView[]; readOnly: boolean }) {
  const [draft, setDraft] = useState<DraftValues>(() => initialDraft(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const patch = usePatchSettings();
  const toast = useToast();
  const groups = useMemo(() => groupSettings(settings), [settings]);
  const changes = changedValues(settings, draft);
  const dirty = Object.keys(changes).length > 0;

  async function save(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    try {
      await patch.mutateAsync(changes);
      toast('success', `Saved ${Object.keys(changes).length} setting(s)`);
    } catch (e) {
      if (e instanceof ApiClientError && e.code === 'validation_failed') {
        setErrors(fieldErrors(e.details));
        setFormError('Some values were not accepted. Nothing was saved.');
      } else {
        setFormError(e instanceof Error ? e.message : String(e));
      }
    }
  }

  return (
    <form onSubmit={save} aria-label="Settings">
      {readOnly && <p className="notice">Your key has the viewer role: settings are read-only.</p>}
      {groups.map((group) => (
        <fieldset key={group.title} className="card">
          <legend>{group.title}</legend>
          {group.settings.map((s) => (
            <SettingField
              key={s.name}
              setting={s}
              value={draft[s.name] ?? ''}
              error={errors[s.name]}
              disabled={readOnly || patch.isPending}
              onChange={(value) => setDraft((d) => ({ ...d, [s.name]: value }))}
            />
          ))}
        </fieldset>
      ))}
      <div className="form-actions">
        {formError && (
          <p className="field-error" role="alert">
            {formError}
          </p>
        )}
        <Button type="button" variant="secondary" disabled={!dirty || patch.isPending} onClick={() => setDraft(initialDraft(settings))}>
          Discard changes
        </Button>
        <Button type="submit" disabled={readOnly || !dirty || patch.isPending}>
          {patch.isPending ? 'Saving…' : 'Save changes'}
        </Button>
      </div>
    </form>
  );
}
