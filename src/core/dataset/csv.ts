// RFC 4180 CSV/TSV parsing (quoted fields, doubled quotes, CR/LF/CRLF, newlines inside quotes),
// written here because the importers must run without Node and no parser is a dependency.

export interface CsvOptions {
  /** Field separator; default: guessed from the first line (tab if it has more tabs than commas). */
  delimiter?: string;
  /** LIAR's TSV quotes nothing and contains bare quotes inside fields: treat '"' as plain text. */
  quoting?: boolean;
}

export function guessDelimiter(text: string): string {
  const nl = text.indexOf('\n');
  const first = nl === -1 ? text : text.slice(0, nl);
  const tabs = first.split('\t').length;
  const commas = first.split(',').length;
  const semis = first.split(';').length;
  if (tabs > commas && tabs > semis) return '\t';
  return semis > commas ? ';' : ',';
}

/** All rows as arrays of fields; a final empty line does not make an extra row. */
export function parseCsv(text: string, options: CsvOptions = {}): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const d = options.delimiter ?? guessDelimiter(text);
  const quoting = options.quoting ?? true;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  let atFieldStart = true;
  while (i < n) {
    const c = text[i];
    if (quoting && c === '"' && atFieldStart) {
      // Quoted field: runs to the next lone quote.
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          field += text.slice(i);
          i = n;
          break;
        }
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      atFieldStart = false;
      continue;
    }
    if (c === d) {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // Plain run up to the next delimiter or line break, copied in one slice (a quote inside an
      // unquoted field is text, as real exports write them).
      let j = i + 1;
      while (j < n) {
        const k = text[j];
        if (k === d || k === '\n' || k === '\r') break;
        j++;
      }
      field += text.slice(i, j);
      atFieldStart = false;
      i = j;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
