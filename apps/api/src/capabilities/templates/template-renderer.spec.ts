import { TemplateError } from '@misp-wf/sdk';
import { renderTemplate } from './template-renderer';

const data = {
  Event: {
    id: '12',
    info: 'Phishing wave',
    published: false,
    Tag: [{ name: 'tlp:amber' }, { name: 'pap:green' }],
    Attribute: [{ value: '192.0.2.1', type: 'ip-dst' }],
  },
  enabledFilters: [],
};

function failureOf(template: string, context: Record<string, unknown> = data): TemplateError {
  try {
    renderTemplate(template, context);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return error as TemplateError;
  }
  throw new Error(`expected ${template} to fail`);
}

describe('renderTemplate', () => {
  it('uses the top-level keys of the data as variables', () => {
    expect(renderTemplate('Blocked {{ Event.info }} ({{ Event.Tag[0].name }}, {{ Event["id"] }})', data)).toBe('Blocked Phishing wave (tlp:amber, 12)');
  });

  it('supports loops, conditions, filters and Jinja literals', () => {
    const template = '{% for t in Event.Tag %}{{ t.name | upper }}{% if not loop.last %}, {% endif %}{% endfor %}{% if Event.published == False %} unpublished{% endif %}';
    expect(renderTemplate(template, data)).toBe('TLP:AMBER, PAP:GREEN unpublished');
    expect(renderTemplate('{{ Event.Attribute | length }} {{ Event.info.lower() }} {{ Event.get("nope", "-") }}', data)).toBe('1 phishing wave -');
  });

  it('renders undefined values as empty text and does not escape HTML (MISP renders plain text)', () => {
    expect(renderTemplate('[{{ Event.missing.deeper }}][{{ nothing }}]', data)).toBe('[][]');
    expect(renderTemplate('{{ x }}', { x: '<b>&</b>' })).toBe('<b>&</b>');
  });

  it('fails with a clear TemplateError for a template that does not parse', () => {
    expect(failureOf('{% for t in Event.Tag %}{{ t.name }}').message).toBe('Could not render the template: unexpected end of file');
    expect(failureOf('{{ Event.info }').message).toMatch(/^Could not render the template: \[Line 1, Column \d+\] .+/);
  });

  it('fails with a clear TemplateError for an unknown filter or a call of nothing', () => {
    expect(failureOf('{{ Event.info | shout }}').message).toBe('Could not render the template: filter not found: shout');
    expect(failureOf('{{ launch() }}').message).toBe('Could not render the template: Unable to call `launch`, which is undefined or falsey');
  });

  describe('sandbox', () => {
    it.each([
      ['{{ range.constructor("return process")() }}', 'constructor'],
      ['{{ "".constructor.constructor("return process")() }}', 'constructor'],
      ['{{ Event["constructor"] }}', 'constructor'],
      ['{{ Event["con" ~ "structor"] }}', 'constructor'],
      ['{% set k = "constructor" %}{{ cycler[k] }}', 'constructor'],
      ['{{ Event.__proto__ }}', '__proto__'],
      ['{{ __proto__ }}', '__proto__'],
      ['{{ constructor }}', 'constructor'],
      ['{{ joiner.prototype }}', 'prototype'],
      ['{{ Event.__lookupGetter__("__proto__") }}', '__lookupGetter__'],
    ])('refuses %s', (template, name) => {
      expect(failureOf(template).message).toBe(`Could not render the template: access to \`${name}\` is not allowed in templates`);
    });

    it('hides what values inherit: no Object or Function methods, no array mutators', () => {
      expect(failureOf('{{ valueOf() }}').message).toContain('Unable to call `valueOf`');
      expect(failureOf('{{ toString() }}').message).toContain('Unable to call `toString`');
      expect(renderTemplate('[{{ range.call }}][{{ range.bind }}][{{ Event.hasOwnProperty }}]', data)).toBe('[][][]');
      expect(failureOf('{{ Event.Tag.push("x") }}').message).toContain('Unable to call');
      expect(data.Event.Tag).toHaveLength(2);
    });

    it('refuses filters and tests that are not nunjucks built-ins', () => {
      expect(failureOf('{{ 1 | valueOf }}').message).toBe('Could not render the template: filter not found: valueOf');
      expect(failureOf('{{ 1 | constructor }}').message).toBe('Could not render the template: filter not found: constructor');
      expect(failureOf('{% if 1 is constructor %}x{% endif %}').message).toBe('Could not render the template: test not found: constructor');
    });

    it('reads no files: include, import and extends find nothing', () => {
      expect(failureOf('{% include "/etc/passwd" %}').message).toBe('Could not render the template: template not found: /etc/passwd');
      expect(failureOf('{% extends "/etc/hosts" %}').message).toContain('template not found: /etc/hosts');
      expect(failureOf('{% import "x.njk" as x %}').message).toContain('template not found: x.njk');
    });

    it('knows nothing of the process or Node globals', () => {
      expect(renderTemplate('[{{ process }}][{{ require }}][{{ global }}][{{ globalThis }}]', data)).toBe('[][][][]');
    });

    it('caps range() as Jinja2 does', () => {
      expect(renderTemplate('{{ range(3) | join(",") }}', {})).toBe('0,1,2');
      expect(failureOf('{% for i in range(1000000) %}{% endfor %}').message).toBe('Could not render the template: range() is limited to 10000 items');
    });

    it('ignores a __proto__ key in the data instead of adopting it as a prototype', () => {
      const hostile = JSON.parse('{"__proto__": {"info": "injected"}, "Event": {"info": "real"}}') as Record<string, unknown>;
      expect(renderTemplate('{{ info }}|{{ Event.info }}', hostile)).toBe('|real');
    });
  });
});
