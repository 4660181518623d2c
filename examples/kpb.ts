// Verifying proposed KPB groups before funds move: NIKs, the rule set and its sources, every reason
// a member or group fails, duplicates across groups, and a dashboard summary by desa.
// Run: npx tsx examples/kpb.ts
import {
  createRegistry,
  defineRuleSet,
  kpbRuleSets,
  parseNik,
  summarizeVerification,
  verifyGroups,
  verifyMember,
} from 'sejahtera/kpb';
import { formatPath, SejahteraError } from 'sejahtera';
import data from './data/kpb-groups.json' with { type: 'json' };

console.log('== kpb ==');

// 1. A NIK says where it was issued, the birth date (women: day + 40) and the sex.
const nik = parseNik('3304124505850001', { referenceDate: data.asOf });
if (nik.success) {
  const { provinceName, provinceCode, regencyCode, districtCode, birthDate, sex, serial } =
    nik.data;
  console.log(
    `NIK: ${provinceName}, region ${provinceCode}.${regencyCode}.${districtCode}, born ${birthDate}, ${sex}, serial ${serial}`,
  );
}
const bad = parseNik('1004123213850000', { referenceDate: data.asOf, locale: 'id' });
if (!bad.success) for (const issue of bad.issues) console.log(`  ${issue.code}: ${issue.message}`);

// 2. The rule set: a preset (with its source), one threshold changed by the program office.
const rules = defineRuleSet(kpbRuleSets['pkkpm-default'], {
  id: 'pkkpm-banjarnegara-2024',
  group: { minWomenPercent: 40 },
});
console.log(
  `\nrule set ${rules.id}: ${rules.group.minSize}-${rules.group.maxSize} members, age ${rules.member.minAge}-${rules.member.maxAge}, desil <= ${rules.member.maxDesil}, women >= ${rules.group.minWomenPercent}%`,
);
console.log(`  source: ${rules.source.slice(0, 110)}...`);
console.log(`  unconfirmed: ${rules.unconfirmed.join(', ')}`);

// 3. The whole batch: every group verified or rejected with its index; counts add up.
const registry = createRegistry(data.registry);
const result = verifyGroups(data.groups, { ruleSet: rules, asOf: data.asOf, registry });
console.log(
  `\n${result.counts.total} rows: ${result.counts.eligible} eligible, ${result.counts.ineligible} ineligible, ${result.counts.rejected} rejected`,
);
for (const { index, value: g } of result.valid) {
  console.log(
    `[${index}] ${g.groupId} (${g.desa}): ${g.eligible ? 'ELIGIBLE' : 'not eligible'}, ${g.counts.members} members, ${g.counts.women} women`,
  );
  for (const r of g.reasons) console.log(`      ${formatPath(r.path) || 'group'}: ${r.message}`);
}
for (const r of result.rejected) {
  console.log(
    `[${r.index}] rejected: ${r.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ')}`,
  );
}
for (const d of result.duplicates) {
  console.log(
    `same person in ${d.occurrences.map((o) => o.groupId).join(' and ')} (NIK ${d.nikMasked})`,
  );
}

// 4. For the dashboard: counts and top reasons by desa.
const summary = summarizeVerification(result, { top: 3 });
console.log('\ndesa         groups  eligible  top reasons');
for (const d of summary.byDesa) {
  const top = d.topReasons.map((r) => `${r.code} x${r.count}`).join(', ');
  console.log(
    `${String(d.desa).padEnd(12)} ${String(d.groups).padStart(6)}  ${String(d.eligible).padStart(8)}  ${top}`,
  );
}

// 5. One person, reasons in Indonesian; a configuration mistake is an error with a code.
const karsih = { nik: '3304120109070021', kk: '3304120101150021', birthDate: '2007-09-01' };
const v = verifyMember(karsih, { ruleSet: 'kube-2020', asOf: data.asOf, registry, locale: 'id' });
console.log(`\nKarsih: ${v.eligible ? 'layak' : 'tidak layak'} (umur ${v.age})`);
for (const r of v.reasons) console.log(`  - ${r.message}`);
try {
  verifyMember({ nik: '3304124505850001' }, { ruleSet: 'kube-2020', asOf: '2019-06-01', registry });
} catch (error) {
  if (error instanceof SejahteraError) console.log(`\n${error.code}: ${error.message}`);
}
