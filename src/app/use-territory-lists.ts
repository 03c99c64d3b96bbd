/**
 * What the workbench lists from the loaded data: the geometry of each commune (for the territory
 * layers), the EPCI with their communes and the CPTS perimeters with theirs, sorted by name.
 */
import { useCallback, useMemo } from 'react';
import type { MultiPolygon, Polygon } from 'geojson';
import type { LoadedData } from './load-data';

export interface EpciOption {
  code: string;
  name: string;
  communes: string[];
}

export interface PerimeterOption {
  name: string;
  codes: string[];
}

export function useTerritoryLists(data: LoadedData) {
  // Rebuilt from the flat arrays on each call: no second copy of every geometry kept alive.
  const geometryOf = useCallback(
    (code: string): Polygon | MultiPolygon | undefined => data.communeGeometries.geometryOf(code),
    [data],
  );
  const epcis = useMemo((): EpciOption[] => {
    const byCode = new Map<string, EpciOption>();
    const { communes } = data;
    communes.codes.forEach((communeCode, i) => {
      const code = communes.value('epci', i) as string | null;
      if (!code) return;
      const entry = byCode.get(code) ?? {
        code,
        name: String(communes.value('epci_name', i) ?? code),
        communes: [],
      };
      entry.communes.push(communeCode);
      byCode.set(code, entry);
    });
    return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }, [data]);
  const perimeters = useMemo((): PerimeterOption[] => {
    const byName = new Map<string, string[]>();
    for (const [code, names] of Object.entries(data.perimetersByCode))
      for (const n of names) byName.set(n, [...(byName.get(n) ?? []), code]);
    return [...byName]
      .map(([name, codes]) => ({ name, codes }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }, [data]);
  const knownCodes = useMemo(() => new Set(data.communeGeometries.codes), [data]);
  return { geometryOf, knownCodes, epcis, perimeters };
}
