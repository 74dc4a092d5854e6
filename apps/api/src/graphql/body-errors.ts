import type { ErrorRequestHandler } from 'express';
import { CommonRefusal, ErrorCode } from '@imh/common';

/** What body-parser's errors (http-errors) carry. */
interface BodyParserError {
  status?: number;
  type?: string;
  limit?: number;
}

/**
 * Answers the JSON body parser's refusals (malformed JSON, a body over the limit, a charset it
 * cannot read) as GraphQL errors with a code from DESIGN.md, instead of Nest's generic handler,
 * which would log each as a server error with its stack. Registered right after the parser, so
 * it sees only the parser's errors; anything else goes on to Nest.
 */
export const bodyParserErrors: ErrorRequestHandler = (error: BodyParserError, _req, res, next) => {
  const status = error?.status;
  if (!error?.type || !status || status < 400 || status >= 500) return next(error);
  const extensions =
    status === 413
      ? { code: ErrorCode.BAD_USER_INPUT, reason: CommonRefusal.QUERY_TOO_COMPLEX, params: { limit: error.limit } }
      : { code: ErrorCode.BAD_USER_INPUT, reason: CommonRefusal.VALIDATION_FAILED };
  const message =
    status === 413
      ? `The request is too large: ${error.limit} bytes at most.`
      : error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : 'The request body could not be read.';
  res.status(status).json({ errors: [{ message, extensions }] });
};
