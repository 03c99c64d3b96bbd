/**
 * Seeded random numbers for the demo generator. Everything random in the demo goes through one
 * `Rng` per stream, so re-running the generator with the same seed gives the same bytes.
 */
import { randomGamma, randomLcg, randomNormal, randomPoisson } from 'd3-random';

/** A seeded random source with the few distributions the generator needs. */
export interface Rng {
  /** Uniform number in [0, 1). */
  next(): number;
  /** Uniform number in [min, max). */
  uniform(min: number, max: number): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** Normal deviate with mean `mu` and standard deviation `sigma`. */
  normal(mu: number, sigma: number): number;
  /** Log-normal deviate whose logarithm has mean `mu` and standard deviation `sigma`. */
  logNormal(mu: number, sigma: number): number;
  /** Gamma deviate with shape `k` and scale `theta` (mean k·theta). */
  gamma(k: number, theta: number): number;
  /** Poisson count with mean `lambda`. */
  poisson(lambda: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** Index drawn with probability proportional to `weights` (non-negative, not all zero). */
  weightedIndex(weights: readonly number[]): number;
  /** A shuffled copy of `items` (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * Hash a string to an unsigned 32-bit integer (FNV-1a); used to derive independent streams.
 * @example hashString('communes') // 2166136261-based 32-bit value
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Create the random stream `stream` of the master `seed` (d3-random `randomLcg`).
 * Distinct streams are independent, so changing one module does not reshuffle the others.
 * @example createRng(2026, 'population').uniform(0, 1)
 */
export function createRng(seed: number, stream: string): Rng {
  const mixed = (hashString(`${seed}:${stream}`) ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0;
  const source = randomLcg(mixed / 0x100000000);
  // Warm up: the first outputs of an LCG depend almost linearly on the seed.
  for (let i = 0; i < 8; i += 1) source();
  const rng: Rng = {
    next: () => source(),
    uniform: (min, max) => min + (max - min) * source(),
    int: (min, max) => min + Math.floor(source() * (max - min + 1)),
    normal: (mu, sigma) => randomNormal.source(source)(mu, sigma)(),
    logNormal: (mu, sigma) => Math.exp(randomNormal.source(source)(mu, sigma)()),
    gamma: (k, theta) => randomGamma.source(source)(k, theta)(),
    poisson: (lambda) => (lambda <= 0 ? 0 : randomPoisson.source(source)(lambda)()),
    chance: (p) => source() < p,
    pick: (items) => {
      const item = items[Math.floor(source() * items.length)];
      if (item === undefined) throw new Error('pick: empty array');
      return item;
    },
    weightedIndex: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      if (!(total > 0)) throw new Error('weightedIndex: weights sum to zero');
      let target = source() * total;
      for (let i = 0; i < weights.length; i += 1) {
        target -= weights[i] ?? 0;
        if (target < 0) return i;
      }
      return weights.length - 1;
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(source() * (i + 1));
        const a = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = a;
      }
      return copy;
    },
  };
  return rng;
}
