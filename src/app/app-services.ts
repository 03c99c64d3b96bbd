/**
 * What a feature panel (territory, flows, access, import…) gets from the app: the loaded data, the
 * map, DuckDB, and ways to drive the shared map (an overlay choropleth replacing the indicator,
 * a click handler replacing the commune card). Panels read it with `useAppServices()`.
 */
import { createContext, useContext } from 'react';
import type { Connector } from '../db/connector';
import type { CommuneMap } from '../map/commune-map';
import type { LegendModel } from '../map/legend-model';
import type { LoadedData } from './load-data';
import type { TerritoryProjectStore } from './territory-project-store';

/** A choropleth computed by a feature (e.g. basins, access score) shown instead of the indicator. */
export interface MapOverlay {
  id: string;
  legend: LegendModel;
  colourByCode: ReadonlyMap<string, string | null>;
}

/** Replaces the default click behaviour (open the commune card); return true when handled. */
export type CommuneClickHandler = (code: string | null) => boolean;

export interface AppServices {
  data: LoadedData;
  map: CommuneMap | null;
  /** The legend currently drawn on the map (overlay's, or the indicator's). */
  legend: LegendModel | null;
  /** What the map draws over the communes: the CPTS outlines and the establishment points, if shown. */
  drawn: { perimeters: { name: string; colour: string }[]; establishments: boolean };
  getConnector: () => Promise<Connector>;
  selectCommune: (code: string | null) => void;
  setOverlay: (overlay: MapOverlay | null) => void;
  setClickHandler: (handler: CommuneClickHandler | null) => void;
  /** Replaces the loaded data after an import (the map and every panel redraw from it). */
  replaceData: (data: LoadedData) => void;
  /** Opens a tab of the side panel (« territory », « flows », « access »…). */
  openTab: (id: string) => void;
  /** The territory project, shared by every tab (read it with `useTerritoryProject`). */
  territories: {
    /** The drafted territories and the active one, with undo/redo, autosaved in IndexedDB. */
    store: TerritoryProjectStore;
    /** Adds a new, active, editable territory to the project and opens the « Territoire » tab. */
    create: (name: string, codes: readonly string[]) => Promise<void>;
  };
}

export const AppServicesContext = createContext<AppServices | null>(null);

/** The app's services; only valid inside a loaded app (throws before the data is loaded). */
export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices() utilisé hors de l’application chargée');
  return services;
}
