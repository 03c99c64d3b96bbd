export interface HoverInfo {
  x: number;
  y: number;
  title: string;
  lines: string[];
}

/** The tooltip that follows the pointer over the map. */
export function HoverTooltip({ info }: { info: HoverInfo | null }) {
  if (!info) return null;
  return (
    <div className="tooltip" data-testid="tooltip" style={{ left: info.x + 14, top: info.y + 14 }}>
      <strong>{info.title}</strong>
      {info.lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  );
}
