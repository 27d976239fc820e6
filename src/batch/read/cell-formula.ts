// Spreadsheet formulas in a text plan's cells. Excel saves a formula's value, never the formula,
// in CSV; formulas come from tools that write a CSV for Excel to open: ERP and shop exports write
// ="…" around numbers and dates so that Excel shows them as text (="2022-06-01",
// ="1234567890123456"), and scripts write =HYPERLINK("…","商品") for a link to click. Excel shows
// the first as the text in its quotes, which is read as that text (read-csv.ts); the value of any
// other is Excel's to work out, not the file's, and in a column a row is asked by it makes the row
// an error row (row-checks.ts), not a text read for a share text or a date.

const EQUALS = 0x3d;
const QUOTE = 0x22;

/**
 * A cell written ="…" as the text in its quotes, each doubled quote in it one quote (="2022-06-01"
 * is 2022-06-01, ="" is empty); any other cell as it is: a quote not doubled inside (="a"&"b")
 * makes it more than one text.
 */
export function formulaText(cell: string): string {
  const length = cell.length;
  if (length < 3 || cell.charCodeAt(0) !== EQUALS || cell.charCodeAt(1) !== QUOTE || cell.charCodeAt(length - 1) !== QUOTE) return cell;
  const inner = cell.slice(2, -1);
  if (!inner.includes('"')) return inner;
  return inner.replaceAll('""', '').includes('"') ? cell : inner.replaceAll('""', '"');
}

/**
 * Whether a cell is a formula as Excel reads one: = and then a text ("), a function's name and
 * its parenthesis (HYPERLINK(, VLOOKUP(), or a cell's reference (A2, $B$3, Sheet1!C4). A share
 * text may start with = (==> 点击链接) and is none.
 */
export function isFormula(cell: string): boolean {
  return cell.charCodeAt(0) === EQUALS && /^=\s*(?:"|[A-Za-z_][\w.]*\s*\(|(?:[A-Za-z_][\w.]*!)?\$?[A-Za-z]{1,3}\$?\d)/.test(cell);
}
