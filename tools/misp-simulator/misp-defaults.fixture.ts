import type {
  MispGalaxy,
  MispWarninglist,
  SeedRecord,
} from './misp-simulator.types';

/** Small stand-ins for MISP's bundled warninglists, enough for checkValue hits and misses. */
export const DEFAULT_WARNINGLISTS: MispWarninglist[] = [
  {
    id: '1',
    name: 'List of known IPv4 public DNS resolvers',
    type: 'cidr',
    enabled: true,
    entries: ['8.8.8.8/32', '8.8.4.4/32', '1.1.1.0/24'],
  },
  {
    id: '2',
    name: 'Top 1000 website from Alexa',
    type: 'hostname',
    enabled: true,
    entries: ['google.com', 'example.com'],
  },
  {
    id: '3',
    name: 'List of RFC 1918 CIDR blocks',
    type: 'cidr',
    enabled: false,
    entries: ['10.0.0.0/8', '192.168.0.0/16'],
  },
];

export const DEFAULT_GALAXIES: MispGalaxy[] = [
  {
    id: '1',
    uuid: '698774c7-8022-42c4-917f-8d6e4f06ada3',
    name: 'Threat Actor',
    type: 'threat-actor',
    description: 'Threat actors are characteristics of malicious actors.',
    namespace: 'misp',
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
