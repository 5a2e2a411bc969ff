// The one error type for users: a message that says what to do, and the exit code the CLI ends with.

export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = "UserError";
  }
}
