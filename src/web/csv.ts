// Shared by the explorer's downloads and `parley export`: plain TypeScript, no DOM and no Node.

/** What a CSV file starts with: a byte-order mark, so Excel reads the Chinese names as UTF-8. */
export const CSV_START = '\uFEFF';

/** RFC 4180 with CRLF line ends, after CSV_START. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return CSV_START + [header, ...rows].map(csvRow).join('');
}

/** One record and its CRLF. */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(cell).join(',')}\r\n`;
}

/** A text cell starting with = + - @ gets a leading apostrophe: spreadsheets would run it as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
