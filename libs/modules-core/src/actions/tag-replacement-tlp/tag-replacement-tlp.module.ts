import { tagReplacementModule } from '../tag-replacement-generic/tag-replacement.factory';

// MISP's pattern, with PCRE's ASCII `\s` spelled out (JS `\s` also matches Unicode spaces).
const TLP = /(\w*tlp\w*|traffic\W+light\W+protocol)([:\t\n\v\f\r \-=]{1,2})"?(?<predicate>white|clear|green|amber|amber\+strict|red)"?/i;

/**
 * `TLP:AMBER`, `tlp=red`, `misp:tlp="amber"` → `tlp:amber`, `tlp:red`, `tlp:amber`. Only the first match counts
 * and its prefix must be exactly `tlp` (`xtlp:red` is left alone). `amber` is tried before `amber+strict`,
 * so `tlp:amber+strict` becomes `tlp:amber` (MISP quirk, kept).
 */
export function normaliseTlp(tag: string): string | undefined {
  const match = TLP.exec(tag);
  const predicate = match?.groups?.['predicate'];
  if (!match || predicate === undefined || match[1].toLowerCase() !== 'tlp') return undefined;
  return `tlp:${predicate.toLowerCase()}`;
}

export const tagReplacementTlp = tagReplacementModule({
  id: 'tag_replacement_tlp',
  name: 'Tag Replacement - TLP',
  description: 'Attach a tag (or substitue) a tag by another for the TLP taxonomy',
  substitute: normaliseTlp,
});
