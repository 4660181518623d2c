// A TypeScript user's file, compiled against the packed package (scripts/check-package.sh).
import {
  allocateRupiah,
  type CalendarDate,
  type Issue,
  roundRupiah,
  SejahteraError,
  valueAt,
} from 'sejahtera';
import * as poverty from 'sejahtera/poverty';
import * as revolvingFund from 'sejahtera/revolving-fund';
import * as kpb from 'sejahtera/kpb';
import * as tridaya from 'sejahtera/tridaya';
import * as pkh from 'sejahtera/pkh';

const due: CalendarDate = '2024-02-29';
const parts: number[] = allocateRupiah(1_000_000, [1, 1, 1]);
const rounded: number = roundRupiah('375282.5', { unit: 1, mode: 'half-up' });
const issues: readonly Issue[] = [];
const isError = (e: unknown): e is SejahteraError => e instanceof SejahteraError;
export const used = [
  due,
  parts,
  rounded,
  issues,
  isError,
  valueAt,
  poverty,
  revolvingFund,
  kpb,
  tridaya,
  pkh,
];
