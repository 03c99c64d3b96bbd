/** Helpers shared by the io tests (not exported by index.ts). */
import type { DataIssue } from '../core/types';

/** Bytes of a string in Windows-1252 (characters of Latin-1 plus the few of 0x80–0x9F used here). */
export function windows1252(text: string): Uint8Array {
  const c1: Record<string, number> = { '€': 0x80, '’': 0x92, œ: 0x9c, Œ: 0x8c };
  return Uint8Array.from([...text], (ch) => {
    const mapped = c1[ch];
    if (mapped !== undefined) return mapped;
    const code = ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not encodable in windows-1252: ${ch}`);
    return code;
  });
}

/** Issues of one code. */
export function issuesOf(issues: readonly DataIssue[], code: string): DataIssue[] {
  return issues.filter((i) => i.code === code);
}

/** Issues of one severity. */
export function bySeverity(
  issues: readonly DataIssue[],
  severity: DataIssue['severity'],
): DataIssue[] {
  return issues.filter((i) => i.severity === severity);
}
