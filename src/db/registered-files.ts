/**
 * The registered files of the native Node connector: a map from the name the SQL uses
 * (`read_csv('name')`) to a real path, because native DuckDB reads the real file system and has no
 * registry of in-memory files like DuckDB-WASM's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mapStringLiterals } from './sql/string-literals';

/** Temporary directories not yet removed, emptied at process exit if `close()` was never called. */
const liveDirectories = new Set<string>();
let exitHookInstalled = false;

/**
 * Registered names and the files behind them: text written to a file of a private temporary
 * directory (owned, deleted on `drop` and `removeAll`), or a local file read in place (never
 * deleted).
 */
export class RegisteredFiles {
  private readonly paths = new Map<string, { path: string; owned: boolean }>();
  private directory: string | null = null;
  private counter = 0;

  /**
   * Writes `text` (UTF-8) to a temporary file registered as `name` (replacing an earlier file of
   * that name).
   *
   * @example await files.addText('stays-0.csv', 'zone_code,finess\n50100,500000013\n');
   */
  async addText(name: string, text: string): Promise<void> {
    this.counter += 1;
    const file = path.join(this.tempDirectory(), `${this.counter}-${safeName(name)}`);
    await fs.promises.writeFile(file, text, 'utf8');
    await this.drop(name);
    this.paths.set(name, { path: file, owned: true });
  }

  /**
   * Registers the local file `filePath` as `name`, read in place (no copy).
   *
   * @example await files.addLocal('rpps.txt', '/data/PS_LibreAcces_Personne_activite.txt');
   */
  async addLocal(name: string, filePath: string): Promise<void> {
    await this.drop(name);
    this.paths.set(name, { path: path.resolve(filePath), owned: false });
  }

  /** Forgets `name`, deleting its temporary file; nothing happens for an unknown name. */
  async drop(name: string): Promise<void> {
    const entry = this.paths.get(name);
    if (!entry) return;
    this.paths.delete(name);
    if (entry.owned) await fs.promises.rm(entry.path, { force: true });
  }

  /** Forgets every name and removes the temporary directory. */
  removeAll(): void {
    this.paths.clear();
    if (this.directory === null) return;
    fs.rmSync(this.directory, { recursive: true, force: true });
    liveDirectories.delete(this.directory);
    this.directory = null;
  }

  /**
   * `sql` with every string literal equal to a registered name replaced by its file's path.
   *
   * @example files.toRealPaths("SELECT * FROM read_csv('a.csv')"); // "… read_csv('/tmp/…/1-a.csv')"
   */
  toRealPaths(sql: string): string {
    if (!this.mentionsAny(sql)) return sql;
    return mapStringLiterals(sql, (content) => this.paths.get(content)?.path);
  }

  /**
   * `message` (e.g. DuckDB's error) with every registered file's path replaced by its name, so that
   * messages read as with DuckDB-WASM.
   *
   * @example files.toNames('No files found that match the pattern "/tmp/…/1-a.csv"'); // "… "a.csv""
   */
  toNames(message: string): string {
    let out = message;
    for (const [name, entry] of this.paths) out = out.replaceAll(entry.path, name);
    return out;
  }

  private mentionsAny(sql: string): boolean {
    for (const name of this.paths.keys()) if (sql.includes(name)) return true;
    return false;
  }

  private tempDirectory(): string {
    if (this.directory === null) {
      this.directory = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-duckdb-'));
      liveDirectories.add(this.directory);
      installExitHook();
    }
    return this.directory;
  }
}

/** A file name made of safe characters only (the name itself stays the registered key). */
function safeName(name: string): string {
  return name.replace(/[^\w.-]+/g, '_').slice(-100);
}

/** One `exit` listener for all connectors: removes the directories of connectors never closed. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const dir of liveDirectories) fs.rmSync(dir, { recursive: true, force: true });
  });
}
