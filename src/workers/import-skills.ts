/**
 * The separate Annuaire Santé savoir-faire files (`PS_LibreAcces_SavoirFaire_*`) of an import,
 * read before the activity files: their index completes every activity, including each slice of
 * a streamed activity file (`importFiles`), so GPs are recognised whatever the file sizes.
 */
import {
  decodeText,
  detectKind,
  indexSavoirFaire,
  parseDataFile,
  type ParsedDataFile,
  type SavoirFaireIndex,
  type SavoirFaireRow,
} from '../io';
import type { ImportFile, ImportOptions } from './import-types';

/** The savoir-faire files of an import, parsed, and the index of all their rows. */
export interface SkillFiles {
  /** Parsed savoir-faire files by their index in the import. */
  parsed: Map<number, ParsedDataFile>;
  /** Null when the import has no savoir-faire row. */
  index: SavoirFaireIndex | null;
}

/**
 * Finds the savoir-faire files (type chosen by the user, else detected on the first 64 KB) and
 * parses them whole (they are much smaller than the activity file).
 *
 * @example
 * const skills = await readSkillFiles(files, options);
 * applySavoirFaire(slice, skills.index ?? new Map());
 */
export async function readSkillFiles(
  files: readonly ImportFile[],
  options: readonly ImportOptions[],
): Promise<SkillFiles> {
  const parsed = new Map<number, ParsedDataFile>();
  const rows: SavoirFaireRow[] = [];
  for (const [i, file] of files.entries()) {
    const opts = options[i] ?? {};
    if (!(await isSkillFile(file, opts))) continue;
    const p = parseDataFile(file.name, new Uint8Array(await file.blob.arrayBuffer()), opts);
    parsed.set(i, p);
    if (p.kind === 'professional-skills') for (const row of p.rows) rows.push(row);
  }
  return { parsed, index: rows.length > 0 ? indexSavoirFaire(rows) : null };
}

async function isSkillFile(file: ImportFile, opts: ImportOptions): Promise<boolean> {
  if (opts.kind !== undefined) return opts.kind === 'professional-skills';
  let head = new Uint8Array(await file.blob.slice(0, 65536).arrayBuffer());
  if (file.blob.size > head.length) head = head.subarray(0, head.lastIndexOf(0x0a) + 1);
  const decoded = decodeText(head, file.name);
  return !decoded.binary && detectKind(file.name, decoded.text).kind === 'professional-skills';
}
