import { descriptionText, exportFileName, intendedTrigger, moduleIdsOf, parseBlueprintFile } from './blueprint-file.util';

describe('blueprint file helpers', () => {
  it('names the export like MISP', () => {
    expect(exportFileName('PAP:RED and tlp:red Blocking', 1764000000.7)).toBe('blueprint_pap:red-and-tlp:red-blocking_1764000000.json');
  });

  it('accepts a MISP blueprint file', () => {
    const text = JSON.stringify({ WorkflowBlueprint: { uuid: 'u', name: 'Attach tlp', description: '', data: [{ id: 2 }] } });
    const parsed = parseBlueprintFile(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.name).toBe('Attach tlp');
      expect(parsed.file.WorkflowBlueprint['uuid']).toBe('u');
    }
  });

  it('accepts data as a JSON string, as MISP does', () => {
    expect(parseBlueprintFile(JSON.stringify({ WorkflowBlueprint: { name: 'x', data: '[]' } })).ok).toBe(true);
  });

  it.each([
    ['{not json', 'not valid JSON'],
    ['[1,2]', 'not a MISP blueprint file'],
    ['{"Workflow": {}}', 'not a MISP blueprint file'],
    ['{"WorkflowBlueprint": {"name": " ", "data": []}}', 'has no name'],
    ['{"WorkflowBlueprint": {"name": "n"}}', 'no node list'],
  ])('refuses %s', (text, message) => {
    const parsed = parseBlueprintFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });

  it('reads the intended trigger from the description', () => {
    expect(intendedTrigger('[enrichment-before-query]\r\nBlocks PAP:RED')).toBe('enrichment-before-query');
    expect(intendedTrigger('no prefix')).toBeNull();
    expect(descriptionText('[event-publish]\nAttach a tag')).toBe('Attach a tag');
    expect(descriptionText('plain')).toBe('plain');
  });

  it('lists module ids of the nodes once each', () => {
    expect(moduleIdsOf([{ data: { id: 'tag-if' } }, { data: { id: 'stop-execution' } }, { data: { id: 'tag-if' } }, 3, { data: null }])).toEqual([
      'tag-if',
      'stop-execution',
    ]);
  });
});
