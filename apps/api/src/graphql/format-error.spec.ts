import { ForbiddenException, Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { GraphQLError, parse, type GraphQLFormattedError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainError, ErrorCode } from '@imh/common';
import { formatError } from './format-error';

/** What Apollo hands formatError: its own rendering of a GraphQLError wrapping what a resolver threw. */
function fromResolver(thrown: unknown): [GraphQLFormattedError, unknown] {
  const error = new GraphQLError(thrown instanceof Error ? thrown.message : String(thrown), {
    path: ['someField'],
    originalError: thrown instanceof Error ? thrown : undefined,
  });
  const formatted = {
    ...error.toJSON(),
    // As if includeStacktraceInErrorResponses were on: formatError must still drop it.
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: x', '    at secret (/srv/app.ts:1:1)'] },
  };
  return [formatted, error];
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe(formatError.name, () => {
  it.each(Object.values(ErrorCode))('maps a DomainError with code %s to the same extensions.code', (code) => {
    const result = formatError(...fromResolver(new DomainError(code, 'Readable message.')));
    expect(result).toEqual({ message: 'Readable message.', path: ['someField'], extensions: { code } });
  });

  it('passes on reason, fields and retryAfterSeconds', () => {
    expect(
      formatError(...fromResolver(DomainError.badInput('Bad.', { email: 'Enter a valid e-mail address.' }, 'X'))),
    ).toEqual({
      message: 'Bad.',
      path: ['someField'],
      extensions: { code: 'BAD_USER_INPUT', reason: 'X', fields: { email: 'Enter a valid e-mail address.' } },
    });
    expect(formatError(...fromResolver(DomainError.rateLimited(42))).extensions).toEqual({
      code: 'RATE_LIMITED',
      reason: 'RATE_LIMITED',
      retryAfterSeconds: 42,
    });
  });

  it('maps a DomainError thrown directly (not wrapped) as well', () => {
    const error = DomainError.forbidden();
    expect(formatError({ message: error.message }, error).extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it("maps Apollo's request errors to BAD_USER_INPUT and keeps their safe message", () => {
    const result = formatError(
      {
        message: 'Cannot query field "x" on type "Query".',
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['…'] },
      },
      new GraphQLError('Cannot query field "x" on type "Query".'),
    );
    expect(result).toEqual({
      message: 'Cannot query field "x" on type "Query".',
      locations: [{ line: 1, column: 3 }],
      path: undefined,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it("names the parser's token limit as a query limit", () => {
    let message = '';
    try {
      parse('{ a b c d }', { maxTokens: 3 });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/tokens/);
    const result = formatError({ message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, new GraphQLError(message));
    expect(result).toEqual({
      message,
      extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX', params: { limit: 3 } },
    });
  });

  it('maps Nest HTTP exceptions by status', () => {
    expect(formatError(...fromResolver(new UnauthorizedException())).extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(formatError(...fromResolver(new ForbiddenException())).extensions).toEqual({ code: 'FORBIDDEN' });
    expect(formatError(...fromResolver(new NotFoundException())).extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('turns an unknown error into a generic message without stack, and logs the stack server-side', () => {
    const logged = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const crash = new TypeError('Cannot read properties of undefined (reading "password_hash") in SELECT * FROM user');

    const result = formatError(...fromResolver(crash));

    expect(result).toEqual({
      message: 'Something went wrong on our side. Please try again.',
      path: ['someField'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toMatch(/password_hash|SELECT|stacktrace|\.ts:/);
    expect(logged).toHaveBeenCalledWith('Unexpected error at someField: TypeError', crash.stack);
  });

  it('treats a thrown non-Error value as unexpected too', () => {
    vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const result = formatError({ message: 'Unexpected error value: "boom"' }, 'boom');
    expect(result.message).toBe('Something went wrong on our side. Please try again.');
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
