'use client';

import { ErrorState, LoadingState } from '../../../components/ui/states';
import { useAuth } from '../../auth/auth-context';
import { useSettingDefinitions } from '../api/settings-queries';
import { SettingsForm } from './settings-form';

export function SettingsPage() {
  const { identity } = useAuth();
  const query = useSettingDefinitions();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Settings</h1>
      <p className="muted">MISP setting names and defaults; changes apply to every API and worker process within seconds.</p>
      {query.isPending && <LoadingState label="Loading settings…" />}
      {query.isError && <ErrorState message={`Could not load settings: ${query.error.message}`} onRetry={() => void query.refetch()} />}
      {query.data && (
        // Re-mount the form when the server data changes so the draft starts from what was saved.
        <SettingsForm key={query.dataUpdatedAt} settings={query.data} readOnly={identity?.role !== 'admin'} />
      )}
    </section>
  );
}
