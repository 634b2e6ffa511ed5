import type { SettingDefinition, SettingValue } from './setting-definitions';

export type SettingCheck = { ok: true; value: SettingValue } | { ok: false; message: string };

/**
 * Validates one value against its definition. Numeric settings accept numeric strings because MISP
 * stores some of them as strings (`Plugin.Action_services_port` = '6666'); the stored value is a number.
 */
export function validateSettingValue(def: SettingDefinition, value: unknown): SettingCheck {
  switch (def.type) {
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: 'must be true or false' };
    case 'numeric':
      return checkNumeric(def, value);
    case 'string':
      return checkString(def, value);
    default: {
      const unreachable: never = def.type;
      return { ok: false, message: `unknown type ${String(unreachable)}` };
    }
  }
}

function checkNumeric(def: SettingDefinition, value: unknown): SettingCheck {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return { ok: false, message: 'must be a number' };
  if (def.min !== undefined && n < def.min) return { ok: false, message: `must be at least ${def.min}` };
  if (def.max !== undefined && n > def.max) return { ok: false, message: `must be at most ${def.max}` };
  return { ok: true, value: n };
}

function checkString(def: SettingDefinition, value: unknown): SettingCheck {
  if (typeof value !== 'string') return { ok: false, message: 'must be a string' };
  if (value.length > 4096) return { ok: false, message: 'must be at most 4096 characters' };
  if (def.format === 'url' && !(def.allowEmpty && value === '') && !isHttpUrl(value)) {
    return { ok: false, message: 'must be an http(s) URL' };
  }
  return { ok: true, value };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
