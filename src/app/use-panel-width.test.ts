import { describe, expect, it } from 'vitest';
import { clampPanelWidth, maxPanelWidth, panelWidthKey, PANEL_MIN_PX } from './use-panel-width';

describe('clampPanelWidth', () => {
  it('keeps a width inside the bounds, rounded', () => {
    expect(clampPanelWidth('normal', 512.6, 1366)).toBe(513);
  });

  it('stops at the narrowest panel', () => {
    expect(clampPanelWidth('normal', 120, 1366)).toBe(PANEL_MIN_PX);
  });

  it('stops at half the window for the usual tabs, 65 % for « Vue ARS »', () => {
    expect(clampPanelWidth('normal', 2000, 1366)).toBe(683);
    expect(clampPanelWidth('wide', 2000, 1366)).toBe(887);
  });

  it('never goes below the narrowest panel on a small window', () => {
    expect(maxPanelWidth('normal', 600)).toBe(PANEL_MIN_PX);
    expect(clampPanelWidth('normal', 2000, 600)).toBe(PANEL_MIN_PX);
  });
});

describe('panelWidthKey', () => {
  it('keeps one width per kind of panel', () => {
    expect(panelWidthKey('normal')).not.toBe(panelWidthKey('wide'));
  });
});
