import { TRIGGER_IDS } from '@misp-wf/engine';
import type { BuiltinModule } from '../shared/builtin-module.types';
import { tagAttachedAfterSave } from './tag-attached-after-save/tag-attached-after-save.module';
import { triggerModule } from './trigger-module.factory';

/** The 17 MISP triggers in MISP's order; only `tag-attached-after-save` has conditions of its own. */
export const TRIGGER_MODULES: readonly BuiltinModule[] = TRIGGER_IDS.map((id) =>
  id === 'tag-attached-after-save' ? tagAttachedAfterSave : triggerModule(id),
);
