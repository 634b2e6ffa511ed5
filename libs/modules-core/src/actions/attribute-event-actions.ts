import type { BuiltinModule } from '../shared/builtin-module.types';
import { addEventblocklistEntry } from './add-eventblocklist-entry/add-eventblocklist-entry.module';
import { attributeCommentOperation } from './attribute-comment-operation/attribute-comment-operation.module';
import { attributeIdsFlagOperation } from './attribute-ids-flag-operation/attribute-ids-flag-operation.module';
import { eventDistributionOperation } from './event-distribution-operation/event-distribution-operation.module';
import { publishEvent } from './publish-event/publish-event.module';
import { reloadFullEvent } from './reload-full-event/reload-full-event.module';


export { addEventblocklistEntry, attributeCommentOperation, attributeIdsFlagOperation, eventDistributionOperation, publishEvent, reloadFullEvent };

/** See the folder of each module for its behaviour and tests. */
export const ATTRIBUTE_EVENT_ACTIONS: readonly BuiltinModule[] = [
  attributeIdsFlagOperation,
  attributeCommentOperation,
  eventDistributionOperation,
  publishEvent,
  reloadFullEvent,
  addEventblocklistEntry,
];
