import type { BuiltinModule } from '../shared/builtin-module.types';
import { assignCountry } from './assign-country/assign-country.module';
import { attachEnrichment } from './attach-enrichment/attach-enrichment.module';
import { attachWarninglist } from './attach-warninglist/attach-warninglist.module';
import { tagOperation } from './tag-operation/tag-operation.module';
import { tagReplacementGeneric } from './tag-replacement-generic/tag-replacement-generic.module';
import { tagReplacementPap } from './tag-replacement-pap/tag-replacement-pap.module';
import { tagReplacementTlp } from './tag-replacement-tlp/tag-replacement-tlp.module';


export { assignCountry, attachEnrichment, attachWarninglist, tagOperation, tagReplacementGeneric, tagReplacementPap, tagReplacementTlp };

/** See the folder of each module for its behaviour and tests. */
export const TAG_ACTIONS: readonly BuiltinModule[] = [
  tagOperation,
  tagReplacementGeneric,
  tagReplacementTlp,
  tagReplacementPap,
  assignCountry,
  attachEnrichment,
  attachWarninglist,
];
