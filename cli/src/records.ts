/**
 * The one place where the command meets the library's text schemas (`--as <type>`): which schema
 * reads a row, which fields it reads, which of them are required, and how a parsed value becomes an
 * output row. A renamed schema in the library is a one-line change here.
 */
import {
  createResponseTextSchema,
  defineInstrument,
  GroupTextSchema,
  LoanTextSchema,
  MemberTextSchema,
  PaymentTextSchema,
} from 'sejahtera';
import { fail } from './errors.js';
import { flatten, householdKind, kindOf, type RecordKind } from './record-kind.js';

export type { RecordKind } from './record-kind.js';

/** The record types of `--as`. */
export const RECORD_TYPES = [
  'household',
  'loan',
  'payment',
  'member',
  'group',
  'response',
] as const;

/** One of {@link RECORD_TYPES}. */
export type RecordType = (typeof RECORD_TYPES)[number];

const LOAN_COLUMNS = [
  'principal',
  'disbursedOn',
  'firstDueOn',
  'tenor',
  'frequency',
  'interest.method',
  'interest.rate.percent',
  'interest.rate.per',
  'grace.principalPeriods',
  'grace.interestPeriods',
  'grace.interest',
  'principalEvery',
  'rounding.unit',
  'rounding.mode',
];

/**
 * The record kind of `--as`. `instrumentJson` is the parsed `--instrument` file, needed for
 * `response` only.
 */
export function recordKind(as: RecordType, instrumentJson?: unknown): RecordKind {
  switch (as) {
    case 'household':
      return householdKind();
    case 'loan':
      return kindOf(LoanTextSchema, LOAN_COLUMNS);
    case 'payment':
      return kindOf(PaymentTextSchema);
    case 'member':
      return { ...kindOf(MemberTextSchema), unique: 'nik' };
    case 'group':
      return {
        ...kindOf(GroupTextSchema, undefined, (value) => {
          const { members: _members, ...rest } = value as Record<string, unknown>;
          return flatten(rest);
        }),
        unique: 'id',
      };
    case 'response': {
      if (instrumentJson === undefined) {
        fail('--as response needs --instrument <file> (the instrument definition as JSON)');
      }
      let instrument: ReturnType<typeof defineInstrument>;
      try {
        instrument = defineInstrument(instrumentJson as Parameters<typeof defineInstrument>[0]);
      } catch (error) {
        fail(`the instrument is not valid: ${(error as Error).message}`);
      }
      const items = instrument.items.map((item) => item.id);
      const schema = createResponseTextSchema(instrument);
      const kind = kindOf(schema, ['id', ...items], (value) => {
        const v = value as { id?: string; answers: Record<string, number | null> };
        return { id: v.id, ...v.answers };
      });
      return kind;
    }
  }
}
