import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../gql';
import { ApiError, request, type RefusalParams } from '../../lib/api';

/**
 * The API's defaults, still read by the assignment form's own checks. Uploads take their
 * limits from the API (`useUploadLimits`), which is where they are configured.
 */
export const ALLOWED_EXTENSIONS = ['pdf', 'docx', 'pptx', 'xlsx', 'png', 'jpg', 'jpeg', 'mp4', 'txt', 'csv'];
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export const UploadLimitsDocument = graphql(`
  query UploadLimits($purpose: String) {
    uploadLimits {
      maxBytes
      allowedTypes(purpose: $purpose)
    }
  }
`);

/** What the server accepts for uploads of one purpose: its size limit and extensions. */
export interface UploadLimits {
  maxBytes: number;
  allowedTypes: string[];
}

/**
 * The server's upload limits for a purpose (`LESSON_ATTACHMENT`, `SUBMISSION_FILE`), so a form
 * can state them and check a file before sending megabytes. They change only with the server's
 * configuration, so they are fetched once per page load.
 */
export function useUploadLimits(purpose: string) {
  return useQuery({
    queryKey: ['upload-limits', purpose],
    queryFn: () => request(UploadLimitsDocument, { purpose }),
    select: (data): UploadLimits => data.uploadLimits,
    staleTime: Infinity,
  });
}

/** The `accept` attribute of a file input for these limits: `.pdf,.docx,…`. */
export function acceptFor(limits: UploadLimits | undefined): string | undefined {
  return limits?.allowedTypes.map((extension) => `.${extension}`).join(',');
}

export interface UploadedFile {
  id: string;
  originalName: string;
  mimeType: string;
  size: number;
}

/**
 * The client-side check against the server's limits: the refusal the API would give (with the
 * same params, so the sentence names the limit), or null when the file may be sent.
 */
export function precheckUpload(file: File, limits: UploadLimits): ApiError | null {
  const refuse = (reason: string, params: RefusalParams = {}) =>
    new ApiError({ message: reason, extensions: { code: 'BAD_USER_INPUT', reason, params } });
  const dot = file.name.lastIndexOf('.');
  const extension = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : '';
  if (!limits.allowedTypes.includes(extension))
    return refuse('FILE_TYPE_NOT_ALLOWED', { allowed: limits.allowedTypes });
  if (file.size > limits.maxBytes) return refuse('FILE_TOO_LARGE', { maxBytes: limits.maxBytes });
  if (file.size === 0) return refuse('FILE_EMPTY');
  return null;
}

/**
 * POST /files as multipart (field `file`), reporting progress. XMLHttpRequest because fetch
 * cannot report upload progress. Failures become ApiError with the API's code and reason, so
 * the page shows them like any other error.
 */
export function uploadFile(
  file: File,
  { purpose, onProgress, signal }: { purpose: string; onProgress?: (fraction: number) => void; signal?: AbortSignal },
): Promise<UploadedFile> {
  return postFile<UploadedFile>(`/files?purpose=${encodeURIComponent(purpose)}`, file, { onProgress, signal });
}

/**
 * POST one file as multipart (field `file`) to an upload endpoint of the API (/files, the
 * confidential attachments), reporting progress; a 201 answer is the result, anything else an
 * ApiError with the API's code, reason and params.
 */
export function postFile<T extends { id: string }>(
  path: string,
  file: File,
  { onProgress, signal }: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    // Not GraphQL, so the API asks for this header instead of Apollo's CSRF rule.
    xhr.setRequestHeader('x-imh-csrf', '1');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as
        | (T & { error?: undefined })
        | {
            error?: {
              code?: string;
              reason?: string;
              message?: string;
              params?: RefusalParams;
              fields?: Record<string, string>;
            };
          }
        | null;
      if (xhr.status === 201 && body && 'id' in body) {
        resolve(body);
        return;
      }
      const error = body?.error;
      reject(
        new ApiError({
          message: error?.message ?? `HTTP ${xhr.status}`,
          extensions: {
            code: error?.code ?? (xhr.status === 413 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR'),
            reason: error?.reason ?? (xhr.status === 413 ? 'FILE_TOO_LARGE' : undefined),
            params: error?.params,
            fields: error?.fields,
          },
        }),
      );
    };
    // The API closes the connection when it refuses a body it will not read (e.g. too large).
    xhr.onerror = () => reject(new ApiError({ message: 'Network error', extensions: { code: 'NETWORK' } }));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
