// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CommuneClickHandler } from './app-services';
import type { ProposalRange, TerritoryProposal } from './flows-services';
import {
  proposalIsForOtherRange,
  useFlowsProposal,
  type ProposalActions,
} from './use-flows-proposal';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Hook = ReturnType<typeof useFlowsProposal>;

/** Mounts the hook (a visit of the tab); `unmount` is leaving the tab. */
function mount(data: object, actions: ProposalActions): { result: { current: Hook }; root: Root } {
  const result = { current: undefined as unknown as Hook };
  const Probe = () => {
    result.current = useFlowsProposal(data, actions);
    return null;
  };
  const root = createRoot(document.createElement('div'));
  act(() => root.render(createElement(Probe)));
  return { result, root };
}

const OUTLINES: FeatureCollection = { type: 'FeatureCollection', features: [] };

function proposalFrom(seed: string, range: ProposalRange): TerritoryProposal {
  return {
    seed,
    range,
    options: [],
    stoppedBy: 'population',
    belowFloor: false,
  } as unknown as TerritoryProposal;
}

/** Fake app: the map's click handler, a worker answering when the test says, drawn outlines. */
function fakeApp() {
  let handler: CommuneClickHandler | null = null;
  const calls: { seed: string; range: ProposalRange }[] = [];
  const drawn: (FeatureCollection | null)[] = [];
  let answer: () => void = () => {};
  const actions: ProposalActions = {
    setClickHandler: (h) => {
      handler = h;
    },
    propose: (seed, range) => {
      calls.push({ seed, range });
      return new Promise((resolve) => {
        answer = () => resolve(proposalFrom(seed, range));
      });
    },
    outline: () => Promise.resolve(OUTLINES),
    draw: (outlines) => drawn.push(outlines),
    onError: (e) => {
      throw e;
    },
  };
  return {
    actions,
    calls,
    drawn,
    click: (code: string) => act(() => void handler?.(code)),
    answer: () => act(async () => answer()),
    handler: () => handler,
  };
}

describe('« Proposer un territoire » kept across tab visits', () => {
  it('waits for a click, computes from that commune with the range shown, then draws', async () => {
    const app = fakeApp();
    const { result } = mount({}, app.actions);
    act(() => result.current.setRange({ minPopulation: 30_000, maxPopulation: 60_000 }));
    act(() => result.current.start());
    expect(result.current.picking).toBe(true);
    app.click('96001');
    expect(result.current.picking).toBe(false);
    expect(result.current.busy).toBe(true);
    expect(app.handler()).toBeNull();
    await app.answer();
    expect(app.calls).toEqual([
      { seed: '96001', range: { minPopulation: 30_000, maxPopulation: 60_000 } },
    ]);
    expect(result.current.busy).toBe(false);
    expect(result.current.proposal?.seed).toBe('96001');
    expect(app.drawn).toEqual([OUTLINES]);
  });

  it('shows the same proposal and its outlines after another tab, without computing again', async () => {
    const app = fakeApp();
    const data = {};
    const first = mount(data, app.actions);
    act(() => first.result.current.start());
    app.click('96002');
    await app.answer();
    act(() => first.root.unmount());

    const again = mount(data, app.actions);
    expect(again.result.current.proposal?.seed).toBe('96002');
    expect(again.result.current.range).toEqual(first.result.current.range);
    expect(app.calls).toHaveLength(1);
    // Drawn when computed, and again at the second visit (the tab clears its layers when left).
    expect(app.drawn).toEqual([OUTLINES, OUTLINES]);
  });

  it('keeps a result that arrives after the tab was left, drawing it only at the next visit', async () => {
    const app = fakeApp();
    const data = {};
    const first = mount(data, app.actions);
    act(() => first.result.current.start());
    app.click('96003');
    act(() => first.root.unmount());
    await app.answer();
    expect(app.drawn).toEqual([]);

    const again = mount(data, app.actions);
    expect(again.result.current.proposal?.seed).toBe('96003');
    expect(again.result.current.busy).toBe(false);
    expect(app.drawn).toEqual([OUTLINES]);
  });

  it('forgets the proposal with the data it was computed from (an import)', async () => {
    const app = fakeApp();
    const first = mount({}, app.actions);
    act(() => first.result.current.start());
    app.click('96004');
    await app.answer();
    act(() => first.root.unmount());
    const other = mount({}, app.actions);
    expect(other.result.current.proposal).toBeNull();
    expect(app.drawn).toEqual([OUTLINES]);
  });

  it('says when the range shown is not the one the proposal was computed for', async () => {
    const app = fakeApp();
    const { result } = mount({}, app.actions);
    act(() => result.current.start());
    app.click('96005');
    await app.answer();
    expect(result.current.otherRange).toBe(false);
    act(() => result.current.setRange({ minPopulation: 10_000, maxPopulation: 40_000 }));
    expect(result.current.otherRange).toBe(true);
    expect(result.current.proposal?.seed).toBe('96005');
    expect(proposalIsForOtherRange(null, { minPopulation: 0, maxPopulation: 1 })).toBe(false);
  });
});
