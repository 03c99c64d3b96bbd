/**
 * A failed DuckDB statement, keeping the SQL that failed (after Mosaic's `util/query-error.ts`).
 * It signals a bug or an unexpected input, not a user-fixable data problem (that is a `DataError`).
 */
export class QueryError extends Error {
  /** The SQL text that failed. */
  readonly sql: string;

  /**
   * @param message - DuckDB's message (or a description of the failure).
   * @param sql - The statement that failed.
   * @param options - `cause`: the original error.
   * @example
   * throw new QueryError('Catalog Error: Table with name nope does not exist!', 'SELECT * FROM nope');
   */
  constructor(message: string, sql: string, options?: { cause?: unknown }) {
    super(`${message}\nSQL: ${abbreviate(sql)}`, options);
    this.name = 'QueryError';
    this.sql = sql;
  }

  /**
   * Wraps any thrown value into a `QueryError` for `sql` (a `QueryError` is returned unchanged).
   *
   * @example
   * try { run(sql); } catch (error) { throw QueryError.wrap(error, sql); }
   */
  static wrap(error: unknown, sql: string): QueryError {
    if (error instanceof QueryError) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new QueryError(message, sql, { cause: error });
  }
}

/** Keeps error messages readable when the SQL is long (the full text stays in `sql`). */
function abbreviate(sql: string): string {
  const oneLine = sql.replace(/\s+/g, ' ').trim();
  return oneLine.length > 500 ? `${oneLine.slice(0, 500)}…` : oneLine;
}
