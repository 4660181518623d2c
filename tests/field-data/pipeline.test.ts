// A household survey export as it comes from the field: a CSV file of text, one instance of every
// malformed kind. Every row must come back as a typed record or as a rejection with its index and the
// right code. The CSV is written and read here with a small RFC 4180 writer/reader (quoted fields).
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { DateTextSchema, validateBatch, YesNoTextSchema } from '../../src/core/index.js';
import { NikSchema } from '../../src/kpb/index.js';
import { povertyMeasuresBy, PovertyRecordTextSchema } from '../../src/poverty/index.js';

const COLUMNS = [
  'nik',
  'kecamatan',
  'expenditurePerCapita',
  'size',
  'weight',
  'surveyedOn',
  'receivesAid',
] as const;
type Cells = Partial<Record<(typeof COLUMNS)[number], string>>;

function writeCsv(rows: readonly Cells[]): string {
  const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return [
    COLUMNS.join(','),
    ...rows.map((r) => COLUMNS.map((c) => quote(r[c] ?? '')).join(',')),
  ].join('\r\n');
}

function readCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  row.push(cell);
  records.push(row);
  const [header, ...data] = records;
  return data.map((r) => Object.fromEntries((header ?? []).map((h, k) => [h, r[k] ?? ''])));
}

// NIKs built from their parts (DOMAIN.md section 3): 33 04 12 DDMMYY serial.
const NIK = (dd: string, mm = '05', yy = '85', serial = '0001') => `330412${dd}${mm}${yy}${serial}`;
const ok = (n: number, extra: Cells = {}): Cells => ({
  nik: NIK('45', '05', '85', String(n).padStart(4, '0')),
  kecamatan: 'Kedaton',
  expenditurePerCapita: 'Rp 450.000',
  size: '4',
  weight: '',
  surveyedOn: '31/01/2024',
  receivesAid: 'ya',
  ...extra,
});

// [row, expected: 'valid' or [path, code] of each issue]
const CASES: [string, Cells, 'valid' | [string, string][]][] = [
  ['clean row', ok(1), 'valid'],
  ['plain digits', ok(2, { expenditurePerCapita: '450000' }), 'valid'],
  ['Rp with decimals ,00', ok(3, { expenditurePerCapita: 'Rp1.250.000,00' }), 'valid'],
  ['IDR prefix', ok(4, { expenditurePerCapita: 'IDR 1.250.000' }), 'valid'],
  ['receipt ,-', ok(5, { expenditurePerCapita: 'Rp 450.000,-' }), 'valid'],
  ['a fraction in expenditure', ok(6, { expenditurePerCapita: '450.000,75' }), 'valid'],
  [
    'ambiguous 1.500 (one thousand five hundred)',
    ok(7, { expenditurePerCapita: '1.500' }),
    'valid',
  ],
  ['serial date', ok(8, { surveyedOn: '45322' }), 'valid'],
  ['ISO date', ok(9, { surveyedOn: '2024-01-31' }), 'valid'],
  ['dashed date', ok(10, { surveyedOn: '31-01-2024' }), 'valid'],
  ['yes/no: Y', ok(11, { receivesAid: 'Y' }), 'valid'],
  ['yes/no: t', ok(12, { receivesAid: 't' }), 'valid'],
  ['yes/no: 0', ok(13, { receivesAid: '0' }), 'valid'],
  ['yes/no: TRUE', ok(14, { receivesAid: ' TRUE ' }), 'valid'],
  ['blank weight is absent', ok(15, { weight: ' ' }), 'valid'],
  [
    'blank expenditure',
    ok(16, { expenditurePerCapita: '' }),
    [['expenditurePerCapita', 'required']],
  ],
  [
    'English commas',
    ok(17, { expenditurePerCapita: '1,250,000' }),
    [['expenditurePerCapita', 'english_number_format']],
  ],
  [
    'text in a number field',
    ok(18, { expenditurePerCapita: 'empat ratus ribu' }),
    [['expenditurePerCapita', 'invalid_number']],
  ],
  [
    'negative expenditure',
    ok(19, { expenditurePerCapita: '-5.000' }),
    [['expenditurePerCapita', 'too_small']],
  ],
  ['fraction in size', ok(20, { size: '2,5' }), [['size', 'not_integer']]],
  ['size zero', ok(21, { size: '0' }), [['size', 'too_small']]],
  ['text in size', ok(22, { size: 'empat' }), [['size', 'invalid_number']]],
  ['text in weight', ok(23, { weight: 'x' }), [['weight', 'invalid_number']]],
  ['impossible date', ok(24, { surveyedOn: '31/02/2024' }), [['surveyedOn', 'impossible_date']]],
  ['fictitious serial 60', ok(25, { surveyedOn: '60' }), [['surveyedOn', 'impossible_date']]],
  ['month-first date', ok(26, { surveyedOn: '01/31/2024' }), [['surveyedOn', 'impossible_date']]],
  [
    'date in words',
    ok(27, { surveyedOn: '31 Januari 2024' }),
    [['surveyedOn', 'invalid_date_format']],
  ],
  ['blank date', ok(28, { surveyedOn: '' }), [['surveyedOn', 'required']]],
  ['yes/no: mungkin', ok(29, { receivesAid: 'mungkin' }), [['receivesAid', 'invalid_yes_no']]],
  ['NIK too short', ok(30, { nik: '330412450585001' }), [['nik', 'nik_length']]],
  ['NIK with letters', ok(31, { nik: '33041245058500O1' }), [['nik', 'nik_non_digit']]],
  [
    'NIK with spaces',
    ok(32, { nik: '3304 1245 0585 0032' }),
    [
      ['nik', 'nik_length'],
      ['nik', 'nik_non_digit'],
    ],
  ],
  ['NIK day 99', ok(33, { nik: NIK('99') }), [['nik', 'nik_invalid_day']]],
  ['NIK month 13', ok(34, { nik: NIK('05', '13') }), [['nik', 'nik_invalid_month']]],
  ['NIK 31 February', ok(35, { nik: NIK('31', '02') }), [['nik', 'nik_impossible_date']]],
  ['NIK serial 0000', ok(36, { nik: NIK('05', '05', '85', '0000') }), [['nik', 'nik_zero_serial']]],
  [
    'NIK unknown province',
    ok(37, { nik: `10${NIK('05').slice(2)}` }),
    [['nik', 'nik_unknown_province']],
  ],
  ['blank NIK', ok(38, { nik: '' }), [['nik', 'required']]],
  ['duplicate NIK (of row 0)', ok(1), [['nik', 'duplicate_key']]],
  ['blank kecamatan', ok(40, { kecamatan: '' }), [['kecamatan', 'too_small']]],
  [
    'everything blank',
    {
      nik: '',
      kecamatan: '',
      expenditurePerCapita: '',
      size: '',
      weight: '',
      surveyedOn: '',
      receivesAid: '',
    },
    [
      ['expenditurePerCapita', 'required'],
      ['nik', 'required'],
      ['kecamatan', 'too_small'],
      ['surveyedOn', 'required'],
      ['receivesAid', 'required'],
    ],
  ],
];

const HouseholdRow = PovertyRecordTextSchema.extend({
  nik: NikSchema,
  kecamatan: z.string().trim().min(1),
  surveyedOn: DateTextSchema,
  receivesAid: YesNoTextSchema,
});

describe('a field CSV through the text schemas', () => {
  const csv = writeCsv(CASES.map(([, cells]) => cells));
  const rows = readCsv(csv);
  const result = validateBatch(HouseholdRow, rows, { unique: 'nik' });

  it('reads back every row of the generated CSV', () => {
    expect(rows).toHaveLength(CASES.length);
    expect(rows[16]?.expenditurePerCapita).toBe('1,250,000');
  });

  it('returns every row as a result or a rejection, counts adding up', () => {
    expect(result.counts.total).toBe(CASES.length);
    expect(result.counts.valid + result.counts.rejected).toBe(CASES.length);
  });

  it.each(CASES.map(([name, , expected], index) => [index, name, expected] as const))(
    'row %i (%s)',
    (index, _name, expected) => {
      const valid = result.valid.find((v) => v.index === index);
      const rejected = result.rejected.find((r) => r.index === index);
      if (expected === 'valid') {
        expect(rejected?.issues).toBeUndefined();
        expect(valid).toBeDefined();
      } else {
        expect(valid).toBeUndefined();
        expect(rejected?.issues.map((i) => [i.path.join('.'), i.code])).toEqual(expected);
        for (const issue of rejected?.issues ?? []) {
          expect(issue.message).not.toMatch(/\d{16}/);
          expect(issue.message).not.toContain('is invalid');
        }
      }
    },
  );

  it('names the first occurrence of a duplicate NIK', () => {
    const dup = result.rejected.find((r) => r.issues[0]?.code === 'duplicate_key');
    expect(dup?.issues[0]?.params).toEqual({ firstIndex: 0 });
  });

  it('types the valid rows', () => {
    const byIndex = new Map(result.valid.map((v) => [v.index, v.value]));
    expect(byIndex.get(0)).toMatchObject({
      expenditurePerCapita: 450_000,
      size: 4,
      surveyedOn: '2024-01-31',
      receivesAid: true,
      kecamatan: 'Kedaton',
    });
    expect(byIndex.get(2)?.expenditurePerCapita).toBe(1_250_000);
    expect(byIndex.get(5)?.expenditurePerCapita).toBe(450_000.75);
    expect(byIndex.get(6)?.expenditurePerCapita).toBe(1500);
    expect(byIndex.get(7)?.surveyedOn).toBe('2024-01-31');
    expect(byIndex.get(11)?.receivesAid).toBe(false);
    expect(byIndex.get(14)?.weight).toBeUndefined();
  });

  it('feeds the measures: 15 valid households of 4 persons, by hand', () => {
    const by = povertyMeasuresBy(
      result.valid.map((v) => v.value),
      'kecamatan',
      { line: 600_000 },
    );
    // Below Rp 600,000: 450,000 (rows 0, 1, 4, 7-14: 11 households), 450,000.75 (row 5) and 1,500
    // (row 6): 13 of 15 households, all of 4 persons. Rows 2 and 3 (1,250,000) are not poor.
    const group = by.groups[0];
    expect(group?.population).toBe(60);
    expect(group?.poorPopulation).toBe(52);
    const gap = (y: number) => (600_000 - y) / 600_000;
    const p1 = (4 * (11 * gap(450_000) + gap(450_000.75) + gap(1500))) / 60;
    expect(group?.p1).toBeCloseTo(p1, 12);
  });
});
