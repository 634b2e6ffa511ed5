import {
  domainAttributeFields,
  eventRow,
  filenameAttributeFields,
  ipAttributeFields,
  objectReference,
  objectRow,
  org,
  proposal,
  relatedEvent,
  report,
  sha256AttributeFields,
  sighting,
} from './misp-event';
import { countryGalaxy, countryTag, osint, papRed, sofacyGalaxy, sofacyTag, tlpAmber } from './misp-tags';

/**
 * What MISP's WorkflowFormatConverterTool::convert makes of `fetchEventLayout()`, written out by
 * hand from spec §5.3 and JSONConverterTool, in MISP's key order.
 */
type Rec = Record<string, unknown>;

const inherited = (tag: Rec): Rec => ({ ...tag, inherited: true });
const own = (tag: Rec): Rec => ({ ...tag, inherited: false });
export const inheritedEventTags = (): Rec[] => [inherited(tlpAmber()), inherited(sofacyTag())];

export const convertedIpAttribute = (): Rec => ({
  ...ipAttributeFields(),
  Galaxy: [],
  ShadowAttribute: [],
  Tag: [papRed()],
  Sighting: [sighting('1', '100')],
  RelatedAttribute: [{ id: '900', value: '203.0.113.7', org_id: '2', info: 'Older campaign', event_id: '12' }],
  _allTags: [...inheritedEventTags(), own(papRed())],
});

export const convertedDomainAttribute = (): Rec => ({
  ...domainAttributeFields(),
  Tag: [osint()],
  Sighting: [],
  ShadowAttribute: [proposal('2', '101', 'evil.example.org')],
  _allTags: [...inheritedEventTags(), own(osint())],
});

export const convertedFilenameAttribute = (): Rec => ({
  ...filenameAttributeFields(),
  _allTags: inheritedEventTags(),
});

export const convertedSha256Attribute = (): Rec => ({
  ...sha256AttributeFields(),
  Tag: [countryTag()],
  Galaxy: [countryGalaxy({})],
  Sighting: [sighting('2', '103')],
  _allTags: [...inheritedEventTags(), own(countryTag())],
});

export function convertedFetchEvent(): Rec {
  const attributes = [convertedIpAttribute(), convertedDomainAttribute()];
  const objectAttributes = [convertedFilenameAttribute(), convertedSha256Attribute()];
  return {
    Event: {
      ...eventRow(),
      Org: org(),
      Orgc: org(),
      Attribute: attributes,
      ShadowAttribute: [proposal('1', '0', 'login-evil.example')],
      RelatedEvent: [relatedEvent()],
      Galaxy: [sofacyGalaxy(), countryGalaxy({})],
      // The second object (no attributes) is dropped by JSONConverterTool.
      Object: [{ ...objectRow('7'), ObjectReference: [objectReference()], Attribute: objectAttributes }],
      EventReport: [report()],
      CryptographicKey: [],
      Tag: [tlpAmber(), sofacyTag()],
      _AttributeFlattened: [...attributes, ...objectAttributes],
    },
  };
}

function withoutWorkflowKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutWorkflowKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Rec = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key !== '_allTags' && key !== '_AttributeFlattened') out[key] = withoutWorkflowKeys(inner);
  }
  return out;
}

/** The same event as `GET /events/view/42` returns it: core format without the workflow additions. */
export function viewFormatEvent(): Rec {
  return withoutWorkflowKeys(convertedFetchEvent()) as Rec;
}
