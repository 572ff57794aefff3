// OWASP CSV injection: a spreadsheet runs a cell as a formula when it starts with one of these.
const formulaStart = /^'*[=+\-@\t\r]/;
// A neutralised cell: one added quote in front of what would otherwise start a formula.
const neutralised = /^'+[=+\-@\t\r]/;
// A plain number ("-2", "+1.5", "-150.00") is data, not a formula: spreadsheets read it as that number.
const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Makes a cell safe to open in a spreadsheet (OWASP CSV injection): a cell that starts with
 * = + - @ tab or carriage return gets a single quote in front, unless it is a plain number. Cells
 * that already start with quotes before such a character get one more, so `restoreCsvCell` can
 * undo exactly what was added.
 */
export function neutralizeCsvCell(text: string): string {
  return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

/** Undoes `neutralizeCsvCell`: removes the one quote it put in front, and changes nothing else. */
export function restoreCsvCell(text: string): string {
  return neutralised.test(text) ? text.slice(1) : text;
}
