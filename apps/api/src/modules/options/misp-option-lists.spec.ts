import {
  enrichmentModuleOptions,
  galaxyClusterOptions,
  organisationOptions,
  readTagCatalogue,
  sharingGroupOptions,
  tagOptions,
  UnexpectedAnswerError,
  userOptions,
  warninglistOptions,
} from './misp-option-lists';

describe('MISP answers read as picker options', () => {
  it('splits the tag catalogue into tags and galaxy clusters without the misp-galaxy: prefix', () => {
    const rows = readTagCatalogue({
      Tag: [
        { id: '1', name: 'tlp:amber', is_galaxy: false },
        { id: '2', name: 'misp-galaxy:threat-actor="Sofacy"', is_galaxy: true },
        { id: '3', name: 'custom', is_galaxy: '0' },
        { id: '4', name: 'misp-galaxy:country="belgium"', is_galaxy: '1' },
        { id: '5', name: '' },
      ],
    });
    expect(tagOptions(rows)).toEqual([
      { value: 'tlp:amber', label: 'tlp:amber' },
      { value: 'custom', label: 'custom' },
    ]);
    expect(galaxyClusterOptions(rows).map((o) => o.value)).toEqual(['threat-actor="Sofacy"', 'country="belgium"']);
    expect(() => readTagCatalogue([])).toThrow(UnexpectedAnswerError);
    expect(() => readTagCatalogue({ name: 'Not Found' })).toThrow('GET /tags/index');
  });

  it('reads organisations, sharing groups (active and passive), accounts and enabled warninglists', () => {
    expect(organisationOptions([{ Organisation: { id: '1', name: 'ORGNAME' } }, { Organisation: { id: 3, name: '' } }])).toEqual([
      { value: '1', label: 'ORGNAME' },
      { value: '3', label: '3' },
    ]);
    expect(sharingGroupOptions([{ response: [{ SharingGroup: { id: '1', name: 'EU' } }] }, { response: [{ SharingGroup: { id: '3', name: 'Old' } }] }])).toEqual([
      { value: '1', label: 'EU' },
      { value: '3', label: 'Old' },
    ]);
    expect(userOptions([{ User: { email: 'admin@admin.test' } }, { Role: {} }])).toEqual([
      { value: 'admin@admin.test', label: 'admin@admin.test' },
      { value: '', label: '' },
    ]);
    expect(
      warninglistOptions({
        Warninglists: [{ Warninglist: { name: 'DNS resolvers', enabled: true } }, { Warninglist: { name: 'RFC 1918', enabled: false } }],
      }),
    ).toEqual([{ value: 'DNS resolvers', label: 'DNS resolvers' }]);
    expect(() => sharingGroupOptions([[]])).toThrow('no "response" list');
    expect(() => organisationOptions({ Organisation: [] })).toThrow(UnexpectedAnswerError);
  });

  it('offers the Enrichment family of misp-modules (expansion and hover), not import, export or action modules', () => {
    const modules = [
      { name: 'hashlookup', type: 'expansion', meta: { 'module-type': ['expansion', 'hover'] } },
      { name: 'hover_only', type: 'expansion', meta: { 'module-type': ['hover'] } },
      { name: 'mattermost', type: 'action', meta: { 'module-type': ['action'] } },
      { name: 'csvimport', type: 'import_mod', meta: { 'module-type': ['import'] } },
      { name: 'no_meta', type: 'expansion' },
    ];
    expect(enrichmentModuleOptions(modules).map((o) => o.value)).toEqual(['hashlookup', 'hover_only', 'no_meta']);
    expect(() => enrichmentModuleOptions({ modules })).toThrow(UnexpectedAnswerError);
  });
});
