import type { LegendSymbol as LegendSymbolSpec } from '../app/map-keys';

const W = 24;
const H = 16;

/** Diagonal strokes across the swatch (the SVG viewport clips them to the box). */
function strokes(colour: string, cross: boolean, step: number) {
  const lines = [];
  for (let x = -H; x < W + H; x += step) {
    lines.push(<line key={`a${x}`} x1={x} y1={H} x2={x + H} y2={0} />);
    if (cross) lines.push(<line key={`b${x}`} x1={x} y1={0} x2={x + H} y2={H} />);
  }
  return (
    <g stroke={colour} strokeWidth={cross ? 1.2 : 1.6}>
      {lines}
    </g>
  );
}

/** The swatch of a legend entry, drawn as the map draws it (fill, hatching, outline, point, line). */
export function LegendSymbol({ symbol }: { symbol: LegendSymbolSpec }) {
  let body;
  switch (symbol.kind) {
    case 'fill':
      body = (
        <rect
          x={0.5}
          y={0.5}
          width={W - 1}
          height={H - 1}
          fill={symbol.colour}
          fillOpacity={symbol.opacity ?? 1}
          stroke="#999"
        />
      );
      break;
    case 'hatch':
      body = (
        <>
          {symbol.under && <rect width={W} height={H} fill={symbol.under} fillOpacity={0.3} />}
          {strokes(symbol.colour, symbol.cross ?? false, symbol.cross ? 5 : 7)}
          <rect
            x={1}
            y={1}
            width={W - 2}
            height={H - 2}
            fill="none"
            stroke={symbol.cross ? symbol.colour : '#999'}
            strokeWidth={symbol.cross ? 2 : 1}
            strokeDasharray={symbol.cross ? '4 2' : undefined}
          />
        </>
      );
      break;
    case 'outline': {
      const w = Math.min(symbol.widthPx, 4);
      body = (
        <rect
          x={w / 2}
          y={w / 2}
          width={W - w}
          height={H - w}
          fill="none"
          stroke={symbol.colour}
          strokeWidth={w}
          strokeDasharray={symbol.dashed ? '5 3' : undefined}
        />
      );
      break;
    }
    case 'dot':
      body = <circle cx={W / 2} cy={H / 2} r={5.5} fill={symbol.colour} stroke="#fff" />;
      break;
    case 'line':
      body = (
        <line
          x1={1}
          y1={H / 2}
          x2={W - 1}
          y2={H / 2}
          stroke={symbol.colour}
          strokeOpacity={0.85}
          strokeWidth={Math.min(symbol.widthPx, H)}
        />
      );
      break;
  }
  return (
    <svg
      className="legend-symbol"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      aria-hidden="true"
    >
      {body}
    </svg>
  );
}
