import { pythonJsonDumps, renderTemplate, toPythonString } from './template-rendering';

describe('renderTemplate (the Jinja subset)', () => {
  const data = { Event: { id: '12', Tag: [{ name: 'tlp:amber' }], 'info-x': 'dash' }, flag: true, none: null };

  it.each([
    ['{{ Event.id }}', '12'],
    ['{{Event.Tag[0].name}}', 'tlp:amber'],
    ["{{ Event['info-x'] }}", 'dash'],
    ['{{ Event.unknown }}|{{ nothing.at.all }}', '|'],
    ['{{ flag }} {{ none }}', 'True None'],
    ['{{ Event.Tag }}', "[{'name': 'tlp:amber'}]"],
    ['{{ Event.id | upper }} {% if x %}', '{{ Event.id | upper }} {% if x %}'],
  ])('%s → %s', (template, expected) => {
    expect(renderTemplate(template, data)).toBe(expected);
  });
});

describe('python string conversions', () => {
  it('prints like Python str()', () => {
    expect(toPythonString(undefined)).toBe('');
    expect(toPythonString({ a: "it's", b: [1.5, false] })).toBe("{'a': 'it\\'s', 'b': [1.5, False]}");
  });

  it('dumps like json.dumps defaults', () => {
    expect(pythonJsonDumps({ a: [1, 'x'], b: { c: null }, 'é': '日本' })).toBe('{"a": [1, "x"], "b": {"c": null}, "\\u00e9": "\\u65e5\\u672c"}');
  });
});
