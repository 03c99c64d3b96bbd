/** One labelled group of territories in a territory list (nothing when the group is empty). */
import type { TerritoryOption } from '../app/use-territory-project';

export function TerritoryOptionGroup({
  label,
  options,
}: {
  label: string;
  options: readonly TerritoryOption[];
}) {
  if (options.length === 0) return null;
  return (
    <optgroup label={label}>
      {options.map((o) => (
        <option key={o.key} value={o.key}>
          {o.label}
        </option>
      ))}
    </optgroup>
  );
}
