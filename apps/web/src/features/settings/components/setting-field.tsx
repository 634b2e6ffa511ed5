'use client';

import type { SettingView } from '@misp-wf/contracts';
import { settingLabel } from '../utils/settings-form.util';

type Props = {
  setting: SettingView;
  value: string | boolean;
  error?: string;
  disabled: boolean;
  onChange: (value: string | boolean) => void;
};

/** One row of the Settings form; the input follows the setting's type, errors sit under it. */
export function SettingField({ setting, value, error, disabled, onChange }: Props) {
  const id = `setting-${setting.name}`;
  const describedBy = [`${id}-help`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}`} data-setting={setting.name}>
      {setting.type === 'boolean' ? (
        <label className="checkbox" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            disabled={disabled}
            onChange={(e) => onChange(e.target.checked)}
            aria-describedby={describedBy}
          />
          <span className="field-name">{settingLabel(setting.name)}</span>
        </label>
      ) : (
        <>
          <label className="field-name" htmlFor={id}>
            {settingLabel(setting.name)}
          </label>
          <input
            id={id}
            type={setting.sensitive ? 'password' : 'text'}
            inputMode={setting.type === 'numeric' ? 'numeric' : undefined}
            value={typeof value === 'string' ? value : ''}
            placeholder={setting.sensitive ? (setting.is_set ? '•••••• (set; type to replace)' : 'not set') : undefined}
            autoComplete="off"
            disabled={disabled}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          />
        </>
      )}
      <p id={`${id}-help`} className="help">
        {setting.description}
        {setting.origin === 'platform' ? ' (platform setting)' : ''}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
