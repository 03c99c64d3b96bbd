import { describe, expect, it } from 'vitest';
import { readKept, writeKept } from './use-kept-state';

describe('kept tab state', () => {
  it('returns the initial value until something is kept', () => {
    const data = {};
    expect(readKept(data, 'flows.basins', null)).toBeNull();
    expect(readKept(data, 'flows.requests', () => ({ minLi: 0.5 }))).toEqual({ minLi: 0.5 });
  });

  it('keeps a value per data version and key', () => {
    const data = {};
    writeKept(data, 'access.result', { score: 3.2 });
    expect(readKept(data, 'access.result', null)).toEqual({ score: 3.2 });
    expect(readKept(data, 'access.parameters', 'default')).toBe('default');
  });

  it('drops nothing across keys and forgets everything for new data (an import)', () => {
    const before = {};
    writeKept(before, 'flows.basins', ['b1']);
    const after = {};
    expect(readKept(after, 'flows.basins', null)).toBeNull();
    expect(readKept(before, 'flows.basins', null)).toEqual(['b1']);
  });

  it('keeps an explicit null (a cleared result) rather than the initial value', () => {
    const data = {};
    writeKept(data, 'access.apl', null);
    expect(readKept(data, 'access.apl', 'initial')).toBeNull();
  });
});
