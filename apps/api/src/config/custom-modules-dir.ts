import { join, resolve } from 'node:path';
import type { AppConfig } from './app-config.schema';

/** Contract §9: `CUSTOM_MODULES_DIR`, else `DATA_DIR/modules`; absolute, so module paths in errors are unambiguous. */
export function customModulesDir(config: Pick<AppConfig, 'CUSTOM_MODULES_DIR' | 'DATA_DIR'>): string {
  const dir = config.CUSTOM_MODULES_DIR && config.CUSTOM_MODULES_DIR !== '' ? config.CUSTOM_MODULES_DIR : join(config.DATA_DIR, 'modules');
  return resolve(dir);
}
