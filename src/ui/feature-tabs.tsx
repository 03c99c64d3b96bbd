/**
 * The tabs of the side panel. Each feature adds one entry; its component reads the app's services
 * with `useAppServices()`. The first tab is the indicator map.
 */
import type { ComponentType } from 'react';
import { AccessPanel } from './AccessPanel';
import { FlowsPanel } from './FlowsPanel';
import { ImportPanel } from './ImportPanel';
import { RegionPanel } from './RegionPanel';
import { TerritoryPanel } from './TerritoryPanel';

export interface FeatureTab {
  id: string;
  label: string;
  Component: ComponentType;
}

export const FEATURE_TABS: FeatureTab[] = [
  { id: 'territory', label: 'Territoire', Component: TerritoryPanel },
  { id: 'flows', label: 'Flux PMSI', Component: FlowsPanel },
  { id: 'access', label: 'Accès aux soins', Component: AccessPanel },
  { id: 'region', label: 'Vue ARS', Component: RegionPanel },
  { id: 'import', label: 'Importer', Component: ImportPanel },
];
