import { extractData } from './extract-data';

describe('extractData (MISP WorkflowBaseModule::extractData)', () => {
  const data = { Event: { info: 'x', Attribute: [{ value: '198.51.100.7' }, { value: 'evil.test' }] } };

  it.each(['', '0'])('returns the whole data for the PHP-empty path %j', (path) => {
    expect(extractData(data, path)).toEqual({ ok: true, value: data });
  });

  it('returns what Hash::extract returns', () => {
    expect(extractData(data, 'Event.Attribute.{n}.value')).toEqual({ ok: true, value: ['198.51.100.7', 'evil.test'] });
    expect(extractData(data, 'Event.Nothing.{n}')).toEqual({ ok: true, value: [] });
  });

  it('gives MISP message for a path Hash cannot evaluate', () => {
    const path = 'Event.Attribute.{n}[value=/(a+)+$/].value';
    expect(extractData(data, path)).toEqual({ ok: false, message: `Error while trying to extract data with path \`${path}\`` });
    expect(extractData('not an array', 'Event.info')).toEqual({ ok: false, message: 'Error while trying to extract data with path `Event.info`' });
  });
});
