// Every figure of the dashboard, computed by sejahtera from the sample data (examples/data). Pure:
// no DOM here, so the same module could feed a server-side report.
import { povertyLineAt, povertyMeasuresBy } from 'sejahtera/poverty';
import {
  applyPayments,
  assessLoan,
  buildSchedule,
  portfolioIndicatorsBy,
} from 'sejahtera/revolving-fund';
import { createRegistry, verifyGroups } from 'sejahtera/kpb';
import { defineInstrument, scoreResponses } from 'sejahtera/tridaya';
import households from '../../data/poverty-households.json';
import loans from '../../data/revolving-fund-loans.json';
import kpb from '../../data/kpb-groups.json';
import tridaya from '../../data/tridaya-responses.json';

/** The date every figure is read on. */
export const AS_OF = '2024-08-15';

export function povertyFigures() {
  // Bandar Lampung is a city: the urban line in force on the survey date.
  const line = povertyLineAt({ date: '2024-06-30', area: 'urban' });
  const records = households.map((h) => ({
    ...h,
    expenditurePerCapita: h.householdExpenditurePerMonth / h.size,
  }));
  const byKecamatan = povertyMeasuresBy(records, 'kecamatan', { line: line.value });
  return { line, groups: byKecamatan.groups, all: byKecamatan };
}

export function loanFigures() {
  const options = { asOf: AS_OF, kolektibilitas: 'upk-software-default' };
  return loans.map((row) => {
    const schedule = buildSchedule(row.loan);
    const payments = row.payments.filter((p) => p.paidOn <= AS_OF);
    return {
      id: row.id,
      ksm: row.ksm,
      schedule,
      paid: applyPayments(schedule, payments),
      assessment: assessLoan(schedule, payments, options),
    };
  });
}

export function portfolioFigures(loanRows) {
  const assessed = loanRows.map((l) => ({ ...l.assessment, ksm: l.ksm }));
  return portfolioIndicatorsBy(assessed, 'ksm');
}

export function kpbFigures() {
  const registry = createRegistry(kpb.registry);
  return verifyGroups(kpb.groups, { ruleSet: 'pkkpm-default', asOf: kpb.asOf, registry });
}

export function tridayaFigures() {
  const instrument = defineInstrument(tridaya.instrument);
  return scoreResponses(instrument, tridaya.responses);
}
