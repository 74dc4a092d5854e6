/**
 * CSV for the registers' exports: RFC 4180 (comma, CRLF, double quotes), UTF-8. A cell that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return)
 * gets a leading apostrophe, so a name like `=HYPERLINK(…)` stays text (OWASP's CSV-injection rule).
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number)[]): string {
  return cells.map(csvCell).join(',');
}

export function csvDocument(header: string[], rows: (string | number)[][]): string {
  return [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}
