import { describe, expect, it } from 'vitest';
import { detectSeparator } from './detect-separator';

describe('detectSeparator', () => {
  it('finds ;', () => expect(detectSeparator('a;b;c\n1;2;3\n')).toBe(';'));
  it('finds , ', () => expect(detectSeparator('a,b,c\n1,2,3')).toBe(','));
  it('finds | with the trailing pipe of the Annuaire Santé', () => {
    expect(detectSeparator('Identification nationale PP|Code profession|\n8100|10|')).toBe('|');
  });
  it('finds tab', () => expect(detectSeparator('a\tb\n1\t2')).toBe('\t'));
  it('prefers the consistent separator over commas inside names', () => {
    expect(detectSeparator('code;nom\n01001;Abergement, L’\n01002;Abergement-de-Varey, L’')).toBe(
      ';',
    );
  });
  it('ignores separators inside quotes', () => {
    expect(detectSeparator('"a;x",b\n"1;2",3')).toBe(',');
  });
  it('defaults to ; for a single column or empty text', () => {
    expect(detectSeparator('code\n01001')).toBe(';');
    expect(detectSeparator('')).toBe(';');
  });
});
