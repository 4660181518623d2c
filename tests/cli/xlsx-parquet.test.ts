// XLSX (exceljs's streaming reader) and Parquet (hyparquet) inputs, run as a built command over files
// written in the test by exceljs and hyparquet-writer. Expected measures worked out by hand (FGT):
// line 600,000. A: 300,000 x4 and 900,000 x2 -> persons 6, poor 4, gap 0.5: P0 2/3, P1 1/3, P2 1/6.
// B: 450,000 x3 weight 2 (the other B row is rejected) -> persons 6, all poor, gap 0.25: P0 1,
// P1 0.25, P2 0.0625.
import ExcelJS from 'exceljs';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { folder } from './run.js';

function measures(csv: string) {
  const [header, ...rows] = csv.trim().split('\n');
  expect(header).toBe('kab,households,rejected,population,poorPopulation,p0,p1,p2');
  return rows.map((line) => line.split(','));
}

function expectAB(rows: string[][]) {
  const [a, b] = rows;
  expect(a?.slice(0, 5)).toEqual(['A', '2', '0', '6', '4']);
  expect(Number(a?.[5])).toBeCloseTo(2 / 3, 12);
  expect(Number(a?.[6])).toBeCloseTo(1 / 3, 12);
  expect(Number(a?.[7])).toBeCloseTo(1 / 6, 12);
  expect(b?.slice(0, 5)).toEqual(['B', '1', '1', '6', '6']);
  expect(Number(b?.[6])).toBeCloseTo(0.25, 12);
  expect(Number(b?.[7])).toBeCloseTo(0.0625, 12);
}

describe('sejahtera with XLSX and Parquet inputs', { timeout: 180_000 }, () => {
  it('reads the first worksheet of an XLSX: numbers, Indonesian text, formulas, dates, blanks', async () => {
    const f = folder();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('rumah tangga');
    sheet.addRow(['kab', 'expenditurePerCapita', 'size', 'weight']);
    sheet.addRow(['A', 300000, 4, 1]);
    sheet.addRow(['A', 'Rp 900.000', 2, null]);
    sheet.addRow(['B', 'abc', 1, 1]);
    sheet.addRow(['B', { formula: '150000*3', result: 450000 }, 3, 2]);
    book.addWorksheet('other').addRow(['ignored']);
    await book.xlsx.writeFile(f.path('h.xlsx'));
    const r = f.run([
      'poverty',
      'h.xlsx',
      '--by',
      'kab',
      '--line',
      '600000',
      '--rejects',
      'bad.csv',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expectAB(measures(r.stdout));
    // Row 4 of the worksheet, as Excel numbers it.
    expect(f.read('bad.csv').split('\n')[1]).toMatch(/^4,expenditurePerCapita,invalid_number,/);
    const v = f.run(['validate', 'h.xlsx', '--as', 'household', '--format', 'jsonl', '-q']);
    expect(
      v.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { expenditurePerCapita: 300000, size: 4, weight: 1 },
      { expenditurePerCapita: 900000, size: 2 },
      { expenditurePerCapita: 450000, size: 3, weight: 2 },
    ]);
  });

  it('reads a Parquet file (strings, INT32, INT64, DOUBLE, nulls) row group by row group', () => {
    const f = folder();
    parquetWriteFile({
      filename: f.path('h.parquet'),
      rowGroupSize: 2,
      columnData: [
        { name: 'kab', data: ['A', 'A', 'B', 'B'], type: 'STRING' },
        { name: 'expenditurePerCapita', data: [300000n, 900000n, null, 450000n], type: 'INT64' },
        { name: 'size', data: [4, 2, 1, 3], type: 'INT32' },
        { name: 'weight', data: [1, null, 1, 2], type: 'DOUBLE' },
      ],
    });
    const r = f.run([
      'poverty',
      'h.parquet',
      '--by',
      'kab',
      '--line',
      '600000',
      '--rejects',
      'bad.jsonl',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expectAB(measures(r.stdout));
    // Parquet rows are numbered from 1, as in a JSON array: the null expenditure is the third.
    expect(JSON.parse(f.read('bad.jsonl'))).toMatchObject({
      row: 3,
      column: 'expenditurePerCapita',
      code: 'required',
    });
    // Parquet on standard input is refused: it is read from its end.
    const stdin = f.run(['validate', '--from', 'parquet', '--as', 'household'], '');
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/Parquet input needs a file/);
  });
});
