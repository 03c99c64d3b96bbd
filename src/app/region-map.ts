/**
 * The « Vue ARS » on the shared map: the coverage 0 / 1 / 2+ CPTS as the communes' colours (the
 * app's overlay, pushed with the map's feature-state colours) with an on-map legend carrying the
 * totals, and the outline of the CPTS chosen in the table. Everything is removed when the tab closes.
 */
import { useEffect } from 'react';
import {
  COVERAGE_CLASSES,
  coverageColours,
  coverageLegendLabel,
} from '../core/region/coverage-classes';
import type { RegionResult } from '../core/region/compute-region-view';
import { addRegionLayers, removeRegionLayers, setRegionHighlight } from '../map/region-layers';
import type { AppServices, MapOverlay } from './app-services';

/** The overlay of the coverage map: colours and a legend whose rows carry the totals. */
export function coverageOverlay(result: RegionResult): MapOverlay | null {
  const coverage = result.view.coverage;
  if (!coverage) return null;
  return {
    id: 'region-coverage',
    colourByCode: coverageColours(coverage),
    legend: {
      title: 'Couverture par les CPTS',
      unit: 'nombre de CPTS par commune',
      entries: COVERAGE_CLASSES.map((c) => ({
        colour: c.colour,
        label: coverageLegendLabel(c.key, coverage),
      })),
    },
  };
}

/**
 * Draws the coverage and the selected CPTS while the tab is open; a click on a commune of a CPTS
 * selects that CPTS (the next one on a commune under several), elsewhere the usual commune card.
 */
export function useRegionMap(
  services: AppServices,
  result: RegionResult | null,
  selected: string | null,
  onPick: (name: string) => void,
): void {
  const { map, setOverlay, setClickHandler, data } = services;
  useEffect(() => {
    setClickHandler((code) => {
      const names = code ? (data.perimetersByCode[code] ?? []) : [];
      if (names.length === 0) return false;
      const next = names[(names.indexOf(selected ?? '') + 1) % names.length]!;
      onPick(next);
      return true;
    });
    return () => setClickHandler(null);
  }, [setClickHandler, data, selected, onPick]);
  useEffect(() => {
    if (!result) return;
    setOverlay(coverageOverlay(result));
    return () => setOverlay(null);
  }, [result, setOverlay]);
  useEffect(() => {
    if (!map) return;
    let live = true;
    void map.ready().then(() => live && addRegionLayers(map.map));
    return () => {
      live = false;
      removeRegionLayers(map.map);
    };
  }, [map]);
  useEffect(() => {
    if (!map || !result) return;
    const outline = result.outlines.find((o) => o.properties.name === selected) ?? null;
    void map.ready().then(() => {
      addRegionLayers(map.map);
      setRegionHighlight(map.map, outline);
    });
  }, [map, result, selected]);
}
