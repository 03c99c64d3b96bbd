/**
 * The rule of commune clicks in the territory workbench: a click toggles the commune (adds it, or
 * removes it when it is in the territory), except a click on a commune
 *
 * - whose previous click is still being computed (marked on the map, indicators not back yet), or
 * - clicked less than {@link DOUBLE_CLICK_MS} before (the second click of a double click),
 *
 * which is ignored. So a double click, or an impatient second click while the indicators compute,
 * adds (or removes) the commune once and never undoes the first click by accident; once the
 * indicators show the change, a new click toggles the commune back.
 */

/** Two clicks on one commune closer than this (ms) are a double click (the OS default is 500). */
export const DOUBLE_CLICK_MS = 500;

export type ClickKind = 'add' | 'remove';

/** Clicks waiting for their analysis, numbered in order so an answer settles the clicks it saw. */
export class PendingClicks {
  private readonly pending = new Map<string, { kind: ClickKind; version: number }>();
  private readonly lastAt = new Map<string, number>();
  private count = 0;

  /**
   * What a click on `code` does at time `nowMs` (ms, any monotonic clock): `add`, `remove`, or
   * null when the rule ignores it. An accepted click stays pending until {@link settle}.
   *
   * @example clicks.click('96001', false, performance.now()) // 'add'
   */
  click(code: string, inTerritory: boolean, nowMs: number): ClickKind | null {
    const last = this.lastAt.get(code);
    if (this.pending.has(code) || (last !== undefined && nowMs - last < DOUBLE_CLICK_MS))
      return null;
    const kind: ClickKind = inTerritory ? 'remove' : 'add';
    this.count += 1;
    this.pending.set(code, { kind, version: this.count });
    this.lastAt.set(code, nowMs);
    return kind;
  }

  /** The number of the latest accepted click: an analysis requested now includes every click up to it. */
  get version(): number {
    return this.count;
  }

  /** Whether `code` has a click waiting for its analysis. */
  has(code: string): boolean {
    return this.pending.has(code);
  }

  /** What the pending click on `code` did, if any. */
  kindOf(code: string): ClickKind | undefined {
    return this.pending.get(code)?.kind;
  }

  /** Ends the clicks an analysis requested at `version` includes; returns their communes. */
  settle(version: number): string[] {
    const settled: string[] = [];
    for (const [code, p] of this.pending) if (p.version <= version) settled.push(code);
    for (const code of settled) this.pending.delete(code);
    return settled;
  }

  /** Ends every pending click (analysis failed, territory closed); returns their communes. */
  clear(): string[] {
    const codes = [...this.pending.keys()];
    this.pending.clear();
    return codes;
  }
}
