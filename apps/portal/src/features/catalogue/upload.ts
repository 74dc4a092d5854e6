import { ApiError } from '../../lib/api';

/**
 * What the API accepts (libs/files decides; these mirror its defaults so the portal can say
 * so before sending megabytes). The server stays the authority: it refuses anything else too.
 */
export const ALLOWED_EXTENSIONS = ['pdf', 'docx', 'pptx', 'xlsx', 'png', 'jpg', 'jpeg', 'mp4', 'txt', 'csv'];
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export interface UploadedFile {
  id: string;
  originalName: string;
  mimeType: string;
  size: number;
}

/** The client-side check: a reason the API would give, or null when the file may be sent. */
export function precheckUpload(file: File): 'FILE_TYPE_NOT_ALLOWED' | 'FILE_TOO_LARGE' | 'FILE_EMPTY' | null {
  const dot = file.name.lastIndexOf('.');
  const extension = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : '';
  if (!ALLOWED_EXTENSIONS.includes(extension)) return 'FILE_TYPE_NOT_ALLOWED';
  if (file.size > MAX_UPLOAD_BYTES) return 'FILE_TOO_LARGE';
  if (file.size === 0) return 'FILE_EMPTY';
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
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/files?purpose=${encodeURIComponent(purpose)}`);
    xhr.withCredentials = true;
    // Not GraphQL, so the API asks for this header instead of Apollo's CSRF rule.
    xhr.setRequestHeader('x-imh-csrf', '1');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as
        | (UploadedFile & { error?: undefined })
        | { error?: { code?: string; reason?: string; message?: string; fields?: Record<string, string> } }
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
