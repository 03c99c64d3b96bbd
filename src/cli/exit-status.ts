/**
 * Exit codes of `perimetre`: 0 all went well, 1 unexpected error, 2 bad arguments or unreadable
 * file, 3 the result was computed but a file given with --load brought nothing (empty, not
 * recognised, every row rejected), so that a script never takes a partial result for a full one.
 */
const EXIT_INCOMPLETE_INPUTS = 3;

let incomplete = false;

/** Records that an input file brought nothing; `main` then exits with 3 instead of 0. */
export function markIncompleteInputs(): void {
  incomplete = true;
}

/** The exit code of a command that returned `code`, given what its inputs brought; resets. */
export function finalExitCode(code: number): number {
  const result = code === 0 && incomplete ? EXIT_INCOMPLETE_INPUTS : code;
  incomplete = false;
  return result;
}
