import { pageCount, positiveInt, rangeText } from './pagination.util';

describe('pagination helpers', () => {
  it('counts pages, at least one', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageCount(10, 0)).toBe(1);
  });

  it('describes the visible range', () => {
    expect(rangeText(1, 50, 0)).toBe('0 of 0');
    expect(rangeText(1, 50, 7)).toBe('1–7 of 7');
    expect(rangeText(2, 50, 230)).toBe('51–100 of 230');
    expect(rangeText(5, 50, 230)).toBe('201–230 of 230');
    expect(rangeText(9, 50, 230)).toBe('230–230 of 230');
  });

  it('parses positive integers only', () => {
    expect(positiveInt('12')).toBe(12);
    expect(positiveInt('0')).toBeNull();
    expect(positiveInt('1e3')).toBeNull();
    expect(positiveInt('-2')).toBeNull();
    expect(positiveInt(null)).toBeNull();
  });
});
