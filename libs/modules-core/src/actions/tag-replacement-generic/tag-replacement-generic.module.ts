import { tagReplacementModule } from './tag-replacement.factory';

/**
 * Tag Replacement Generic: MISP's base class of the TLP and PAP replacements. Its search regex is empty, so
 * PHP's `preg_match` fails on every tag and nothing is ever substituted; the node succeeds doing nothing.
 */
export const tagReplacementGeneric = tagReplacementModule({
  id: 'tag_replacement_generic',
  name: 'Tag Replacement Generic',
  description: 'Attach a tag, or substitue a tag by another',
  substitute: () => undefined,
});
