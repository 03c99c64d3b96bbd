/**
 * Reads a big line-oriented file (Annuaire Santé, PMSI) as a sequence of byte chunks cut on line
 * ends, each preceded by the header line, so the existing parsers run chunk by chunk and never
 * see (nor produce the records of) the whole file at once. Works on any `Blob` (a browser `File`,
 * `fs.openAsBlob` in Node).
 */

/** One chunk: header + whole lines, and how many data lines precede it in the file. */
export interface LineChunk {
  bytes: Uint8Array;
  /** Data lines (after the header) before this chunk: add it to a chunk line to get the file line. */
  linesBefore: number;
  /** Bytes of the file consumed once this chunk is read. */
  bytesDone: number;
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
  const head = new Uint8Array(await blob.slice(0, Math.min(size, 1024 * 1024)).arrayBuffer());
  const headerEnd = head.indexOf(0x0a);
  if (headerEnd < 0 || size <= headerEnd + 1) {
    yield {
      bytes: head.length === size ? head : await bytesOf(blob),
      linesBefore: 0,
      bytesDone: size,
    };
    return;
  }
  const header = head.subarray(0, headerEnd + 1);
  let start = headerEnd + 1;
  let linesBefore = 0;
  while (start < size) {
    let end = Math.min(size, start + chunkBytes);
    let body: Uint8Array = new Uint8Array(await blob.slice(start, end).arrayBuffer());
    if (end < size) {
      const cut = body.lastIndexOf(0x0a);
      if (cut >= 0) {
        body = body.subarray(0, cut + 1);
        end = start + cut + 1;
      } else {
        // A single line longer than the chunk: read on to its end (reported by the parser).
        while (end < size) {
          const more = new Uint8Array(await blob.slice(end, end + chunkBytes).arrayBuffer());
          const nl = more.indexOf(0x0a);
          body = concat(body, nl >= 0 ? more.subarray(0, nl + 1) : more);
          end += nl >= 0 ? nl + 1 : more.length;
          if (nl >= 0) break;
        }
      }
    }
    const bytes = concat(header, body);
    yield { bytes, linesBefore, bytesDone: end };
    for (const b of body) if (b === 0x0a) linesBefore += 1;
    start = end;
  }
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
