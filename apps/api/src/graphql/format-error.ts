import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { CommonRefusal, DomainError, ErrorCode } from '@imh/common';

const logger = new Logger('GraphQLError');

/** Apollo's own codes for requests that never reached a resolver. Their messages are safe. */
const REQUEST_ERRORS: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

/**
 * The one place errors become what clients see: a message and `extensions.code` from the
 * set in DESIGN.md. Never a stack trace, never SQL. Unknown errors are logged here (with
 * the stack, server-side only) and reach the client as a generic message.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const path = formatted.path;

  if (original instanceof DomainError) {
    const { reason, params, fields, retryAfterSeconds } = original.options;
    return {
      message: original.message,
      path,
      extensions: {
        code: original.code,
        ...(reason && { reason }),
        ...(params && { params }),
        ...(fields && { fields }),
        ...(retryAfterSeconds && { retryAfterSeconds }),
      },
    };
  }

  const apolloCode = formatted.extensions?.code as string | undefined;
  // graphql's parser stops at the token limit (parseOptions.maxTokens); name the limit like the other query
  // limits. (graphql 16 spells it "more that".)
  const tokens = apolloCode === 'GRAPHQL_PARSE_FAILED' && /more tha[nt] (\d+) tokens/.exec(formatted.message);
  if (tokens) {
    return {
      message: formatted.message,
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        reason: CommonRefusal.QUERY_TOO_COMPLEX,
        params: { limit: Number(tokens[1]) },
      },
    };
  }
  if (apolloCode && REQUEST_ERRORS[apolloCode]) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path,
      extensions: { code: REQUEST_ERRORS[apolloCode] },
    };
  }

  // Nest HttpExceptions (e.g. a guard) carry a status.
  const status = (original as { getStatus?: () => number })?.getStatus?.();
  if (status === 401) return { message: 'You need to sign in.', path, extensions: { code: ErrorCode.UNAUTHENTICATED } };
  if (status === 403)
    return { message: 'You are not allowed to do this.', path, extensions: { code: ErrorCode.FORBIDDEN } };
  if (status === 404) return { message: 'Not found.', path, extensions: { code: ErrorCode.NOT_FOUND } };
  if (status === 400) return { message: formatted.message, path, extensions: { code: ErrorCode.BAD_USER_INPUT } };

  logger.error(
    `Unexpected error at ${path?.join('.') ?? '(request)'}: ${(original as Error)?.name ?? 'Error'}`,
    (original as Error)?.stack,
  );
  return {
    message: 'Something went wrong on our side. Please try again.',
    path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
