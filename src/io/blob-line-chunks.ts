/**
 * Reads a big line-oriented file (Annuaire Santé, PMSI) as a sequence of byte chunks cut on line
 * ends, each preceded by the header line, so the existing parsers run chunk by chunk and never
 * see (nor produce the records of) the whole file at once. A line over `MAX_LINE_BYTES` is left
 * out and named (never held whole), so that it can be rejected alone. Works on any `Blob` (a
 * browser `File`, `fs.openAsBlob` in Node).
 */

import { findOverlongLines, MAX_LINE_BYTES, withoutLines } from './line-length';

/** One chunk: header + whole lines, and how many data lines precede it in the file. */
export interface LineChunk {
  bytes: Uint8Array;
  /** Data lines (after the header) before this chunk: add it to a chunk line to get the file line. */
  linesBefore: number;
  /** Bytes of the file consumed once this chunk is read. */
  bytesDone: number;
  /**
   * Lines over `MAX_LINE_BYTES` met in this chunk (file line numbers and sizes): left out of
   * `bytes` (an empty line stands in their place, so the numbering holds), to be rejected.
   */
  overlongLines: { line: number; bytes: number }[];
}

/** Default chunk size: 16 MB (≈ 60,000 Annuaire Santé lines). */
export const LINE_CHUNK_BYTES = 16 * 1024 * 1024;

/**
 * Yields the chunks of `blob`. The header is the first line; a chunk always ends on `\n` (the last
 * one may not, a truncated last line stays in it so the parser reports it).
 *
 * @example
 * for await (const c of readLineChunks(file)) parseDataFile(file.name, c.bytes, { kind: 'stays' });
 */
export async function* readLineChunks(
  blob: Blob,
  chunkBytes = LINE_CHUNK_BYTES,
): AsyncGenerator<LineChunk> {
  const size = blob.size;
  const head = new Uint8Array(
    await blob.slice(0, Math.min(size, MAX_LINE_BYTES + 1)).arrayBuffer(),
  );
  const headerEnd = head.indexOf(0x0a);
  if (headerEnd < 0 || size <= headerEnd + 1) {
    // No line break in the first MAX_LINE_BYTES + 1 bytes: the head alone, which the parser
    // refuses (`line-too-long`) without the rest of the file being read.
    yield { bytes: head, linesBefore: 0, bytesDone: size, overlongLines: [] };
    return;
  }
  const header = head.subarray(0, headerEnd + 1);
  let start = headerEnd + 1;
  let linesBefore = 0;
  while (start < size) {
    let end = Math.min(size, start + chunkBytes);
    let body: Uint8Array = new Uint8Array(await blob.slice(start, end).arrayBuffer());
    let overlong: { line: number; bytes: number }[] = [];
    if (end < size) {
      const cut = body.lastIndexOf(0x0a);
      if (cut >= 0) {
        body = body.subarray(0, cut + 1);
        end = start + cut + 1;
      } else {
        // A single line longer than the chunk: read on to its end, kept up to MAX_LINE_BYTES.
        const line = await readLongLine(blob, body, end, chunkBytes);
        body = line.kept ?? new Uint8Array([0x0a]);
        if (!line.kept) overlong = [{ line: linesBefore + 2, bytes: line.end - start }];
        end = line.end;
      }
    }
    if (overlong.length === 0 && body.length > MAX_LINE_BYTES) {
      const found = findOverlongLines(body);
      overlong = found.map((o) => ({ line: linesBefore + 1 + o.line, bytes: o.end - o.start }));
      body = withoutLines(body, found);
    }
    const bytes = concat(header, body);
    yield { bytes, linesBefore, bytesDone: end, overlongLines: overlong };
    for (const b of body) if (b === 0x0a) linesBefore += 1;
    start = end;
  }
}

/**
 * Reads on a line that started in `first` (no LF there) to its end; `kept` is null when the line
 * is over MAX_LINE_BYTES (its bytes are then skipped, never held at once).
 */
async function readLongLine(
  blob: Blob,
  first: Uint8Array,
  from: number,
  chunkBytes: number,
): Promise<{ kept: Uint8Array | null; end: number }> {
  let kept: Uint8Array | null = first;
  let end = from;
  while (end < blob.size) {
    const more = new Uint8Array(await blob.slice(end, end + chunkBytes).arrayBuffer());
    const nl = more.indexOf(0x0a);
    const part = nl >= 0 ? more.subarray(0, nl + 1) : more;
    kept = kept && kept.length + part.length <= MAX_LINE_BYTES + 1 ? concat(kept, part) : null;
    end += part.length;
    if (nl >= 0) break;
  }
  if (kept && kept.length > MAX_LINE_BYTES + (kept.at(-1) === 0x0a ? 1 : 0)) kept = null;
  return { kept, end };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
