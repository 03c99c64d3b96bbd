/** Which kept imports a replay at start can skip (`rememberImport`). */
import type { KeptImport } from './kept-imports-db';

/**
 * Drops the imports that the last one made useless: while the import before the last filled only
 * tables the last one filled again, and nothing was imported in between, replaying it changes
 * nothing (the last import's demo removal is widened to cover it). Pure; returns the dropped ones.
 *
 * @example pruneKeptImports([{ fed: ['population'], … }, { fed: ['population'], … }]).dropped.length // 1
 */
export function pruneKeptImports(entries: readonly KeptImport[]): {
  kept: KeptImport[];
  dropped: KeptImport[];
} {
  const kept = [...entries];
  const dropped: KeptImport[] = [];
  for (;;) {
    const last = kept.at(-1);
    const before = kept.at(-2);
    if (!last || !before || !before.fed.every((t) => last.fed.includes(t))) break;
    kept.splice(-2, 1);
    dropped.push(before);
    if (before.dropDemo) kept[kept.length - 1] = { ...last, dropDemo: true };
  }
  return { kept, dropped };
}
