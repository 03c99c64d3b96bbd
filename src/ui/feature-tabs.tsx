/**
 * The tabs of the side panel. Each feature adds one entry; its component reads the app's services
 * with `useAppServices()`. The first tab is the indicator map.
 */
import type { ComponentType } from 'react';

export interface FeatureTab {
  id: string;
  label: string;
  Component: ComponentType;
}

export const FEATURE_TABS: FeatureTab[] = [];
