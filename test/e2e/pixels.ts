/** Pixels of map screenshots, as the e2e tests read them. */
import { PNG } from 'pngjs';

/** Columns of a screenshot: from `x` (CSS pixels of the shot), `width` wide. */
export interface Columns {
  x: number;
  width: number;
}

/**
 * Share of pixels of a screenshot (or of some of its columns) that are neither the map's
 * background (#eef3f7) nor white: the communes drawn.
 */
export function colouredShare(shot: Buffer, columns?: Columns): number {
  const png = PNG.sync.read(shot);
  const from = Math.max(0, columns?.x ?? 0);
  const to = Math.min(png.width, columns ? from + columns.width : png.width);
  let coloured = 0;
  for (let y = 0; y < png.height; y++)
    for (let x = from; x < to; x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      const background = Math.abs(r - 0xee) + Math.abs(g - 0xf3) + Math.abs(b - 0xf7) < 12;
      if (!background && r + g + b < 720) coloured += 1;
    }
  return coloured / (Math.max(1, to - from) * png.height);
}
