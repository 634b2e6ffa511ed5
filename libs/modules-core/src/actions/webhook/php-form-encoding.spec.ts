import { phpHttpBuildQuery, phpUrlencode } from './php-form-encoding';

describe('PHP form encoding', () => {
  it.each([
    ['a b', 'a+b'],
    ['A-Z_a.z~', 'A-Z_a.z%7E'],
    ["!*'()", '%21%2A%27%28%29'],
    ['é/€?&=', '%C3%A9%2F%E2%82%AC%3F%26%3D'],
  ])('urlencode(%j) = %j', (input, expected) => {
    expect(phpUrlencode(input)).toBe(expected);
  });

  it('encodes nested arrays with bracketed keys, skipping null and empty arrays', () => {
    const data = {
      Event: { id: '1', info: 'Phishing & spam', published: false, Tag: [], Attribute: [{ value: '8.8.8.8', to_ids: true }] },
      note: null,
      count: 3,
      ratio: 0.5,
    };
    expect(phpHttpBuildQuery(data)).toBe(
      'Event%5Bid%5D=1&Event%5Binfo%5D=Phishing+%26+spam&Event%5Bpublished%5D=0' +
        '&Event%5BAttribute%5D%5B0%5D%5Bvalue%5D=8.8.8.8&Event%5BAttribute%5D%5B0%5D%5Bto_ids%5D=1&count=3&ratio=0.5',
    );
  });

  it('numbers the entries of a top-level list and gives nothing for a scalar', () => {
    expect(phpHttpBuildQuery(['a', 'b'])).toBe('0=a&1=b');
    expect(phpHttpBuildQuery('text')).toBe('');
  });
});
