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

/**
 * What a refusal names, for the portal to put into its own sentence: module titles, student
 * ids, limits. Values are plain data (lists of strings for several names). Never confidential
 * content, never e-mail addresses of someone the reader may not see.
 */
export type RefusalParam = string | number | boolean | readonly string[];
export type RefusalParams = Readonly<Record<string, RefusalParam>>;

/**
 * A refusal reason: a value of one context's refusal enum (`CatalogueRefusal`, …, see
 * `refusal.ts`). Each value belongs to exactly one enum, so the portal can key its sentences by
 * the value alone; the API exposes every enum in the schema.
 */
export type RefusalReason = string;

export interface DomainErrorOptions {
  /** A stable machine-readable reason from a context's refusal enum; the portal translates it. */
  reason?: RefusalReason;
  /** Named values the portal puts into its sentence (see `RefusalParams`). */
  params?: RefusalParams;
  /**
   * Field-level details for BAD_USER_INPUT: the field's full path as the client sent it
   * (`input.criteria.1.levels`) → an English message for logs and API users.
   */
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

  static unauthenticated(message = 'You need to sign in.', reason?: RefusalReason) {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message, { reason });
  }
  static forbidden(message = 'You are not allowed to do this.', reason?: RefusalReason, params?: RefusalParams) {
    return new DomainError(ErrorCode.FORBIDDEN, message, { reason, params });
  }
  static badInput(message: string, fields?: Record<string, string>, reason?: RefusalReason, params?: RefusalParams) {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, { fields, reason, params });
  }
  static notFound(what: string) {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} was not found.`, {
      reason: 'NOT_FOUND' satisfies RefusalReason,
    });
  }
  static conflict(message: string, reason?: RefusalReason, params?: RefusalParams) {
    return new DomainError(ErrorCode.CONFLICT, message, { reason, params });
  }
  static rateLimited(retryAfterSeconds: number) {
    return new DomainError(ErrorCode.RATE_LIMITED, 'Too many attempts. Try again later.', {
      reason: 'RATE_LIMITED',
      retryAfterSeconds,
    });
  }
}
