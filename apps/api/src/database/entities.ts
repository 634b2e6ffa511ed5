import { ApiKeyEntity } from '../auth/api-key.entity';
import { SettingEntity } from '../settings/setting.entity';
import { WorkflowEntity } from '../workflows/workflow.entity';
import { ExecutionEntity } from '../executions/execution.entity';
import { ModuleStateEntity } from '../modules/module-state.entity';
import { JobEntity } from '../queue/job.entity';
import { PayloadEntity } from '../queue/payload.entity';
import { LogEntryEntity } from '../logs/log-entry.entity';
import { BlueprintEntity } from '../blueprints/blueprint.entity';
import { ModuleStoreEntryEntity } from '../capabilities/store/module-store-entry.entity';

/** Every entity, listed explicitly so the webpack bundle keeps them (no glob loading). */
export const ENTITIES = [ApiKeyEntity, SettingEntity, WorkflowEntity, ModuleStateEntity, ExecutionEntity, JobEntity, PayloadEntity, LogEntryEntity, BlueprintEntity, ModuleStoreEntryEntity];
