/** Small hand-made shapes for geometry tests. */
import type { Position } from 'geojson';

/** Closed square ring (counter-clockwise) with its lower-left corner at (x, y) and side `size`. */
export const squareRing = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
