/** Error codes that travel across every transport as data. */
export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'workspace-corrupt',
  'workspace-invalid',
  'template-invalid',
  'template-syntax',
  'render-failed',
  'export-failed',
  'io-failed',
  'unauthorised',
  'internal',
  /** Long work (the Stage 1 pack) stopped at the user's request. */
  'cancelled',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorDetails = Readonly<Record<string, unknown>>;

/** An expected failure with a message a user can act on; `details` names the file, field or line. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export const isAppError = (value: unknown): value is AppError => value instanceof AppError;
