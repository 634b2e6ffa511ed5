import type { SettingType, SettingValue } from './setting-definitions';

/** `GET /settings`: name → value; sensitive settings are `null` (write-only). */
export type SettingsMap = Record<string, SettingValue | null>;

/** `GET /settings/definitions`: what the editor renders its form from. */
export type SettingView = {
  name: string;
  type: SettingType;
  default: SettingValue | null;
  value: SettingValue | null;
  description: string;
  sensitive: boolean;
  /** For sensitive settings: whether a value is stored. */
  is_set: boolean;
  origin: 'misp' | 'platform';
  min?: number;
  max?: number;
  format?: 'url';
};
