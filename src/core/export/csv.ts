// CSV export of annotation records (RFC 4180), safe to open in spreadsheet programs.
import { RECORD_FIELDS, type AnnotationRecord, type RecordSource } from './records';

// Cells starting with these are run as formulas by Excel, LibreOffice and Sheets ("CSV injection");
// page and dataset text is untrusted, so such cells get a leading apostrophe. Spreadsheets trim
// leading spaces and control characters before deciding (LibreOffice evaluates " =1+41"), and some
// fold full-width signs (＝＋－＠) to ASCII, so those count too; a leading tab or CR always does.
const FORMULA_START = /^(?:[\t\r]|[\s\p{Cc}\p{Cf}]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66\u2212])/u;

function formatSource(s: RecordSource): string {
  return [s.outlet, s.date, s.by && (s.role ? `${s.by} (${s.role})` : s.by), s.url].filter(Boolean).join(' | ');
}

/** Text of one cell before quoting: arrays joined with "; ", null as empty. */
function cellText(record: AnnotationRecord, field: keyof AnnotationRecord): string {
  const value = record[field];
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (field === 'sources') return (value as RecordSource[]).map(formatSource).join('; ');
  if (Array.isArray(value)) return value.join('; ');
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a cell when it holds a comma, quote, CR or LF, doubling inner quotes (RFC 4180 2.6, 2.7). */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function guardJoined(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Header row plus one row per record, CRLF line ends (including after the last row). */
export function toCsv(records: readonly AnnotationRecord[], withHeader = true): string {
  const rows: string[] = [];
  if (withHeader) rows.push(RECORD_FIELDS.join(','));
  for (const r of records) {
    rows.push(
      RECORD_FIELDS.map((f) => {
        const text = cellText(r, f);
        // Joined arrays start with page/dataset text too, so they get the same guard.
        return csvCell(f === 'why' || f === 'sources' ? guardJoined(text) : text);
      }).join(','),
    );
  }
  return rows.map((row) => row + '\r\n').join('');
}
