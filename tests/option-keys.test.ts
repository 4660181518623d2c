import ts from 'typescript';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { editDistance, nearest } from '../src/_internal/options.js';

// Issue 9, item 8: "Misspelled options are errors". Every exported function that takes an options
// object rejects a key it does not know with a ConfigurationError `unknown_option` that names the key
// and the nearest known key, in English and Indonesian. The table below lists every such function
// with one misspelt call; a test reads the exported signatures with the TypeScript compiler and fails
// when a function with an options parameter is missing from the table (so a new function must be
// added here, and therefore checked).

const schedule = api.buildSchedule({
  principal: 1_200_000,
  disbursedOn: '2024-01-15',
  firstDueOn: '2024-02-15',
  tenor: 12,
  frequency: 'monthly',
  interest: { method: 'flat', rate: { percent: 18, per: 'year' } },
});
const instrument = api.defineInstrument({
  id: 'i',
  scale: { min: 1, max: 5 },
  items: [{ id: 'q1', daya: 'sosial' }],
});
const member = { nik: '3304124505850001', kk: '3304120101080001', name: 'Siti', isLeader: true };
const verify = { ruleSet: 'kube-2020' as const, asOf: '2024-06-01' };
const table = api.KOLEKTIBILITAS_PRESETS['ojk-bank-2019'];
const lineTable = {
  id: 't',
  description: 'd',
  unit: 'rupiah',
  values: { '2024-01-01': { value: 1, source: 's' } },
};

type Call = readonly [name: string, key: string, suggestion: string, call: () => unknown];

// biome-ignore format: one row per function reads best
const calls: readonly Call[] = [
  // core
  ['checkBatch', 'catalgo', 'catalog', () => api.checkBatch([], () => ({ success: true, data: 1 }), { catalgo: {} } as never)],
  ['validateBatch', 'lcoale', 'locale', () => api.validateBatch(z.number(), [1], { lcoale: 'id' } as never)],
  ['validateStream', 'mesages', 'messages', () => api.validateStream(z.number(), [1], { mesages: {} } as never).next()],
  ['fromJsDate', 'zon', 'zone', () => api.fromJsDate(new Date(0), { zon: 'utc' } as never)],
  ['defineDatedTable', 'valueSchem', 'valueSchema', () => api.defineDatedTable(lineTable, { valueSchem: z.number() } as never)],
  ['issuesFromZod', 'mesages', 'messages', () => api.issuesFromZod([], { mesages: {} } as never)],
  ['safeParseWith', 'contxt', 'context', () => api.safeParseWith(z.number(), 1, { contxt: 'x' } as never)],
  ['parseWith', 'paht', 'path', () => api.parseWith(z.number(), 1, { paht: [] } as never)],
  ['validationError', 'catalgo', 'catalog', () => api.validationError([], 'x', { catalgo: {} } as never)],
  ['periodicRate', 'methd', 'method', () => api.periodicRate({ percent: 12, per: 'year' }, 'month', { methd: 'compound' } as never)],
  ['roundRupiah', 'unti', 'unit', () => api.roundRupiah(1234, { unti: 1000 } as never)],
  // kpb
  ['verifyGroup', 'registr', 'registry', () => api.verifyGroup({ id: 'g', members: [member] }, { ...verify, registr: [] } as never)],
  ['verifyGroups', 'asof', 'asOf', () => api.verifyGroups([], { ruleSet: 'kube-2020', asof: '2024-06-01' } as never)],
  ['verifyMember', 'groupID', 'groupId', () => api.verifyMember(member, { ...verify, groupID: 'g' } as never)],
  ['parseNik', 'locael', 'locale', () => api.parseNik('3304124505850001', { referenceDate: '2024-06-01', locael: 'id' } as never)],
  ['parseKk', 'local', 'locale', () => api.parseKk('3304120101080001', { local: 'id' } as never)],
  ['summarizeVerification', 'tpo', 'top', () => api.summarizeVerification(api.verifyGroups([], verify), { tpo: 3 } as never)],
  ['defineRuleSet', 'maxAeg', 'maxAge', () => api.defineRuleSet(api.kpbRuleSets['kube-2020'], { member: { maxAeg: 65 } } as never)],
  // poverty
  ['classifyByPovertyLine', 'band', 'bands', () => api.classifyByPovertyLine(400_000, { line: 500_000, band: [0.8, 1, 1.2, 1.5] } as never)],
  ['classifyFamilyWelfare', 'verison', 'version', () => api.classifyFamilyWelfare({}, { verison: 'bkkbn-21' } as never)],
  ['povertyLineAt', 'aera', 'area', () => api.povertyLineAt({ date: '2024-03-01', aera: 'urban' } as never)],
  ['povertyMeasures', 'lien', 'line', () => api.povertyMeasures([], { line: 1, lien: 2 } as never)],
  ['createPovertyAccumulator', 'firstIdex', 'firstIndex', () => api.createPovertyAccumulator({ line: 1, firstIdex: 0 } as never)],
  ['createPovertyGroupTally', 'lien', 'line', () => api.createPovertyGroupTally({ lien: 1 } as never)],
  ['povertyMeasuresBy', 'lne', 'line', () => api.povertyMeasuresBy([], 'k', { line: 1, lne: 1 } as never)],
  ['computePerCapitaExpenditure', 'roundng', 'rounding', () => api.computePerCapitaExpenditure({ householdExpenditure: 4, size: 2 }, { roundng: 'down' } as never)],
  // revolving fund
  ['assessLoan', 'kolektibilitass', 'kolektibilitas', () => api.assessLoan(schedule, [], { asOf: '2024-06-01', kolektibilitass: 'ojk-bank-2019' } as never)],
  ['assessLoans', 'alocation', 'allocation', () => api.assessLoans([], { asOf: '2024-06-01', alocation: 'penalty-interest-principal' } as never)],
  ['assessLoanStream', 'catalgo', 'catalog', () => api.assessLoanStream([], { asOf: '2024-06-01', catalgo: {} } as never).next()],
  ['assessGroup', 'overpaymnt', 'overpayment', () => api.assessGroup({ schedule, members: [] } as never, [], { asOf: '2024-06-01', overpaymnt: 'reject' } as never)],
  ['applyPayments', 'allocaton', 'allocation', () => api.applyPayments(schedule, [], { allocaton: 'interest-first' } as never)],
  ['checkKolektibilitasTable', 'messagse', 'messages', () => api.checkKolektibilitasTable(table, { messagse: {} } as never)],
  ['safeParseKolektibilitasTable', 'lokale', 'locale', () => api.safeParseKolektibilitasTable(table, { lokale: 'id' } as never)],
  ['parseKolektibilitasTable', 'lokale', 'locale', () => api.parseKolektibilitasTable(table, { lokale: 'id' } as never)],
  ['createPortfolioAccumulator', 'groupby', 'groupBy', () => api.createPortfolioAccumulator({ groupby: 'upk' } as never)],
  ['portfolioIndicators', 'decimalPlace', 'decimalPlaces', () => api.portfolioIndicators([], { decimalPlace: 2 } as never)],
  ['portfolioIndicatorsBy', 'kolektibilitsa', 'kolektibilitas', () => api.portfolioIndicatorsBy([], 'upk', { kolektibilitsa: 'ojk-bank-2019' } as never)],
  ['parseLoan', 'locales', 'locale', () => api.parseLoan({}, { locales: 'id' } as never)],
  ['safeParseLoan', 'locales', 'locale', () => api.safeParseLoan({}, { locales: 'id' } as never)],
  // tridaya
  ['effectivenessRatio', 'presets', 'preset', () => api.effectivenessRatio(18, 20, { presets: 'mahmudi-2010' } as never)],
  ['scoreResponses', 'weigths', 'weights', () => api.scoreResponses(instrument, [], { weigths: {} } as never)],
  ['scoreResponseColumns', 'missign', 'missing', () => api.scoreResponseColumns(instrument, [], { missign: 'skip' } as never)],
  ['categorize', 'metod', 'method', () => api.categorize([1, 2, 3], { metod: 'tercile' } as never)],
  ['scoreTridaya', 'scal', 'scale', () => api.scoreTridaya({}, { scal: { min: 1, max: 5 } } as never)],
  ['tridayaIndex', 'bnads', 'bands', () => api.tridayaIndex({}, { bnads: 'x' } as never)],
  // issue 9 round 3: the functions that were the known-gap list
  ['formatDate', 'styl', 'style', () => api.formatDate('2024-01-31', { styl: 'full' } as never)],
  ['formatNumber', 'digts', 'digits', () => api.formatNumber(1, { digts: 2 } as never)],
  ['formatPercent', 'lcoale', 'locale', () => api.formatPercent(0.5, { lcoale: 'en' } as never)],
  ['formatRupiah', 'locle', 'locale', () => api.formatRupiah(1000, { locle: 'en' } as never)],
  ['formatRupiahCompact', 'maximumFractionDigit', 'maximumFractionDigits', () => api.formatRupiahCompact(1000, { maximumFractionDigit: 1 } as never)],
  ['labelOf', 'locael', 'locale', () => api.labelOf({ a: { id: 'A', en: 'A' } }, 'a', { locael: 'en' } as never)],
  ['valueAt', 'allowstale', 'allowStale', () => api.valueAt(api.BPS_POVERTY_LINES.total, '2024-06-30', { allowstale: true } as never)],
  ['parseRupiahText', 'numberLocal', 'numberLocale', () => api.parseRupiahText('1.000', { numberLocal: 'en' } as never)],
  ['parseRupiahText', 'unti', 'unit', () => api.parseRupiahText('1.000,50', { rounding: { unti: 1000 } } as never)],
  ['createRupiahTextSchema', 'signd', 'signed', () => api.createRupiahTextSchema({ signd: true } as never)],
  ['createRupiahTextSchema', 'mdoe', 'mode', () => api.createRupiahTextSchema({ rounding: { mdoe: 'up' } } as never)],
  ['parseDecimalText', 'currncy', 'currency', () => api.parseDecimalText('1,5', { currncy: true } as never)],
  ['parsePercentText', 'signde', 'signed', () => api.parsePercentText('1,5%', { signde: true } as never)],
  ['createDecimalTextSchema', 'precent', 'percent', () => api.createDecimalTextSchema({ precent: true } as never)],
  ['parseDateText', 'locael', 'locale', () => api.parseDateText('31/01/2024', { locael: 'id' } as never)],
  ['parseYesNoText', 'mesages', 'messages', () => api.parseYesNoText('ya', { mesages: {} } as never)],
  ['definePovertyLineTable', 'cadense', 'cadence', () => api.definePovertyLineTable(lineTable, { cadense: 'annual' } as never)],
  ['povertyMeasuresFromText', 'lien', 'line', () => api.povertyMeasuresFromText([], { line: 1, lien: 2 } as never)],
  ['povertyMeasuresByStream', 'onRejectd', 'onRejected', () => api.povertyMeasuresByStream([], 'k', { line: 1, onRejectd: () => {} } as never)],
  // PKH
  ['assessGraduation', 'asof', 'asOf', () => api.assessGraduation({} as never, { asof: '2024-06-01' } as never)],
  ['defineGraduationRuleSet', 'titel', 'title', () => api.defineGraduationRuleSet(api.PKH_GRADUATION_RULE_SETS['pkh-default'], { titel: 'x' } as never)],
  ['defineGraduationRuleSet', 'maxDesl', 'maxDesil', () => api.defineGraduationRuleSet(api.PKH_GRADUATION_RULE_SETS['pkh-default'], { rules: { maxDesl: 4 } } as never)],
  ['checkDesilEligibility', 'programm', 'program', () => api.checkDesilEligibility({ desil: 1 }, { programm: 'pkh', date: '2025-06-01' } as never)],
  ['programsForDesil', 'dat', 'date', () => api.programsForDesil(1, { dat: '2025-06-01' } as never)],
  ['pkhBenefit', 'yaer', 'year', () => api.pkhBenefit({ persons: [] }, { yaer: 2024 } as never)],
  ['pkhBenefits', 'capOrdr', 'capOrder', () => api.pkhBenefits([], { year: 2024, capOrdr: 'x' } as never)],
  ['pkhBenefitColumns', 'componentLimit', 'componentLimits', () => api.pkhBenefitColumns({} as never, { year: 2024, componentLimit: false } as never)],
  ['planP2k2Groups', 'maxGroupsize', 'maxGroupSize', () => api.planP2k2Groups(80, { maxGroupsize: 30 } as never)],
  ['p2k2Workload', 'sessionMinute', 'sessionMinutes', () => api.p2k2Workload({ families: 80 }, { sessionMinute: 60 } as never)],
  ['summarizeP2k2Attendance', 'minPrecent', 'minPercent', () => api.summarizeP2k2Attendance({} as never, { minPrecent: 50 } as never)],
  ['verifyPersonCommitment', 'rule', 'rules', () => api.verifyPersonCommitment({} as never, { rule: {} } as never)],
  ['verifyFamilyCommitments', 'consequence', 'consequences', () => api.verifyFamilyCommitments({} as never, { consequence: {} } as never)],
  // revolving fund: events, terms, provision, UPK books
  ['assessLoanWithEvents', 'asof', 'asOf', () => api.assessLoanWithEvents({} as never, { asof: '2024-06-01' } as never)],
  ['checkLoanTerms', 'locael', 'locale', () => api.checkLoanTerms({} as never, {} as never, { locael: 'id' } as never)],
  ['computeProvision', 'collateralVaule', 'collateralValue', () => api.computeProvision(1000, {} as never, { collateralVaule: 1 } as never)],
  ['loanEventIndicators', 'dasy', 'days', () => api.loanEventIndicators([], { dasy: 30 } as never)],
  ['safeParseFlatTotalLoan', 'locales', 'locale', () => api.safeParseFlatTotalLoan({}, { locales: 'id' } as never)],
  ['parseFlatTotalLoan', 'locales', 'locale', () => api.parseFlatTotalLoan({}, { locales: 'id' } as never)],
  ['parseUpkFinancials', 'mesages', 'messages', () => api.parseUpkFinancials({}, { mesages: {} } as never)],
  ['costIndicators', 'decimalPlace', 'decimalPlaces', () => api.costIndicators({} as never, { decimalPlace: 2 } as never)],
  ['scoreLkmHealth', 'band', 'bands', () => api.scoreLkmHealth({} as never, { band: {} } as never)],
  ['createUpkMonthlyReportAccumulator', 'mnth', 'month', () => api.createUpkMonthlyReportAccumulator({ mnth: '2024-06' } as never)],
  ['upkMonthlyReport', 'upkTreshold', 'upkThreshold', () => api.upkMonthlyReport([], undefined, { month: '2024-06', upkTreshold: 3 } as never)],
];

async function thrownBy(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}

// Shared helpers that every parser, batch and text reader passes its own (wider) options to, so they
// read `locale` and `messages` and deliberately ignore other keys; the public functions that call
// them check their own keys.
const LENIENT = new Set(['createIssue']);

/** Names of the exported functions with a parameter named `options` or `overrides`, or typed `*Options`. */
function exportsTakingOptions(): string[] {
  const entry = new URL('../src/index.ts', import.meta.url).pathname;
  const program = ts.createProgram([entry], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error('cannot read src/index.ts');
  const names = new Set<string>();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.valueDeclaration;
    if (declaration === undefined || /^[A-Z]/.test(exported.getName())) continue;
    const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
    for (const signature of type.getCallSignatures()) {
      for (const parameter of signature.getParameters()) {
        const text = checker.typeToString(
          checker.getTypeOfSymbolAtLocation(parameter, declaration),
        );
        if (/^(options|overrides)$/.test(parameter.getName()) || /Options\b/.test(text)) {
          names.add(exported.getName());
        }
      }
    }
  }
  return [...names].sort();
}

describe('misspelt option keys (issue 9, item 8)', () => {
  it.each(calls)('%s rejects "%s" and suggests "%s"', async (name, key, suggestion, call) => {
    const error = await thrownBy(call);
    expect(error, `${name} did not throw`).toBeInstanceOf(api.ConfigurationError);
    const e = error as api.ConfigurationError;
    expect(e.code).toBe('unknown_option');
    expect(e.params.key).toBe(key);
    expect(e.params.suggestion).toBe(suggestion);
    expect(e.messages.en).toContain(`"${key}"`);
    expect(e.messages.en).toContain(`did you mean "${suggestion}"`);
    expect(e.messages.id).toContain(`Opsi "${key}"`);
    expect(e.messages.id).toContain(`mungkin maksudnya "${suggestion}"`);
  });

  it('covers every exported function whose signature has an options parameter', () => {
    const listed = new Set(calls.map(([name]) => name));
    const found = exportsTakingOptions();
    expect(found.length).toBeGreaterThan(40);
    const missing = found.filter((name) => !listed.has(name) && !LENIENT.has(name));
    expect(missing).toEqual([]);
  }, 120_000);

  it('still accepts every known key, and undefined options', () => {
    expect(api.roundRupiah(1234, { unit: 1000, mode: 'down' })).toBe(1000);
    expect(api.roundRupiah(1234, undefined)).toBe(1234);
    // 18 / 20 = 90 %, which the Kepmendagri scale calls efektif ([90, 100]).
    expect(api.effectivenessRatio(18, 20, { preset: 'kepmendagri-690-900-327' }).category).toBe(
      'efektif',
    );
    // 400,000 is 0.8 of a 500,000 line: below the line.
    expect(api.classifyByPovertyLine(400_000, { line: 500_000, bands: undefined }).status).toBe(
      'miskin',
    );
  });

  it('the issue examples no longer fall back silently', async () => {
    // roundRupiah(1234, { unti: 1000 }) used to round to the rupiah; the preset typo used the default.
    expect(() => api.roundRupiah(1234, { unti: 1000 } as never)).toThrow(/did you mean "unit"/);
    expect(() => api.effectivenessRatio(18, 20, { presets: 'mahmudi-2010' } as never)).toThrow(
      /did you mean "preset"/,
    );
  });

  it('measures distance with adjacent swaps counted once (optimal string alignment)', () => {
    expect(editDistance('unti', 'unit')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(nearest('UNIT', ['mode', 'unit'])).toBe('unit');
    expect(nearest('mod', ['unit', 'mode'])).toBe('mode');
  });
});
