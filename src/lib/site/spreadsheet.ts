/**
 * Spreadsheet-safe CSV cells. A text cell that begins with =, +, -, @, a tab or a carriage return is read as a
 * formula by Excel, LibreOffice and Google Sheets (OWASP, "CSV Injection"); editors' notes do begin that way
 * ("+37%. Larger than…"). The downloads therefore put a single quote before such a cell, which every spreadsheet
 * hides and reads as "this is text", as OWASP recommends. Numbers are left alone, so a number stays a number.
 * The JSON downloads keep every value exactly as written.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet would read this text as the start of a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A cell a spreadsheet reads as written: text that would start a formula gets a leading `'`. */
export function spreadsheetSafe<T>(value: T): T | string {
  return typeof value === 'string' && looksLikeFormula(value) ? `'${value}` : value;
}

/** Every text cell of a record made spreadsheet-safe; numbers and booleans untouched. */
export function spreadsheetSafeRecord<T extends Record<string, unknown>>(record: T): { [K in keyof T]: T[K] | string } {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, spreadsheetSafe(value)])) as {
    [K in keyof T]: T[K] | string;
  };
}
