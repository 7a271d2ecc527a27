// Text copied from a spreadsheet (Excel, LibreOffice): rows split by line breaks, cells by tabs.
// A cell holding a line break or a tab comes quoted ("a""b" for a"b), so quotes are honoured.

/** Tab-separated text → rows of cell text; a final empty line (the copy's trailing break) is dropped. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** True when the clipboard holds more than one cell (a single value is left to the cell itself). */
export function isTable(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));
}

const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/**
 * True for a heading line: a cell names one of the columns (「金額」, 「金額（円）」), and none of
 * its cells is a plain number.
 */
export function isHeaderLine(cells: readonly string[], labels: readonly string[]): boolean {
  const folded = cells.map(fold).filter((cell) => cell !== '');
  if (folded.some((cell) => /^[\d,.]+$/.test(cell))) return false;
  const names = labels.map(fold);
  return folded.some((cell) =>
    names.some((name) => cell.startsWith(name) || name.startsWith(cell)),
  );
}
