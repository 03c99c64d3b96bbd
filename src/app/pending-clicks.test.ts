import { describe, expect, it } from 'vitest';
import { DOUBLE_CLICK_MS, PendingClicks } from './pending-clicks';

describe('PendingClicks (the commune click rule)', () => {
  it('adds a commune outside the territory and removes one inside', () => {
    const clicks = new PendingClicks();
    expect(clicks.click('96001', false, 0)).toBe('add');
    expect(clicks.click('96002', true, 0)).toBe('remove');
    expect(clicks.kindOf('96001')).toBe('add');
    expect(clicks.kindOf('96002')).toBe('remove');
  });

  it('ignores a double click: the commune is added once', () => {
    const clicks = new PendingClicks();
    expect(clicks.click('96001', false, 1000)).toBe('add');
    clicks.settle(clicks.version);
    // Indicators already back, but the second click of the double click comes 120 ms later.
    expect(clicks.click('96001', true, 1120)).toBeNull();
  });

  it('ignores a second click while the first is computing, however late', () => {
    const clicks = new PendingClicks();
    expect(clicks.click('96001', false, 0)).toBe('add');
    expect(clicks.click('96001', true, 5 * DOUBLE_CLICK_MS)).toBeNull();
    expect(clicks.has('96001')).toBe(true);
  });

  it('toggles again once the analysis has shown the first click', () => {
    const clicks = new PendingClicks();
    clicks.click('96001', false, 0);
    expect(clicks.settle(clicks.version)).toEqual(['96001']);
    expect(clicks.click('96001', true, DOUBLE_CLICK_MS)).toBe('remove');
  });

  it('settles only the clicks an analysis was requested after', () => {
    const clicks = new PendingClicks();
    clicks.click('96001', false, 0);
    const requestedAt = clicks.version;
    clicks.click('96002', false, 10);
    expect(clicks.settle(requestedAt)).toEqual(['96001']);
    expect(clicks.has('96002')).toBe(true);
    expect(clicks.settle(clicks.version)).toEqual(['96002']);
  });

  it('keeps other communes independent', () => {
    const clicks = new PendingClicks();
    expect(clicks.click('96001', false, 0)).toBe('add');
    expect(clicks.click('96002', false, 50)).toBe('add');
  });

  it('clears every pending click (failed analysis)', () => {
    const clicks = new PendingClicks();
    clicks.click('96001', false, 0);
    clicks.click('96002', true, 0);
    expect(clicks.clear().sort()).toEqual(['96001', '96002']);
    expect(clicks.click('96001', false, DOUBLE_CLICK_MS)).toBe('add');
  });
});
