/**
 * A place in a text: `offset` counts UTF-16 code units from the start of the text (as JavaScript
 * strings and VS Code do); `line` and `column` are zero-based, the column in UTF-16 code units.
 * CLI and SARIF output add one to both.
 */
export interface Position {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** A half-open span [start, end) of one file's text. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A range in a named file. `file` is a path as the host knows it. */
export interface Location {
  readonly file: string;
  readonly range: Range;
}
