// What the UI needs from the map layer, re-exported so that ui only depends on app.
export { ESTABLISHMENT_FAMILY_COLOURS } from '../map/commune-layers';
export { buildMapLegend, choroplethSection, legendEntryText } from '../map/legend-model';
export type {
  LegendModel,
  LegendEntry,
  LegendSymbol,
  MapLegend,
  MapLegendItem,
  MapLegendSection,
} from '../map/legend-model';
export type { CommuneMap } from '../map/commune-map';
