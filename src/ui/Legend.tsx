import { legendEntryText, type LegendModel } from '../app/map-keys';

/** The choropleth legend: title, unit, one swatch per class with its communes, and its notes. */
export function Legend({ legend }: { legend: LegendModel }) {
  return (
    <section className="panel-section legend" aria-label="Légende" data-testid="legend">
      <h3>{legend.title}</h3>
      {legend.unit && <p className="unit">Unité : {legend.unit}</p>}
      <ul>
        {legend.entries.map((entry) => (
          <li key={entry.label}>
            <span className="swatch" style={{ background: entry.colour }} />
            {legendEntryText(entry)}
          </li>
        ))}
      </ul>
      {legend.notes?.map((note) => (
        <p key={note} className="legend-note" data-testid="legend-note">
          {note}
        </p>
      ))}
    </section>
  );
}
