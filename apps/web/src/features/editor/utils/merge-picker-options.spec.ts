import { mergePickerOptions } from './merge-picker-options';

describe('mergePickerOptions', () => {
  it('lists the module options first, then the fetched ones, each value once', () => {
    const merged = mergePickerOptions({
      staticOptions: [{ value: 'All admins', label: 'All admins' }],
      fetched: [
        { value: 'admin@admin.test', label: 'admin@admin.test' },
        { value: 'All admins', label: 'duplicate' },
      ],
      selected: [],
      labelsSeen: new Map(),
    });
    expect(merged).toEqual([
      { value: 'All admins', label: 'All admins' },
      { value: 'admin@admin.test', label: 'admin@admin.test' },
    ]);
  });

  it('adds picked values an earlier answer labelled, not the ones never seen', () => {
    const merged = mergePickerOptions({ staticOptions: [], fetched: [{ value: '1', label: 'ORGNAME' }], selected: ['3', '7'], labelsSeen: new Map([['3', 'CIRCL']]) });
    expect(merged).toEqual([
      { value: '1', label: 'ORGNAME' },
      { value: '3', label: 'CIRCL' },
    ]);
  });
});
