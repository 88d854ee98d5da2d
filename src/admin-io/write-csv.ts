import { stringify } from 'csv-stringify/sync';
import { csvCell, type CsvValue } from './csv-cell.js';

/** Rows (the header first) as CSV text, every cell through csvCell: the one way the product writes a CSV file. */
export function writeCsv(rows: readonly (readonly CsvValue[])[]): string {
  return stringify(rows.map((row) => row.map(csvCell)));
}
