// The error types for users: a message that says what to do, and the exit code the CLI ends with.

export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** A sheet that cannot be made because a data row it prints is damaged; the message names the file and the value.
 * It fails that sheet (exit 1), never a batch, and the web page says why instead of printing «..». */
export class SheetDataError extends UserError {
  /** @param detail the damaged row: "file, linje 12: forventet …, fant …". */
  constructor(readonly detail: string) {
    super(`feil i datagrunnlaget: ${detail}`, 1);
    this.name = "SheetDataError";
  }
}
