import { humanize, slug, underscore } from './inflector';

describe('CakePHP Inflector (MISP param translation, spec §12.4)', () => {
  it.each([
    ['testaction', 'testaction'],
    ['nextcloud_talk', 'nextcloud_talk'],
    ['MyModule', 'my_module'],
    ['exportSentinel', 'export_sentinel'],
    ['ABC', 'a_b_c'],
    ['Data extraction path', 'data extraction path'],
  ])('underscore(%p) = %p', (input, expected) => {
    expect(underscore(input)).toBe(expected);
  });

  it.each([
    ['data extraction path', 'data_extraction_path'],
    ['message_template', 'message_template'],
    ['  a -- b  ', 'a_b'],
    ['__x__', 'x'],
    ['url (https)', 'url_https'],
    ['café', 'cafe'],
  ])('slug(%p) = %p', (input, expected) => {
    expect(slug(input)).toBe(expected);
  });

  it.each([
    ['Data extraction path', 'Data Extraction Path'],
    ['message_template', 'Message Template'],
    ['bot_access_token', 'Bot Access Token'],
    ['foo', 'Foo'],
    ['mixedCASE word', 'MixedCASE Word'],
  ])('humanize(%p) = %p', (input, expected) => {
    expect(humanize(input)).toBe(expected);
  });

  it('gives testaction\'s hash_path param MISP\'s id and label', () => {
    expect(slug(underscore('Data extraction path'))).toBe('data_extraction_path');
    expect(humanize('Data extraction path')).toBe('Data Extraction Path');
  });
});
