import { useMemo, useState } from 'react';
import type { RegionCptsRow } from '../core/region/region-types';
import { NOT_LOADED } from '../core/territory/not-loaded';
import {
  TERRITORY_PROFESSIONS,
  type TerritoryProfessionKey,
} from '../core/territory/profession-groups';
import { regionColumns, sortRegionRows } from './region-columns';

type Filter = 'all' | 'threshold' | 'overlap' | 'contiguity' | 'unknown';

const FILTERS: { id: Filter; label: string; keep: (r: RegionCptsRow) => boolean }[] = [
  { id: 'all', label: 'Toutes les CPTS', keep: () => true },
  { id: 'threshold', label: 'Près d’un seuil ACI (< 3 %)', keep: (r) => r.trancheWarning !== null },
  {
    id: 'overlap',
    label: 'Qui chevauchent une autre CPTS',
    keep: (r) => r.overlapsWith.length > 0,
  },
  { id: 'contiguity', label: 'Pas d’un seul tenant', keep: (r) => r.pieces > 1 || r.enclaves > 0 },
  {
    id: 'unknown',
    label: 'Avec des communes non chargées',
    keep: (r) => r.unknownCodes.length > 0,
  },
];

/**
 * The table of every CPTS: sortable by any column (click its header), filtered by name and by
 * problem; a click on a row selects the CPTS (highlighted on the map).
 */
export function RegionTable({
  rows,
  selected,
  onSelect,
}: {
  rows: readonly RegionCptsRow[];
  selected: string | null;
  onSelect: (name: string) => void;
}) {
  const [sort, setSort] = useState<{ id: string; direction: 'asc' | 'desc' }>({
    id: 'population',
    direction: 'desc',
  });
  const [text, setText] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [profession, setProfession] = useState<TerritoryProfessionKey>('gp');
  const professionLabel =
    TERRITORY_PROFESSIONS.find((p) => p.key === profession)?.label ?? profession;
  const columns = useMemo(
    () => regionColumns(profession, professionLabel),
    [profession, professionLabel],
  );
  const shown = useMemo(() => {
    const keep = FILTERS.find((f) => f.id === filter)!.keep;
    const needle = text.trim().toLocaleLowerCase('fr');
    const kept = rows.filter((r) => keep(r) && r.name.toLocaleLowerCase('fr').includes(needle));
    const column = columns.find((c) => c.id === sort.id) ?? columns[0]!;
    return sortRegionRows(kept, column, sort.direction);
  }, [rows, columns, sort, text, filter]);
  return (
    <div className="region-table-block">
      <div className="territory-row wrap">
        <input
          type="search"
          placeholder="Filtrer par nom…"
          aria-label="Filtrer les CPTS par nom"
          data-testid="region-filter-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <select
          aria-label="Filtrer les CPTS"
          data-testid="region-filter"
          value={filter}
          onChange={(e) => setFilter(e.target.value as Filter)}
        >
          {FILTERS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
        <select
          aria-label="Profession de la colonne « pour 10 000 hab. »"
          value={profession}
          onChange={(e) => setProfession(e.target.value as TerritoryProfessionKey)}
        >
          {TERRITORY_PROFESSIONS.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <p className="territory-small" data-testid="region-shown">
        {shown.length} CPTS affichée(s) sur {rows.length}. Cliquez un en-tête pour trier, une ligne
        pour la voir sur la carte.
      </p>
      <div className="region-scroll">
        <table className="territory-table region-table" data-testid="region-table">
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort.id === c.id;
                return (
                  <th
                    key={c.id}
                    aria-sort={
                      active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'
                    }
                  >
                    <button
                      type="button"
                      className="region-sort"
                      data-testid={`region-sort-${c.id}`}
                      onClick={() =>
                        setSort({
                          id: c.id,
                          direction: active && sort.direction === 'desc' ? 'asc' : 'desc',
                        })
                      }
                    >
                      {c.header}
                      {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr
                key={r.name}
                data-testid="region-row"
                data-name={r.name}
                className={r.name === selected ? 'selected' : ''}
                aria-selected={r.name === selected}
                // Reachable and operable by keyboard: Tab to the row, Entrée or Espace selects it.
                tabIndex={0}
                onClick={() => onSelect(r.name)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  onSelect(r.name);
                }}
              >
                {columns.map((c) => {
                  const value = c.text(r);
                  return (
                    <td
                      key={c.id}
                      className={`${c.numeric ? 'n' : ''}${value === NOT_LOADED ? ' na' : ''}`}
                    >
                      {value}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
