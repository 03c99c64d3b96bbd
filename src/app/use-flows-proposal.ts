/**
 * State of « Proposer un territoire » (Flux PMSI tab), kept across tab visits while the loaded
 * data is the same (`useKeptState`, key = data + field): the population range asked for, the last
 * proposal with the seed and range it was computed for, its outlines on the map (drawn again on
 * each visit, since the tab clears its layers when left) and whether a computation is running.
 * A result that arrives after the tab was left is kept for the next visit but not drawn meanwhile.
 */
import { useEffect, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import type { CommuneClickHandler } from './app-services';
import {
  DEFAULT_PROPOSAL_RANGE,
  type ProposalRange,
  type TerritoryProposal,
} from './flows-services';
import { useKeptState } from './use-kept-state';

/** What the proposal needs from the app (the worker, the map), passed in so tests can fake it. */
export interface ProposalActions {
  /** Registers (or clears with null) the handler of the next commune click on the map. */
  setClickHandler: (handler: CommuneClickHandler | null) => void;
  /** Grows the proposal from `seed` (analysis worker); null when the seed has no flows. */
  propose: (seed: string, range: ProposalRange) => Promise<TerritoryProposal | null>;
  /** Outlines of the proposal's options, for the map. */
  outline: (proposal: TerritoryProposal) => Promise<FeatureCollection>;
  /** Draws the outlines on the map (null clears them). */
  draw: (outlines: FeatureCollection | null) => void;
  onError: (e: unknown) => void;
}

/** A proposal with its outlines (null when it grew nothing). */
export interface KeptProposal {
  proposal: TerritoryProposal;
  outlines: FeatureCollection | null;
}

/** True when the proposal was computed for another population range than the one shown. */
export function proposalIsForOtherRange(kept: KeptProposal | null, range: ProposalRange): boolean {
  if (!kept) return false;
  const asked = kept.proposal.range;
  return asked.minPopulation !== range.minPopulation || asked.maxPopulation !== range.maxPopulation;
}

/**
 * The proposal's state for the data version `data`: `start()` waits for a commune click, then
 * computes and keeps the proposal; `picking` while waiting for the click, `busy` while computing.
 */
export function useFlowsProposal(data: object, actions: ProposalActions) {
  const [range, setRange] = useKeptState<ProposalRange>(
    data,
    'flows.proposal.range',
    DEFAULT_PROPOSAL_RANGE,
  );
  const [kept, setKept] = useKeptState<KeptProposal | null>(data, 'flows.proposal', null);
  const [busy, setBusy] = useKeptState(data, 'flows.proposal.busy', false);
  const [picking, setPicking] = useState(false);
  const visible = useRef(false);
  const actionsRef = useRef(actions);
  actionsRef.current = actions;

  useEffect(() => {
    visible.current = true;
    if (kept?.outlines) actionsRef.current.draw(kept.outlines);
    return () => {
      visible.current = false;
    };
    // Drawn once per visit (and per data version); later proposals draw themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  const start = () => {
    const asked = range;
    setPicking(true);
    actionsRef.current.setClickHandler((code) => {
      if (!code) return false;
      const a = actionsRef.current;
      a.setClickHandler(null);
      setPicking(false);
      setBusy(true);
      a.propose(code, asked)
        .then(async (proposal) => {
          const outlines = proposal ? await a.outline(proposal) : null;
          setKept(proposal ? { proposal, outlines } : null);
          if (visible.current) actionsRef.current.draw(outlines);
        })
        .catch((e: unknown) => actionsRef.current.onError(e))
        .finally(() => setBusy(false));
      return true;
    });
  };

  return {
    range,
    setRange,
    proposal: kept?.proposal ?? null,
    /** The proposal shown was computed for another range than the one in the fields. */
    otherRange: proposalIsForOtherRange(kept, range),
    busy,
    picking,
    start,
  };
}
