/** Moved to `src/core/legend/map-legend.ts` (pure, shared with the dossier's SVG maps); kept for the map's imports. */
export * from '../core/legend/map-legend';
