import { useMemo, useState } from 'react';
import { searchCommunes } from '../core/territory/search-communes';
import type { CommuneTable } from '../app/commune-table';

/** Search a commune by name or INSEE code; choosing one selects it on the map. */
export function SearchBox({
  communes,
  onSelect,
}: {
  communes: CommuneTable;
  onSelect: (code: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const results = useMemo(() => searchCommunes(communes.names(), query), [communes, query]);
  const choose = (code: string) => {
    onSelect(code);
    setOpen(false);
    setQuery('');
  };
  return (
    <div className="search" role="search">
      <input
        type="search"
        data-testid="search-input"
        placeholder="Rechercher une commune (nom ou code INSEE)"
        aria-label="Rechercher une commune"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && results[0]) choose(results[0].code);
          if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open && query && (
        <ul className="search-results" data-testid="search-results">
          {results.length === 0 && <li className="empty">Aucune commune trouvée</li>}
          {results.map((c) => (
            <li key={c.code}>
              <button type="button" onClick={() => choose(c.code)}>
                {c.name} <span className="code">{c.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
