/**
 * The file types we accept. The type is decided from the extension and then checked
 * against the first bytes, so a renamed executable or HTML page is refused; the client's
 * Content-Type is never trusted.
 */
export interface AllowedFileType {
  extensions: string[];
  mimeType: string;
  /** True when the first bytes look like this type. */
  matches(head: Buffer): boolean;
}

/** How many leading bytes `matches` needs. */
export const SNIFF_BYTES = 512;

const startsWith = (head: Buffer, bytes: number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const isZip = (head: Buffer) => startsWith(head, ZIP);

/** Text: no NUL bytes, and no markup that a browser might render if it ever ignored nosniff. */
const isPlainText = (head: Buffer) => {
  if (head.includes(0)) return false;
  const start = head.toString('utf8').trimStart().slice(0, 64).toLowerCase();
  return !(start.startsWith('<!doctype') || start.startsWith('<html') || start.startsWith('<script'));
};

export const ALLOWED_FILE_TYPES: AllowedFileType[] = [
  { extensions: ['pdf'], mimeType: 'application/pdf', matches: (h) => startsWith(h, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  {
    extensions: ['docx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    matches: isZip,
  },
  {
    extensions: ['pptx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    matches: isZip,
  },
  {
    extensions: ['xlsx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    matches: isZip,
  },
  {
    extensions: ['png'],
    mimeType: 'image/png',
    matches: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { extensions: ['jpg', 'jpeg'], mimeType: 'image/jpeg', matches: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  // ISO base media: a box size, then `ftyp`.
  { extensions: ['mp4'], mimeType: 'video/mp4', matches: (h) => startsWith(h, [0x66, 0x74, 0x79, 0x70], 4) },
  { extensions: ['txt'], mimeType: 'text/plain', matches: isPlainText },
  { extensions: ['csv'], mimeType: 'text/csv', matches: isPlainText },
];

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

export function fileTypeFor(fileName: string): AllowedFileType | undefined {
  const ext = extensionOf(fileName);
  return ALLOWED_FILE_TYPES.find((t) => t.extensions.includes(ext));
}

export const ALLOWED_EXTENSIONS = ALLOWED_FILE_TYPES.flatMap((t) => t.extensions);

/**
 * The uploader's name reduced to a safe display name: last path segment only, no control
 * characters or quotes, at most 200 characters (keeping the extension).
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '').trim();
  if (cleaned.length <= 200) return cleaned;
  const ext = extensionOf(cleaned);
  return `${cleaned.slice(0, 200 - ext.length - 1)}.${ext}`;
}
