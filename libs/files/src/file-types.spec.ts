import { describe, expect, it } from 'vitest';
import { cleanFileName, fileTypeFor } from './file-types';

const bytes = (...b: number[]) => Buffer.from(b);

describe('fileTypeFor', () => {
  it('decides the type from the extension, case-insensitively, and refuses others', () => {
    expect(fileTypeFor('Werkblad.PDF')?.mimeType).toBe('application/pdf');
    expect(fileTypeFor('foto.jpeg')?.mimeType).toBe('image/jpeg');
    expect(fileTypeFor('les.docx')?.extensions).toEqual(['docx']);
    for (const name of ['a.exe', 'a.html', 'a.svg', 'a.js', 'pdf', '.pdf', 'a.pdf.exe']) {
      expect(fileTypeFor(name), name).toBeUndefined();
    }
  });

  it('checks the first bytes against the extension', () => {
    expect(fileTypeFor('a.pdf')!.matches(Buffer.from('%PDF-1.7\n'))).toBe(true);
    expect(fileTypeFor('a.pdf')!.matches(Buffer.from('<html>'))).toBe(false);
    expect(fileTypeFor('a.png')!.matches(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe(true);
    expect(fileTypeFor('a.jpg')!.matches(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
    expect(fileTypeFor('a.docx')!.matches(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toBe(true);
    expect(fileTypeFor('a.docx')!.matches(Buffer.from('%PDF-'))).toBe(false);
    expect(fileTypeFor('a.mp4')!.matches(Buffer.from('\0\0\0\x18ftypmp42'))).toBe(true);
    expect(fileTypeFor('a.txt')!.matches(Buffer.from('Gewoon tekst.\n'))).toBe(true);
    expect(fileTypeFor('a.txt')!.matches(bytes(0x4d, 0x5a, 0x00, 0x01))).toBe(false);
    expect(fileTypeFor('a.txt')!.matches(Buffer.from('  <!DOCTYPE html><script>'))).toBe(false);
  });
});

describe('cleanFileName', () => {
  it('keeps only the last path segment, without control characters or quotes', () => {
    expect(cleanFileName('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(cleanFileName('C:\\Users\\x\\Verslag "mei".pdf')).toBe('Verslag mei.pdf');
    expect(cleanFileName('a\u0000b\r\n.pdf')).toBe('ab.pdf');
  });

  it('shortens long names but keeps the extension', () => {
    const name = cleanFileName(`${'x'.repeat(300)}.pdf`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
