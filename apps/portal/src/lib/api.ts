import type { TypedDocumentString } from '../gql/graphql';

/** What a refusal names (module titles, student ids, limits), for the sentence that explains it. */
export type RefusalParams = Record<string, string | number | boolean | string[]>;

/** The error codes the API sends in `extensions.code`, plus two the client adds itself. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

interface GraphQLErrorBody {
  message: string;
  extensions?: {
    code?: string;
    reason?: string;
    params?: RefusalParams;
    fields?: Record<string, string>;
    retryAfterSeconds?: number;
  };
}

/** A failed request, carrying what forms need to show a translated message per code, reason and field. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly reason?: string;
  readonly params: RefusalParams;
  /** Field name (the last part of its path) → the API's message, for forms with flat fields. */
  readonly fields: Record<string, string>;
  /** The full paths the API named, without the argument name: `criteria.1.levels`. */
  readonly fieldPaths: string[];
  /** Full path → what the API said of it (a message, or a refusal value naming the field's problem). */
  readonly fieldsByPath: Record<string, string>;
  readonly retryAfterSeconds?: number;

  constructor(body: GraphQLErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    const ext = body.extensions ?? {};
    this.code = (ext.code as ApiErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
    this.reason = ext.reason;
    this.params = ext.params ?? {};
    this.fieldsByPath = Object.fromEntries(
      Object.entries(ext.fields ?? {}).map(([path, value]) => [path.replace(/^input\./, ''), value]),
    );
    this.fieldPaths = Object.keys(this.fieldsByPath);
    // Field names arrive as paths (`input.email`); forms know only the last part.
    this.fields = Object.fromEntries(
      Object.entries(ext.fields ?? {}).map(([path, message]) => [path.split('.').at(-1)!, message]),
    );
    this.retryAfterSeconds = ext.retryAfterSeconds;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type VariablesArg<V> = V extends Record<string, never> ? [] : [variables: V];

/** Requests index.html starts before the portal's JavaScript arrives (see earlyRequests in vite.config.ts). */
export type EarlyRequest = 'me' | 'dashboard';
type EarlyRequests = Partial<Record<EarlyRequest, Promise<Response>>>;

function earlyRequests(): EarlyRequests | undefined {
  return (globalThis as { __imhEarly?: EarlyRequests }).__imhEarly;
}

/** Whether index.html started this request (and nothing has used or forgotten it yet). */
export function hasEarlyRequest(name: EarlyRequest): boolean {
  return !!earlyRequests()?.[name];
}

/**
 * Forgets the requests index.html started: they answered for the session the page was opened
 * with, so after a login or a logout they would answer for someone else.
 */
export function forgetEarlyRequests(): void {
  const early = earlyRequests();
  if (early) for (const name of Object.keys(early) as EarlyRequest[]) delete early[name];
}

/**
 * The answer to `document` that index.html asked for already (once: the next call posts it
 * again), read as `request` reads its own. Without an early request, this is `request`.
 */
export function requestEarly<R, V>(
  name: EarlyRequest,
  document: TypedDocumentString<R, V>,
  ...variables: VariablesArg<V>
): Promise<R> {
  return readEarly<R>(name) ?? request(document, ...variables);
}

/**
 * The answer to a request index.html started, read as `request` reads its own, or undefined
 * when it did not start it (or it was used or forgotten already). Used once.
 */
export function readEarly<R>(name: EarlyRequest): Promise<R> | undefined {
  const early = earlyRequests();
  const started = early?.[name];
  if (!early || !started) return undefined;
  delete early[name];
  return readResponse<R>(started);
}

/**
 * Posts one typed document to the API. JSON plus `apollo-require-preflight` satisfies Apollo's
 * CSRF rule; the session cookie goes along because the portal and API share an origin.
 */
export async function request<R, V>(document: TypedDocumentString<R, V>, ...[variables]: VariablesArg<V>): Promise<R> {
  return readResponse<R>(
    fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    }),
  );
}

/** A GraphQL answer's data, or the ApiError its first error (or a lost connection) makes. */
async function readResponse<R>(sent: Promise<Response>): Promise<R> {
  let response: Response;
  try {
    response = await sent;
  } catch {
    throw new ApiError({ message: 'Network error', extensions: { code: 'NETWORK' } });
  }
  let body: { data?: R | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError({ message: `HTTP ${response.status}`, extensions: { code: 'NETWORK' } });
  }
  if (body.errors?.length) throw new ApiError(body.errors[0]);
  if (!body.data) throw new ApiError({ message: 'Empty response' });
  return body.data;
}
