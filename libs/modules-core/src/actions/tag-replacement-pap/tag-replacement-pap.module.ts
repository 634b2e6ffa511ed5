import { tagReplacementModule } from '../tag-replacement-generic/tag-replacement.factory';

// MISP's pattern, with PCRE's ASCII `\s` spelled out (JS `\s` also matches Unicode spaces).
const PAP = /(\w*pap\w*|permissible\W+actions\W+protocol)([:\t\n\v\f\r \-=]{1,2})"?(?<predicate>white|clear|green|amber|red)"?/i;

/** `PAP--green`, `pap=amber` → `PAP:GREEN`, `PAP:AMBER`; the prefix must be exactly `pap` (`papyrus:red` is left alone). */
export function normalisePap(tag: string): string | undefined {
  const match = PAP.exec(tag);
  const predicate = match?.groups?.['predicate'];
  if (!match || predicate === undefined || match[1].toLowerCase() !== 'pap') return undefined;
  return `PAP:${predicate.toUpperCase()}`;
}

export const tagReplacementPap = tagReplacementModule({
  id: 'tag_replacement_pap',
  name: 'Tag Replacement - PAP',
  description: 'Attach a tag (or substitue) a tag by another for the PAP taxonomy',
  substitute: normalisePap,
});
