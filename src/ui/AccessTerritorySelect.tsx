/**
 * The territory list of the « Accès aux soins » tab: every loaded commune, the drafted territories
 * of the workbench (the active one is selected by default) and the loaded CPTS.
 */
import type { TerritoryOption } from '../app/use-territory-project';
import { TerritoryOptionGroup } from './TerritoryOptionGroup';

export function AccessTerritorySelect({
  value,
  drafts,
  perimeters,
  onChange,
}: {
  value: string;
  drafts: readonly TerritoryOption[];
  perimeters: readonly TerritoryOption[];
  onChange: (key: string) => void;
}) {
  return (
    <label>
      Territoire{' '}
      <select
        data-testid="access-territory"
        style={{ maxWidth: '100%' }}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">Ensemble des communes chargées</option>
        <TerritoryOptionGroup label="Atelier « Territoire »" options={drafts} />
        <TerritoryOptionGroup label="CPTS chargées" options={perimeters} />
      </select>
    </label>
  );
}
