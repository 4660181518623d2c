import {
  type CalendarDate,
  type DatedTable,
  defineDatedTable,
  type Label,
  type MessageOptions,
  valueAt,
} from '../core/index.js';
import type { SourcedFigure } from './components.js';
import { dtsenMessages, expects, pkhKit, type PkhReason, readMessageOptions } from './issues.js';
import { requireObject } from './issues.js';
import { unreadableInput } from '../_internal/guard.js';
import { deepFreeze } from '../_internal/freeze.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';

const kit = pkhKit(dtsenMessages);

/**
 * Programs whose target desil (DTSEN welfare decile, 1 = poorest 10%) the library knows: `pkh`,
 * `bpnt` (Bantuan Pangan Non Tunai / Program Sembako), `pbi_jk` (Penerima Bantuan Iuran Jaminan
 * Kesehatan: the state pays the JKN premium), `atensi` (Asistensi Rehabilitasi Sosial).
 *
 * @category DTSEN
 */
export type DtsenProgram = 'pkh' | 'bpnt' | 'pbi_jk' | 'atensi';

/**
 * The programs, in table order.
 *
 * @category DTSEN
 */
export const DTSEN_PROGRAMS = [
  'pkh',
  'bpnt',
  'pbi_jk',
  'atensi',
] as const satisfies readonly DtsenProgram[];

/**
 * One program's target: its names and the highest desil it serves (desil 1 to `maxDesil`).
 *
 * @category DTSEN
 */
export interface DtsenProgramTarget {
  /** Indonesian and English names. */
  readonly label: Label;
  /** The highest desil served. */
  readonly maxDesil: SourcedFigure<number>;
}

const OBOR =
  'OborSulut.com 2025 (Dinas Sosial Minahasa): PKH desil 1-4; BPNT/Sembako desil 1-4; PBI-JK desil 1-5; ATENSI desil 1-5';
const TVRI =
  'TVRINews via babeindonesia.com, Feb 2026: PBI JKN for desil 1-5 (Kepmensos No. 3/HUK/2026)';
const DETIK = 'Detik (via jawawa.id): desil 1-4 are prioritised for social assistance';
const MENSOS_2025 =
  'Mensos Saifullah Yusuf via ANTARA/voi.id, 19 Mar 2025: PKH and Sembako recipients should be desil 1-4';
const WARTABROMO =
  'WartaBromo.com, 16 Sep 2025: desil 1-4 priority for PKH, BPNT, PBI-JK; desil 5 "seperti BPNT dan PBI-JK"';

/**
 * Which desil each program serves, as a dated table (core `defineDatedTable`), from the adoption of
 * DTSEN (Data Tunggal Sosial dan Ekonomi Nasional) in 2025: PKH and BPNT desil 1-4, PBI-JK and ATENSI
 * desil 1-5. PKH, BPNT and PBI-JK are confirmed by press reports quoting the Minister, Dinas Sosial and
 * BPJS Kesehatan (checked 2026-11-29); ATENSI has one source (*unconfirmed*); the regulations
 * themselves (Inpres No. 4 Tahun 2025 on DTSEN, Kepmensos decrees) were not seen, and the start date
 * 2025-01-01 stands for "announced in 2025" (*unconfirmed* day).
 *
 * @category DTSEN
 * @example
 * valueAt(DTSEN_PROGRAM_DESIL, '2025-06-01').value.pbi_jk.maxDesil.value //=> 5
 */
export const DTSEN_PROGRAM_DESIL: DatedTable<Readonly<Record<DtsenProgram, DtsenProgramTarget>>> =
  defineDatedTable<Readonly<Record<DtsenProgram, DtsenProgramTarget>>>({
    id: 'dtsen-program-desil',
    description: 'Highest DTSEN desil each program serves (desil 1 = poorest 10%)',
    unit: 'desil',
    values: {
      '2025-01-01': {
        source: `${OBOR}; ${MENSOS_2025}; ${TVRI}; ${DETIK}; ${WARTABROMO}`,
        note: 'Start date stands for "announced in 2025" (Inpres No. 4 Tahun 2025 on DTSEN); the day is not confirmed',
        value: {
          pkh: {
            label: { id: 'Program Keluarga Harapan (PKH)', en: 'Family Hope Program (PKH)' },
            maxDesil: {
              value: 4,
              source: `${OBOR}; ${MENSOS_2025}; ${DETIK}; ${WARTABROMO}`,
              confirmed: true,
            },
          },
          bpnt: {
            label: {
              id: 'Bantuan Pangan Non Tunai (BPNT/Sembako)',
              en: 'Non-cash food assistance (BPNT/Sembako)',
            },
            maxDesil: {
              value: 4,
              source: `${OBOR}; ${MENSOS_2025}; ${DETIK}`,
              confirmed: true,
              note: 'WartaBromo 2025 says desil 5 may also receive BPNT; the Minister and OborSulut say 1-4',
            },
          },
          pbi_jk: {
            label: {
              id: 'Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK)',
              en: 'Health insurance premium assistance (PBI-JK)',
            },
            maxDesil: { value: 5, source: `${OBOR}; ${TVRI}; ${WARTABROMO}`, confirmed: true },
          },
          atensi: {
            label: {
              id: 'Asistensi Rehabilitasi Sosial (ATENSI)',
              en: 'Social rehabilitation assistance (ATENSI)',
            },
            maxDesil: {
              value: 5,
              source: OBOR,
              confirmed: false,
              note: 'One source only',
            },
          },
        },
      },
    },
  });

/**
 * Options of {@link checkDesilEligibility}.
 *
 * @category DTSEN
 */
export interface CheckDesilOptions extends MessageOptions {
  /** The program. */
  program: DtsenProgram;
  /** The date of the check (the table entry in force then is used). */
  date: CalendarDate;
  /** Your own table (default {@link DTSEN_PROGRAM_DESIL}). */
  table?: DatedTable<Readonly<Record<DtsenProgram, DtsenProgramTarget>>> | undefined;
}

/**
 * What {@link checkDesilEligibility} returns.
 *
 * @category DTSEN
 */
export interface DesilEligibility {
  /** `desil <= maxDesil`. */
  readonly eligible: boolean;
  /** The program. */
  readonly program: DtsenProgram;
  /** Its names. */
  readonly label: Label;
  /** The household's desil. */
  readonly desil: number;
  /** The highest desil the program serves. */
  readonly maxDesil: number;
  /** Where the threshold comes from. */
  readonly source: string;
  /** Whether a public source confirms it. */
  readonly confirmed: boolean;
  /** The table entry's start date. */
  readonly from: CalendarDate;
  /** Why, in both languages. */
  readonly reason: PkhReason;
}

function readDesil(desil: unknown): number {
  if (typeof desil !== 'number' || !Number.isSafeInteger(desil) || desil < 1 || desil > 10) {
    throw kit.configurationError('invalid_option', {
      option: 'desil',
      ...expects('a whole number 1-10', 'bilangan bulat 1-10'),
    });
  }
  return desil;
}

const CHECK_DESIL_KEYS = optionKeys<CheckDesilOptions>()({
  locale: true,
  messages: true,
  program: true,
  date: true,
  table: true,
});

/**
 * Checks whether a household's DTSEN desil is within the desil a program serves on a date. The
 * result names the threshold's source and whether it is confirmed. Desil is a ranking, not a
 * guarantee: programs also have their own criteria (PKH needs a component, {@link pkhBenefit}).
 *
 * @category DTSEN
 * @throws {@link ConfigurationError} `invalid_option` for a desil outside 1-10, `unknown_program`.
 * @throws {@link ParameterNotFoundError} for a date before 2025-01-01.
 * @example
 * checkDesilEligibility({ desil: 5 }, { program: 'pkh', date: '2025-06-01' }).eligible //=> false
 * checkDesilEligibility({ desil: 5 }, { program: 'pbi_jk', date: '2025-06-01' }).eligible //=> true
 */
export function checkDesilEligibility(
  household: { desil: number },
  options: CheckDesilOptions,
): DesilEligibility {
  checkOptionKeys(options, CHECK_DESIL_KEYS, 'checkDesilEligibility');
  try {
    const msg = readMessageOptions(options);
    requireObject(household, 'household', 'an object with desil', 'objek berisi desil');
    const desil = readDesil(household.desil);
    requireObject(
      options,
      'options',
      'an object with program and date',
      'objek berisi program dan date',
    );
    const program = options.program;
    const entry = valueAt(options.table ?? DTSEN_PROGRAM_DESIL, options.date);
    if (typeof program !== 'string' || !Object.hasOwn(entry.value, program)) {
      throw kit.configurationError('unknown_program', {
        program: String(typeof program === 'string' ? program.slice(0, 40) : typeof program),
        known: Object.keys(entry.value),
      });
    }
    const target = entry.value[program];
    const maxDesil = target.maxDesil.value;
    const eligible = desil <= maxDesil;
    const params = {
      desil,
      maxDesil,
      program,
      programId: target.label.id,
      programEn: target.label.en,
    };
    return {
      eligible,
      program,
      label: target.label,
      desil,
      maxDesil,
      source: target.maxDesil.source,
      confirmed: target.maxDesil.confirmed,
      from: entry.from,
      reason: kit.reason(
        eligible ? 'desil_within_program' : 'desil_above_program',
        ['desil'],
        params,
        msg,
      ),
    };
  } catch (error) {
    throw unreadableInput(error, 'desil eligibility');
  }
}

const PROGRAMS_FOR_DESIL_KEYS = optionKeys<Pick<CheckDesilOptions, 'date' | 'table'>>()({
  date: true,
  table: true,
});

/**
 * Every program whose target desil includes `desil` on a date, in table order.
 *
 * @category DTSEN
 * @throws {@link ConfigurationError} `invalid_option` for a desil outside 1-10.
 * @throws {@link ParameterNotFoundError} for a date before 2025-01-01.
 * @example
 * programsForDesil(5, { date: '2025-06-01' }) //=> ['pbi_jk', 'atensi']
 */
export function programsForDesil(
  desil: number,
  options: { date: CalendarDate; table?: CheckDesilOptions['table'] },
): DtsenProgram[] {
  checkOptionKeys(options, PROGRAMS_FOR_DESIL_KEYS, 'programsForDesil');
  try {
    const d = readDesil(desil);
    requireObject(options, 'options', 'an object with date', 'objek berisi date');
    const entry = valueAt(options.table ?? DTSEN_PROGRAM_DESIL, options.date);
    return (Object.keys(entry.value) as DtsenProgram[]).filter(
      (p) => d <= entry.value[p].maxDesil.value,
    );
  } catch (error) {
    throw unreadableInput(error, 'desil programs');
  }
}

deepFreeze(DTSEN_PROGRAM_DESIL);
deepFreeze(DTSEN_PROGRAMS);
