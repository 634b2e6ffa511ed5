import { randomUUID } from 'node:crypto';
import { requireKey } from './action-modules';
import type { JsonObject, JsonValue, MispModule } from './module-types';
import { renderTemplate } from './template-rendering';

const NO_EXTRA_INFO = { logo: '', requirements: [], features: '', references: [], input: '', output: '' };

/** The fake hashlookup database: the empty file, which the real CIRCL service knows. */
const KNOWN_FILES: JsonObject[] = [
  {
    MD5: 'd41d8cd98f00b204e9800998ecf8427e',
    'SHA-1': 'da39a3ee5e6b4b0d3255bfef95601890afd80709',
    'SHA-256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    FileName: 'empty.txt',
    FileSize: '0',
    source: 'NSRL',
  },
];

/** Attribute type → field of a hashlookup answer. */
const HASH_TYPES: Record<string, string> = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256' };

const HASH_FIELDS: [string, string][] = [
  ['MD5', 'md5'],
  ['SHA-1', 'sha1'],
  ['SHA-256', 'sha256'],
  ['FileName', 'filename'],
  ['FileSize', 'size-in-bytes'],
  ['source', 'text'],
];

function hashlookupObject(found: JsonObject, attributeUuid: JsonValue): JsonObject {
  const uuid = randomUUID();
  const attributes = HASH_FIELDS.filter(([key]) => key in found).map(([relation, type]) => ({
    object_relation: relation,
    type,
    value: found[relation],
    uuid: randomUUID(),
  }));
  const reference = { referenced_uuid: attributeUuid, relationship_type: 'related-to', object_uuid: uuid };
  return { name: 'hashlookup', 'meta-category': 'misc', uuid, Attribute: attributes, ObjectReference: [reference] };
}

/**
 * misp-modules' hashlookup (misp_standard format) answering from {@link KNOWN_FILES} instead of
 * hashlookup.circl.lu, with the real module's error objects.
 */
export function hashlookupModule(): MispModule {
  const description =
    'An expansion module to query the CIRCL hashlookup services to find it if a hash is part of a known set such as NSRL.';
  const meta = {
    ...NO_EXTRA_INFO,
    version: '2',
    author: 'Alexandre Dulaunoy',
    description,
    'module-type': ['expansion', 'hover'],
    name: 'CIRCL Hashlookup Lookup',
    logo: 'circl.png',
    references: ['https://www.circl.lu/services/hashlookup/'],
    input: 'File hashes (MD5, SHA1)',
    output: 'Object with the filename associated hashes if the hash is part of a known set.',
    config: ['custom_API'],
  };
  const mispattributes = { input: ['md5', 'sha1', 'sha256'], format: 'misp_standard' as const };
  return { descriptor: { name: 'hashlookup', type: 'expansion', mispattributes, meta }, handler: lookupHash };
}

function lookupHash(request: JsonObject): JsonValue {
  const attribute = request.attribute;
  if (!attribute || typeof attribute !== 'object' || Array.isArray(attribute) || !['type', 'value', 'uuid'].every((k) => k in attribute)) {
    return { error: 'This module requires an "attribute" field as input, which should contain at least a type, a value and an uuid.' };
  }
  const field = Object.hasOwn(HASH_TYPES, String(attribute.type)) ? HASH_TYPES[String(attribute.type)] : undefined;
  if (!field) return { error: 'md5 or sha1 or sha256 is missing.' };
  requireKey(request, 'config'); // the real module reads request["config"] before querying
  const value = String(attribute.value).toLowerCase();
  const found = KNOWN_FILES.find((file) => file[field] === value);
  if (!found) return { error: 'Non existing hash' };
  return { results: { Attribute: [attribute], Object: [hashlookupObject(found, attribute.uuid)] } };
}

/** misp-modules' jinja_template_rendering, which MISP uses to render `jinja_supported` workflow params. */
export function jinjaTemplateRenderingModule(): MispModule {
  const meta = {
    ...NO_EXTRA_INFO,
    version: '0.1',
    author: 'Sami Mokaddem',
    description: 'Render the template with the data passed',
    'module-type': ['expansion'],
    name: 'Ninja Template Rendering',
  };
  const mispattributes = { input: ['text'], output: ['text'] };
  return {
    descriptor: { name: 'jinja_template_rendering', type: 'expansion', mispattributes, meta },
    handler: (request) => {
      if (!request.text) return false;
      const payload: JsonValue = JSON.parse(String(request.text));
      const source = payload && typeof payload === 'object' && !Array.isArray(payload) ? payload : {};
      const template = typeof source.template === 'string' ? source.template : '- Default template -';
      const rendered = renderTemplate(template, source.data ?? {});
      return { results: [{ types: ['text'], values: [rendered] }] };
    },
  };
}
