/**
 * A poverty line per household for `poverty`: the BPS provincial (or national urban/rural) line of the
 * household's province and area (`--line bps --province-column ... --area-column ...`), or a line
 * from the user's own dated table file (`--lines <file>`), each looked up on `--date` with the
 * library's `povertyLineAt` and its staleness rule.
 */
import {
  CalendarDateSchema,
  type DatedTable,
  definePovertyLineTable,
  type Issue,
  ParameterNotFoundError,
  type PovertyLineArea,
  parseRupiahText,
  povertyLineAt,
  SejahteraError,
} from 'sejahtera';
import { type Lang, listColumns } from './common.js';
import { fail } from './errors.js';
import { type Cell, openSource, type Source } from './input.js';
import { cellText, ownIssue, readDateOption } from './read-records.js';

/** The help of the per-household line options, for `poverty --help`. */
export const ROW_LINE_HELP = `A line per household (its province and area), looked up on --date:
  --line bps --province-column <col>  the BPS line of each row's province (two-digit Kemendagri
                         code, as in a NIK: 18 = Lampung) for --area (default total)
  --area-column <col>    each row's area: urban (perkotaan, kota), rural (perdesaan, desa) or total;
                         with --line bps alone, the national urban or rural line
  --lines <file>         your own line table (.csv, .json, .jsonl): columns from (YYYY-MM-DD, the
                         first day a line is in force), line (rupiah), source (required), and
                         optionally province and area; a row's line is the table of its province
                         and area, else of its province (any area), else of its area (any
                         province), else the table without either
  --lines-cadence semiannual|annual  how often your table gets a new line: a date past the next
                         expected one is stale (default: your lines never go stale)
A stale line (its period over, no newer one) is an error (exit 2) unless --allow-stale is given; a
row whose province or area has no line is rejected (parameter_not_found, unknown_province,
invalid_area).
`;

/** The line options as read. */
export interface RowLineValues {
  line?: string | undefined;
  date?: string | undefined;
  area?: string | undefined;
  'allow-stale'?: boolean | undefined;
  lines?: string | undefined;
  'lines-cadence'?: string | undefined;
  'province-column'?: string | undefined;
  'area-column'?: string | undefined;
  from?: string | undefined;
}

/** A household's line, or why it has none (a rejection of the row). */
export type RowLine =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** A per-household line, ready to bind to the input's columns. */
export interface RowLines {
  /** For the summary line. */
  readonly label: string;
  /** Finds the columns in the input (a one-line error when one is missing). */
  bind(source: Source): (cells: readonly Cell[]) => RowLine;
}

const AREA_WORDS: Readonly<Record<string, PovertyLineArea>> = {
  total: 'total',
  urban: 'urban',
  perkotaan: 'urban',
  kota: 'urban',
  rural: 'rural',
  perdesaan: 'rural',
  desa: 'rural',
};

const MESSAGES = {
  missing_province: { en: 'The province column is empty.', id: 'Kolom provinsi kosong.' },
  missing_area: { en: 'The area column is empty.', id: 'Kolom wilayah kosong.' },
  invalid_area: {
    en: 'The area must be urban (perkotaan, kota), rural (perdesaan, desa) or total.',
    id: 'Wilayah harus perkotaan (urban, kota), perdesaan (rural, desa) atau total.',
  },
} as const;

function areaOf(text: string): PovertyLineArea | undefined {
  return AREA_WORDS[text.toLowerCase()];
}

/** The one-line error of a stale line (exit 2): the library's message, and the flag that accepts it. */
function staleError(error: ParameterNotFoundError, lang: Lang): never {
  const s = error.stale;
  if (s === undefined) fail(error.messages[lang]);
  fail(
    lang === 'id'
      ? `garis kemiskinan "${error.tableId}" sudah kedaluwarsa pada ${error.date}: nilai terakhirnya ${s.lastValue} berlaku sejak ${s.lastFrom} dan belum ada nilai untuk periode mulai ${s.nextExpected}; berikan --allow-stale untuk tetap memakainya`
      : `the poverty line "${error.tableId}" is stale on ${error.date}: its last value, ${s.lastValue}, is in force from ${s.lastFrom} and there is no value for the period starting ${s.nextExpected}; pass --allow-stale to use it anyway`,
  );
}

/** Looks a line up; a missing line is a row issue, a stale one a configuration error. */
function lookUp(find: () => number, lang: Lang, column: string): RowLine {
  try {
    return { ok: true, value: find() };
  } catch (error) {
    if (error instanceof ParameterNotFoundError && error.code === 'parameter_stale') {
      staleError(error, lang);
    }
    if (!(error instanceof SejahteraError)) throw error;
    return {
      ok: false,
      issues: [
        {
          code: error.code,
          path: [column],
          params: error.params,
          message: error.messages[lang],
        },
      ],
    };
  }
}

function columnAt(source: Source, option: string, column: string): number {
  const index = source.header.indexOf(column);
  if (index < 0) {
    fail(
      `${option} ${column}: ${source.name} has no column '${column}'; its columns are ${listColumns(source.header)}`,
    );
  }
  return index;
}

/** Columns of a lines file. */
const LINE_FILE_COLUMNS = ['from', 'line', 'source', 'province', 'area'] as const;

/**
 * Reads a lines file: one row per line value, columns `from` (YYYY-MM-DD, the first day the value is
 * in force), `line` (rupiah per capita per month), `source` (required: where the value comes from),
 * and optional `province` and `area`. Each (province, area) pair is one dated table of the library
 * (`definePovertyLineTable`, with `cadence` when given).
 */
async function readLinesFile(
  path: string,
  from: string | undefined,
  cadence: 'semiannual' | 'annual' | undefined,
  lang: Lang,
): Promise<Map<string, DatedTable<number>>> {
  const source = await openSource(path, from as 'csv' | 'json' | 'jsonl' | undefined);
  const at = new Map<string, number>();
  for (const column of LINE_FILE_COLUMNS) {
    const index = source.header.indexOf(column);
    if (index >= 0) at.set(column, index);
  }
  for (const column of ['from', 'line', 'source']) {
    if (!at.has(column)) {
      fail(
        `--lines: ${source.name} has no column '${column}' (a lines file has from, line, source and optionally province, area); its columns are ${listColumns(source.header)}`,
      );
    }
  }
  const byKey = new Map<
    string,
    { province: string; area: string; values: Record<string, { value: number; source: string }> }
  >();
  for await (const r of source.rows) {
    const where = `--lines: ${source.name} row ${r.row}`;
    if (r.error !== undefined) fail(`${where} is not a JSON object`);
    const cell = (column: string) => cellText(r.cells, at.get(column));
    const date = cell('from');
    if (!CalendarDateSchema.safeParse(date).success) {
      fail(`${where}: from must be a real date written YYYY-MM-DD (got '${date}')`);
    }
    const line = parseRupiahText(cell('line'), { locale: lang });
    if (!line.success || line.data <= 0) {
      fail(`${where}: line must be a positive whole number of rupiah`);
    }
    const sourceText = cell('source');
    if (sourceText === '') fail(`${where}: source is empty (every line needs its source)`);
    const province = cell('province');
    const areaText = cell('area');
    const area = areaText === '' ? '' : areaOf(areaText);
    if (area === undefined) fail(`${where}: ${MESSAGES.invalid_area[lang]}`);
    const key = `${province}\u0000${area}`;
    let table = byKey.get(key);
    if (table === undefined) {
      table = { province, area, values: {} };
      byKey.set(key, table);
    }
    if (Object.hasOwn(table.values, date)) {
      fail(`${where}: a second line from ${date} for the same province and area`);
    }
    table.values[date] = { value: line.data, source: sourceText };
  }
  if (byKey.size === 0) fail(`--lines: ${source.name} has no line`);
  const tables = new Map<string, DatedTable<number>>();
  for (const [key, t] of byKey) {
    try {
      tables.set(
        key,
        definePovertyLineTable(
          {
            id: `${source.name}${t.province === '' ? '' : ` province ${t.province}`}${t.area === '' ? '' : ` ${t.area}`}`,
            description: `poverty line from ${source.name}`,
            unit: 'rupiah/kapita/bulan',
            values: t.values,
          },
          cadence === undefined ? {} : { cadence },
        ),
      );
    } catch (error) {
      fail(
        `--lines: ${source.name}: ${error instanceof SejahteraError ? error.messages[lang] : String(error)}`,
      );
    }
  }
  return tables;
}

/**
 * Reads the per-household line options; `undefined` when none is given (then `--line` is one line
 * for every household).
 */
export async function readRowLines(
  values: RowLineValues,
  lang: Lang,
): Promise<RowLines | undefined> {
  const provinceColumn = values['province-column'];
  const areaColumn = values['area-column'];
  if (values.lines === undefined && provinceColumn === undefined && areaColumn === undefined) {
    if (values['lines-cadence'] !== undefined) fail('--lines-cadence goes with --lines');
    return undefined;
  }
  const allowStale = values['allow-stale'] === true;
  const date = readDateOption('--date', values.date);
  const lineColumn = provinceColumn ?? areaColumn ?? '';
  const cells = (source: Source) => {
    const p =
      provinceColumn === undefined
        ? undefined
        : columnAt(source, '--province-column', provinceColumn);
    const a = areaColumn === undefined ? undefined : columnAt(source, '--area-column', areaColumn);
    return { p, a };
  };
  if (values.lines !== undefined) {
    if (values.line !== undefined)
      fail('--lines and --line are two ways to give the line: use one');
    if (values.area !== undefined)
      fail('--area goes with --line bps; with --lines use --area-column');
    const cadenceText = values['lines-cadence'];
    if (cadenceText !== undefined && cadenceText !== 'semiannual' && cadenceText !== 'annual') {
      fail(`--lines-cadence must be one of semiannual, annual (got '${cadenceText}')`);
    }
    const tables = await readLinesFile(values.lines, values.from, cadenceText, lang);
    // A table by province (or area) needs the column that says each row's province (or area).
    const keys = [...tables.keys()].map((k) => k.split('\u0000'));
    if (provinceColumn === undefined && keys.some(([p]) => p !== '')) {
      fail(`--lines ${values.lines} has lines by province: pass --province-column <column>`);
    }
    if (areaColumn === undefined && keys.some(([, a]) => a !== '')) {
      fail(`--lines ${values.lines} has lines by area: pass --area-column <column>`);
    }
    const label = `${values.lines} ${date}`;
    return {
      label,
      bind(source) {
        const { p, a } = cells(source);
        const cache = new Map<string, RowLine>();
        return (row) => {
          const province = cellText(row, p);
          const areaText = cellText(row, a);
          const area = areaText === '' ? '' : areaOf(areaText);
          if (area === undefined) {
            return {
              ok: false,
              issues: [
                ownIssue('invalid_area', [areaColumn ?? 'area'], MESSAGES.invalid_area, lang),
              ],
            };
          }
          const key = `${province}\u0000${area}`;
          let found = cache.get(key);
          if (found === undefined) {
            const table =
              tables.get(key) ??
              tables.get(`${province}\u0000`) ??
              tables.get(`\u0000${area}`) ??
              tables.get('\u0000');
            found =
              table === undefined
                ? {
                    ok: false,
                    issues: [
                      ownIssue(
                        'parameter_not_found',
                        [lineColumn],
                        {
                          en: `The lines file has no line for province '${province}', area '${area || 'any'}'.`,
                          id: `Berkas garis tidak memuat garis untuk provinsi '${province}', wilayah '${area || 'mana pun'}'.`,
                        },
                        lang,
                      ),
                    ],
                  }
                : lookUp(() => povertyLineAt({ date, table, allowStale }).value, lang, lineColumn);
            cache.set(key, found);
          }
          return found;
        };
      },
    };
  }
  // The BPS line of each household's province (Kemendagri code) and area.
  if (values.line?.trim().toLowerCase() !== 'bps') {
    fail('--province-column and --area-column take --line bps or --lines <file>');
  }
  const fixedArea = values.area === undefined ? undefined : areaOf(values.area);
  if (values.area !== undefined && (fixedArea === undefined || areaColumn !== undefined)) {
    fail(
      areaColumn !== undefined
        ? '--area and --area-column are two ways to give the area: use one'
        : `--area must be one of total, urban, rural (got '${values.area}')`,
    );
  }
  return {
    label: `BPS ${provinceColumn === undefined ? '' : 'by province, '}${date}`,
    bind(source) {
      const { p, a } = cells(source);
      const cache = new Map<string, RowLine>();
      return (row) => {
        const province = p === undefined ? undefined : cellText(row, p);
        if (province === '') {
          return {
            ok: false,
            issues: [
              ownIssue(
                'missing_province',
                [provinceColumn ?? 'province'],
                MESSAGES.missing_province,
                lang,
              ),
            ],
          };
        }
        let area = fixedArea ?? 'total';
        if (a !== undefined) {
          const text = cellText(row, a);
          if (text === '') {
            return {
              ok: false,
              issues: [
                ownIssue('missing_area', [areaColumn ?? 'area'], MESSAGES.missing_area, lang),
              ],
            };
          }
          const read = areaOf(text);
          if (read === undefined) {
            return {
              ok: false,
              issues: [
                ownIssue('invalid_area', [areaColumn ?? 'area'], MESSAGES.invalid_area, lang),
              ],
            };
          }
          area = read;
        }
        const key = `${province ?? ''}\u0000${area}`;
        let found = cache.get(key);
        if (found === undefined) {
          found = lookUp(
            () =>
              povertyLineAt(
                province === undefined
                  ? { date, area, allowStale }
                  : { date, area, province, allowStale },
              ).value,
            lang,
            lineColumn,
          );
          cache.set(key, found);
        }
        return found;
      };
    },
  };
}
