/** Moved to `src/core/legend/flow-widths.ts` (pure, shared with the dossier's SVG maps); kept for the map's imports. */
export * from '../core/legend/flow-widths';
