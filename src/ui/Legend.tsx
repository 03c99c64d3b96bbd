import { legendEntryText, type MapLegendSection } from '../app/map-keys';
import { LegendSymbol } from './LegendSymbol';

/**
 * One block of a legend: title, unit, one swatch per entry (drawn as on the map) with what it
 * counts, and its notes. The choropleth block carries `data-testid="legend"`.
 */
export function Legend({ section, testId }: { section: MapLegendSection; testId?: string }) {
  const choropleth = section.id === 'choropleth';
  return (
    <section
      className={`legend legend-${section.id}`}
      aria-label={choropleth ? `Légende : ${section.title}` : section.title}
      data-testid={testId ?? (choropleth ? 'legend' : `legend-${section.id}`)}
    >
      <h3>{section.title}</h3>
      {section.unit && (
        <p className="unit-line">
          Unité : <span className="unit">{section.unit}</span>
        </p>
      )}
      <ul>
        {section.items.map((item) => (
          <li key={item.label}>
            <LegendSymbol symbol={item.symbol} />
            {legendEntryText(item)}
          </li>
        ))}
      </ul>
      {section.notes?.map((note) => (
        <p key={note} className="legend-note" data-testid="legend-note">
          {note}
        </p>
      ))}
    </section>
  );
}
