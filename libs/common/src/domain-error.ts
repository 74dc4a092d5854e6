/**
 * The one error type every context throws. Its code is mapped once, in the API's
 * error formatter, to GraphQL `extensions.code`; resolvers never translate errors.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
}

export interface DomainErrorOptions {
  /** A stable machine-readable reason, e.g. `INVALID_CREDENTIALS`; the portal translates it. */
  reason?: string;
  /** Field-level details for BAD_USER_INPUT (field name → message). Never confidential content. */
  fields?: Record<string, string>;
  /** Seconds until a rate limit lifts. */
  retryAfterSeconds?: number;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: DomainErrorOptions = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static unauthenticated(message = 'You need to sign in.', reason?: string) {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message, { reason });
  }
  static forbidden(message = 'You are not allowed to do this.', reason?: string) {
    return new DomainError(ErrorCode.FORBIDDEN, message, { reason });
  }
  static badInput(message: string, fields?: Record<string, string>, reason?: string) {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, { fields, reason });
  }
  static notFound(what: string) {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} was not found.`, { reason: 'NOT_FOUND' });
  }
  static conflict(message: string, reason?: string) {
    return new DomainError(ErrorCode.CONFLICT, message, { reason });
  }
  static rateLimited(retryAfterSeconds: number) {
    return new DomainError(ErrorCode.RATE_LIMITED, 'Too many attempts. Try again later.', {
      reason: 'RATE_LIMITED',
      retryAfterSeconds,
    });
  }
}
