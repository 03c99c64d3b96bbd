/**
 * Bytes -> text with encoding detection (DOMAIN.md section 2, « Encodings »): official French files
 * come in UTF-8 (INSEE, Annuaire Santé) and in Windows-1252 / ISO-8859-1 (FINESS).
 */
import type { DataIssue } from '../core/types';

/** The encodings the decoder recognises. */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** Decoded text, the encoding used and what was noticed on the way. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** True when the bytes are not text (zip, Excel workbook, binary): `text` is then empty. */
  binary: boolean;
  issues: DataIssue[];
}

/** Windows-1252 code points of bytes 0x80–0x9F (the only range where it differs from Latin-1). */
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'un classeur Excel (.xlsx/.ods) ou une archive zip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'un classeur Excel ancien format (.xls)' },
  { bytes: [0x1f, 0x8b], what: 'une archive gzip (.gz)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'un document PDF' },
  { bytes: [0x00, 0x00, 0x27, 0x0a], what: 'un fichier de forme (.shp)' },
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a Windows-1252 byte array. `TextDecoder('windows-1252')` is the WHATWG decoder in
 * browsers, but Node decodes bytes 0x80–0x9F as Latin-1 control characters: fix them here so the
 * result is the same everywhere (`0x80` -> `€`, `0x92` -> `’`, `0x9C` -> `œ`).
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) =>
      String.fromCharCode(CP1252_C1[c.charCodeAt(0) - 0x80] ?? 0),
    );
}

/**
 * Decodes file bytes: strips the BOM, accepts valid UTF-8 (strict decoder), otherwise falls back to
 * Windows-1252; UTF-16 is accepted with a BOM (Excel « Texte Unicode »). Zip/Excel/PDF or binary
 * content gives an error issue and `binary: true`. An info issue states the encoding used.
 *
 * @example
 * const { text, encoding } = decodeText(new Uint8Array([0x53, 0x61, 0x69, 0x6e, 0x74, 0x2d, 0x4c, 0xf4]), 'f.csv');
 * // text === 'Saint-Lô', encoding === 'windows-1252'
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const issues: DataIssue[] = [];
  const fail = (message: string): DecodedText => {
    issues.push({ severity: 'error', code: 'binary-file', message: `${file} : ${message}`, file });
    return { text: '', encoding: 'utf-8', binary: true, issues };
  };
  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.bytes)) {
      return fail(
        `ce fichier est ${sig.what}, pas un fichier texte. Ouvrez-le dans un tableur et enregistrez-le ` +
          'en CSV (séparateur point-virgule, UTF-8), ou chargez le GeoJSON correspondant.',
      );
    }
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding: TextEncoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(encoding).decode(bytes.subarray(2));
    issues.push(info(file, encoding, 'marque BOM UTF-16'));
    return { text, encoding, binary: false, issues };
  }
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) {
      return fail(
        'le fichier contient des octets nuls : ce n’est pas un fichier texte (fichier binaire ou ' +
          'UTF-16 sans marque BOM). Exportez-le en CSV UTF-8.',
      );
    }
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.01) {
    return fail(
      `${control} caractères de contrôle dans les ${sample.length} premiers octets : ce n’est pas un ` +
        'fichier texte. Exportez-le en CSV UTF-8 ou en GeoJSON.',
    );
  }
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? bytes.subarray(3) : bytes;
  let text: string;
  let encoding: TextEncoding;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    encoding = 'utf-8';
    issues.push(info(file, encoding, hasBom ? 'marque BOM UTF-8' : 'octets UTF-8 valides'));
  } catch {
    text = decodeWindows1252(body);
    encoding = 'windows-1252';
    issues.push(
      info(file, encoding, 'octets non valides en UTF-8, lus comme Windows-1252/Latin-1'),
    );
  }
  const mojibake = /Ã[\u00a0-\u00bf]|Ã©|â€™/.exec(text);
  if (mojibake) {
    const start = Math.max(0, mojibake.index - 15);
    issues.push({
      severity: 'warning',
      code: 'mojibake',
      message:
        `${file} : texte probablement déjà mal converti (« ${text.slice(start, mojibake.index + 15)} ») : ` +
        'un fichier Windows-1252 a été enregistré comme UTF-8 (« Saint-LÃ´ » au lieu de « Saint-Lô »). ' +
        'Repartez du fichier d’origine.',
      file,
    });
  }
  return { text, encoding, binary: false, issues };
}

function info(file: string, encoding: TextEncoding, why: string): DataIssue {
  return {
    severity: 'info',
    code: 'encoding',
    message: `${file} : encodage détecté ${encoding} (${why}).`,
    file,
  };
}

/** Decoded chunks of a large file; `issues` grows while the chunks are consumed. */
export interface DecodedChunks {
  encoding: TextEncoding;
  chunks: Iterable<string>;
  issues: DataIssue[];
}

/**
 * Decodes a large line-based file chunk by chunk, each chunk ending at a line feed (a 0x0A byte
 * never occurs inside a UTF-8 or Windows-1252 character), for files larger than a JavaScript
 * string can hold (~512 M characters). The encoding is detected on the first chunk like
 * {@link decodeText}; a later chunk that is not valid UTF-8 is read as Windows-1252 with a warning.
 * UTF-16 files are not supported here (use {@link decodeText}).
 *
 * @example
 * const { chunks } = decodeTextChunks(bytes, 'PS_LibreAcces_Personne_activite.txt');
 * for (const text of chunks) {
 *   // text holds whole lines
 * }
 */
export function decodeTextChunks(
  bytes: Uint8Array,
  file: string,
  chunkBytes = 32 * 1024 * 1024,
): DecodedChunks {
  const first = bytes.subarray(0, lineEnd(bytes, 0, chunkBytes));
  const probe = decodeText(first, file);
  const issues = probe.issues;
  const encoding = probe.encoding;
  function* generate(): Generator<string> {
    if (probe.binary) return;
    yield probe.text;
    let warned = false;
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    for (let start = first.length; start < bytes.length;) {
      const end = lineEnd(bytes, start, chunkBytes);
      const part = bytes.subarray(start, end);
      start = end;
      if (encoding === 'windows-1252') {
        yield decodeWindows1252(part);
        continue;
      }
      try {
        yield utf8.decode(part);
      } catch {
        if (!warned) {
          warned = true;
          issues.push({
            severity: 'warning',
            code: 'mixed-encoding',
            message:
              `${file} : octets non valides en UTF-8 après l'octet ${start - part.length} ; cette partie ` +
              'est lue comme Windows-1252. Vérifiez les accents ou réenregistrez le fichier en UTF-8.',
            file,
          });
        }
        yield decodeWindows1252(part);
      }
    }
  }
  return { encoding, chunks: generate(), issues };
}

/** End (exclusive) of the chunk starting at `start`: just after the last line feed within `size`. */
function lineEnd(bytes: Uint8Array, start: number, size: number): number {
  const limit = start + size;
  if (limit >= bytes.length) return bytes.length;
  const nl = bytes.lastIndexOf(0x0a, limit - 1);
  return nl >= start ? nl + 1 : limit;
}
