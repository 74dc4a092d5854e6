import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from './accreditation-csv';

describe('accreditation CSV', () => {
  it('neutralises formula cells and quotes what needs quoting', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+31 6')).toBe(`"'+31 6"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('Bakker, Sanne')).toBe('"Bakker, Sanne"');
    expect(csvCell('Zeg "hoi"')).toBe('"Zeg ""hoi"""');
    expect(csvCell("D'Arcy")).toBe(`"D'Arcy"`);
    expect(csvCell(4)).toBe('4');
    expect(csvCell('Sanne Bakker')).toBe('Sanne Bakker');
  });

  it('writes a header and CRLF lines', () => {
    expect(csvDocument(['a', 'b'], [['x', 1]])).toBe('a,b\r\nx,1\r\n');
  });
});
