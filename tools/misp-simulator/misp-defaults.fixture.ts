import type {
  MispGalaxy,
  MispGalaxyCluster,
  MispWarninglist,
  SeedRecord,
} from './misp-simulator.types';

/**
 * Small stand-ins for MISP's bundled warninglists, enough for checkValue hits and misses and for what
 * `GET /warninglists/view/{id}` adds (category, matching attribute types, entry comments).
 */
export const DEFAULT_WARNINGLISTS: MispWarninglist[] = [
  {
    id: '1',
    name: 'List of known IPv4 public DNS resolvers',
    type: 'cidr',
    enabled: true,
    entries: ['8.8.8.8/32', '8.8.4.4/32', '1.1.1.0/24'],
    description:
      'Event contains one or more public IPv4 DNS resolvers as attribute with an IDS flag set',
    version: '20240312',
    category: 'false_positive',
    matching_attributes: ['ip-src', 'ip-dst', 'domain|ip'],
    comments: { '8.8.8.8/32': 'Google Public DNS' },
    default: true,
  },
  {
    id: '2',
    name: 'Top 1000 website from Alexa',
    type: 'hostname',
    enabled: true,
    entries: ['google.com', 'example.com'],
    description:
      'Event contains one or more entries from the top 1000 of the most used website (Alexa).',
    version: '20231019',
    category: 'known',
    matching_attributes: ['hostname', 'domain', 'url', 'domain|ip'],
    default: true,
  },
  {
    id: '3',
    name: 'List of RFC 1918 CIDR blocks',
    type: 'cidr',
    enabled: false,
    entries: ['10.0.0.0/8', '192.168.0.0/16'],
    description:
      'Event contains one or more entries from the RFC 1918 private IPv4 blocks',
    version: '20231019',
    category: 'false_positive',
    matching_attributes: ['ip-src', 'ip-dst', 'domain|ip'],
    default: true,
  },
];

/** A Country cluster as MISP's bundled galaxy has it (uuid, lower-case value, geonames meta). */
function country(
  id: string,
  name: string,
  iso: string,
  iso3: string,
  capital: string,
): MispGalaxyCluster {
  const hex = [...iso3].map((c) => c.charCodeAt(0).toString(16)).join('');
  const value = name.toLowerCase();
  return {
    id,
    uuid: `84668357-5a8c-4bdd-9f0f-6b50b2${hex}`,
    type: 'country',
    value,
    tag_name: `misp-galaxy:country="${value}"`,
    description: name,
    galaxy_id: '2',
    meta: {
      Capital: [capital],
      Continent: ['EU'],
      ISO: [iso],
      ISO3: [iso3],
    },
    source: 'MISP Project',
    authors: ['geonames.org'],
    version: '1',
  };
}

export const DEFAULT_GALAXIES: MispGalaxy[] = [
  {
    id: '1',
    uuid: '698774c7-8022-42c4-917f-8d6e4f06ada3',
    name: 'Threat Actor',
    type: 'threat-actor',
    description: 'Threat actors are characteristics of malicious actors.',
    namespace: 'misp',
    version: '3',
    icon: 'user-secret',
    GalaxyCluster: [
      {
        id: '1',
        uuid: '5b4ee3ea-eee3-4c8e-8323-85ae32658754',
        type: 'threat-actor',
        value: 'Sofacy',
        tag_name: 'misp-galaxy:threat-actor="Sofacy"',
        description: 'The Sofacy Group is a cyber espionage group.',
        galaxy_id: '1',
        meta: { synonyms: ['APT28', 'Fancy Bear'] },
      },
    ],
  },
  {
    id: '2',
    uuid: '84668357-5a8c-4bdd-9f0f-6b50b2aee4c1',
    name: 'Country',
    type: 'country',
    description:
      'Country meta information based on the database provided by geonames.org.',
    namespace: 'misp',
    version: '1',
    icon: 'globe',
    GalaxyCluster: [
      country('2', 'Belgium', 'BE', 'BEL', 'Brussels'),
      country('3', 'France', 'FR', 'FRA', 'Paris'),
      country('4', 'Germany', 'DE', 'DEU', 'Berlin'),
      country('5', 'Luxembourg', 'LU', 'LUX', 'Luxembourg'),
    ],
  },
];

/** The event the CLI seeds so a developer has something to act on straight away. */
export const SEED_EVENT: SeedRecord = {
  id: '1',
  uuid: '5f0b9c1e-8a3e-4c1f-9d61-0c2f2a1b7e01',
  info: 'Simulated phishing campaign',
  date: '2024-05-01',
  threat_level_id: '2',
  analysis: '1',
  distribution: '1',
  published: false,
  Orgc: {
    id: '1',
    name: 'ORGNAME',
    uuid: '5f0b9c1e-0000-4c1f-9d61-0c2f2a1b7e00',
  },
  Tag: [{ name: 'tlp:amber', colour: '#FFC000' }],
  Attribute: [
    {
      id: '1',
      uuid: '5f0b9c1e-8a3e-4c1f-9d61-0c2f2a1b7e11',
      type: 'ip-dst',
      category: 'Network activity',
      value: '203.0.113.10',
      to_ids: true,
    },
    {
      id: '2',
      uuid: '5f0b9c1e-8a3e-4c1f-9d61-0c2f2a1b7e12',
      type: 'domain',
      category: 'Network activity',
      value: 'login-example.test',
      to_ids: true,
      comment: 'phishing landing page',
    },
    {
      id: '3',
      uuid: '5f0b9c1e-8a3e-4c1f-9d61-0c2f2a1b7e13',
      type: 'ip-dst',
      category: 'Network activity',
      value: '8.8.8.8',
      to_ids: true,
    },
  ],
  Object: [
    {
      id: '1',
      uuid: '5f0b9c1e-8a3e-4c1f-9d61-0c2f2a1b7e21',
      name: 'file',
      'meta-category': 'file',
      template_version: '24',
      Attribute: [
        {
          id: '4',
          uuid: '5f0b9c1e-8a3e-4c1f-9d61-0c2f2a1b7e31',
          type: 'filename',
          category: 'Payload delivery',
          value: 'invoice.pdf.exe',
          object_relation: 'filename',
        },
        {
          id: '5',
          uuid: '5f0b9c1e-8a3e-4c1f-9d61-0c2f2a1b7e32',
          type: 'sha256',
          category: 'Payload delivery',
          value: 'a'.repeat(64),
          object_relation: 'sha256',
          to_ids: true,
        },
      ],
    },
  ],
};
