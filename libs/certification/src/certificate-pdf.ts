import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export interface CertificatePdfFacts {
  locale: 'nl' | 'en';
  holderName: string;
  trackTitle: string;
  number: string;
  issuedAt: Date;
  expiresAt: Date | null;
  accreditationPoints: number;
  signatoryName: string;
  verifyUrl: string;
}

const WORDS = {
  nl: {
    title: 'Certificaat',
    intro: 'Hierbij verklaart IMH Academy dat',
    completed: 'met goed gevolg heeft afgerond:',
    number: 'Certificaatnummer',
    issued: 'Datum van uitgifte',
    expires: 'Geldig tot',
    noExpiry: 'Geldig zonder einddatum',
    points: 'Accreditatiepunten',
    signatory: 'Namens IMH Academy',
    verify: 'Controleer dit certificaat op',
  },
  en: {
    title: 'Certificate',
    intro: 'IMH Academy hereby declares that',
    completed: 'has successfully completed:',
    number: 'Certificate number',
    issued: 'Date of issue',
    expires: 'Valid until',
    noExpiry: 'Valid without end date',
    points: 'Accreditation points',
    signatory: 'On behalf of IMH Academy',
    verify: 'Verify this certificate at',
  },
} as const;

/** The URL as a QR code, as PNG bytes (also what tests decode). */
export function verifyQrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 6 });
}

/**
 * The printed certificate, in the holder's language: name, track, dates, number, points, signatory,
 * and the verification URL as text and as a QR code. Deterministic for the same facts (fixed
 * creation date), so a regenerated PDF hashes the same.
 */
export async function renderCertificatePdf(f: CertificatePdfFacts): Promise<Buffer> {
  const w = WORDS[f.locale] ?? WORDS.nl;
  const date = (d: Date) =>
    new Intl.DateTimeFormat(f.locale === 'en' ? 'en-GB' : 'nl-NL', {
      timeZone: 'Europe/Amsterdam',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(d);
  const qr = await verifyQrPng(f.verifyUrl);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    info: { Title: `${w.title} ${f.number}`, Author: 'IMH Academy', CreationDate: f.issuedAt, ModDate: f.issuedAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(34).text(w.title, { align: 'center' });
  doc.moveDown(0.8).font('Helvetica').fontSize(14).text(w.intro, { align: 'center' });
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(26).text(f.holderName, { align: 'center' });
  doc.moveDown(0.4).font('Helvetica').fontSize(14).text(w.completed, { align: 'center' });
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(20).text(f.trackTitle, { align: 'center' });
  doc.moveDown(1.2).font('Helvetica').fontSize(12);
  doc.text(`${w.number}: ${f.number}`);
  doc.text(`${w.issued}: ${date(f.issuedAt)}`);
  doc.text(f.expiresAt ? `${w.expires}: ${date(f.expiresAt)}` : w.noExpiry);
  doc.text(`${w.points}: ${f.accreditationPoints}`);
  doc.moveDown(0.8).text(`${w.signatory}: ${f.signatoryName}`);
  doc.moveDown(0.8).text(w.verify);
  doc.text(f.verifyUrl, { link: f.verifyUrl, underline: true });
  doc.image(qr, doc.page.width - 56 - 130, doc.page.height - 56 - 150, { width: 130 });
  doc.end();
  return done;
}
