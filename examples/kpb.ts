// Verifying proposed KPB groups before funds move: NIKs, the rule set and its sources, every reason
// a member or group fails, duplicates across groups, and a dashboard summary by desa.
// Run: npx tsx examples/kpb.ts [--lang en]
import { formatPath, SejahteraError } from 'sejahtera';
import {
  createRegistry,
  defineRuleSet,
  KPB_REASON_LABELS,
  type KpbReason,
  kpbRuleSets,
  parseNik,
  summarizeVerification,
  verifyGroups,
  verifyMember,
} from 'sejahtera/kpb';
import data from './data/kpb-groups.json' with { type: 'json' };
import { date, labelIn, lang, t } from './shared/i18n.js';

console.log('\n== kpb ==');

// 1. A NIK says where it was issued, the birth date (women: day + 40) and the sex.
const nik = parseNik('3304124505850001', { referenceDate: data.asOf, locale: lang });
if (nik.success) {
  const { provinceName, provinceCode, regencyCode, districtCode, birthDate, sex, serial } =
    nik.data;
  const sexName = sex === 'female' ? t('perempuan', 'female') : t('laki-laki', 'male');
  console.log(
    t(
      `NIK: ${provinceName}, wilayah ${provinceCode}.${regencyCode}.${districtCode}, lahir ${date(birthDate)}, ${sexName}, nomor urut ${serial}`,
      `NIK: ${provinceName}, region ${provinceCode}.${regencyCode}.${districtCode}, born ${date(birthDate)}, ${sexName}, serial ${serial}`,
    ),
  );
}
const bad = parseNik('1004123213850000', { referenceDate: data.asOf, locale: lang });
if (!bad.success) for (const issue of bad.issues) console.log(`  - ${issue.message}`);

// 2. The rule set: a preset (with its source), one threshold changed by the program office.
const rules = defineRuleSet(kpbRuleSets['pkkpm-default'], {
  id: 'pkkpm-banjarnegara-2024',
  group: { minWomenPercent: 40 },
});
console.log(
  t(
    `\naturan ${rules.id}: ${rules.group.minSize}-${rules.group.maxSize} anggota, umur ${rules.member.minAge}-${rules.member.maxAge}, desil <= ${rules.member.maxDesil}, perempuan >= ${rules.group.minWomenPercent}%`,
    `\nrule set ${rules.id}: ${rules.group.minSize}-${rules.group.maxSize} members, age ${rules.member.minAge}-${rules.member.maxAge}, desil <= ${rules.member.maxDesil}, women >= ${rules.group.minWomenPercent}%`,
  ),
);
// The full citation is `rules.source`; its first reference is the program's own monitoring report.
console.log(
  `  ${t('sumber', 'source')}: ${rules.source.match(/\(([^)]*)\)/)?.[1] ?? rules.source}`,
);
console.log(
  `  ${t('angka yang belum dikonfirmasi', 'figures not confirmed')}: ${rules.unconfirmed.length}`,
);

// A reason's message; for an invalid NIK, the label and what parseNik says is wrong with the number
// (the reason's own message lists the parser's issue codes).
function reasonText(groupIndex: number, r: KpbReason): string {
  if (r.code !== 'member_nik_invalid') return r.message;
  const member = data.groups[groupIndex]?.members;
  const at = r.path[1];
  const nik = Array.isArray(member) && typeof at === 'number' ? member[at]?.nik : undefined;
  const parsed = parseNik(String(nik), { referenceDate: data.asOf, locale: lang });
  const why = parsed.success ? [] : parsed.issues.map((i) => i.message);
  return [labelIn(KPB_REASON_LABELS, r.code), ...why].join('; ');
}

// 3. The whole batch: every group verified or rejected with its index; counts add up.
const registry = createRegistry(data.registry);
const result = verifyGroups(data.groups, {
  ruleSet: rules,
  asOf: data.asOf,
  registry,
  locale: lang,
});
const c = result.counts;
console.log(
  t(
    `\n${c.total} baris: ${c.eligible} layak, ${c.ineligible} tidak layak, ${c.rejected} ditolak`,
    `\n${c.total} rows: ${c.eligible} eligible, ${c.ineligible} ineligible, ${c.rejected} rejected`,
  ),
);
for (const { index, value: g } of result.valid) {
  console.log(
    `[${index}] ${g.groupId} (${g.desa}): ${g.eligible ? t('LAYAK', 'ELIGIBLE') : t('tidak layak', 'not eligible')}, ` +
      t(
        `${g.counts.members} anggota, ${g.counts.women} perempuan`,
        `${g.counts.members} members, ${g.counts.women} women`,
      ),
  );
  for (const r of g.reasons)
    console.log(`      ${formatPath(r.path) || t('kelompok', 'group')}: ${reasonText(index, r)}`);
}
for (const r of result.rejected) {
  console.log(
    `[${r.index}] ${t('ditolak', 'rejected')}: ${r.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ')}`,
  );
}
for (const d of result.duplicates) {
  const groups = d.occurrences.map((o) => o.groupId).join(t(' dan ', ' and '));
  console.log(
    t(
      `orang yang sama di ${groups} (NIK ${d.nikMasked})`,
      `same person in ${groups} (NIK ${d.nikMasked})`,
    ),
  );
}

// A reason code's label (every member and group reason has one; a NIK issue code is shown as a
// NIK problem).
const reasonLabel = (code: string) =>
  code in KPB_REASON_LABELS
    ? labelIn(KPB_REASON_LABELS, code as keyof typeof KPB_REASON_LABELS)
    : labelIn(KPB_REASON_LABELS, 'member_nik_invalid');

// 4. For the dashboard: counts and top reasons by desa, by their labels.
const summary = summarizeVerification(result, { top: 3 });
console.log(
  t('\ndesa         kelompok  layak  alasan utama', '\ndesa         groups  eligible  top reasons'),
);
for (const d of summary.byDesa) {
  const top = d.topReasons.map((r) => `${reasonLabel(r.code)} x${r.count}`).join(', ');
  console.log(
    `${String(d.desa).padEnd(12)} ${String(d.groups).padStart(6)}  ${String(d.eligible).padStart(8)}  ${top}`,
  );
}

// 5. One person, reasons in the run's language; a configuration mistake is an error with a code.
const karsih = { nik: '3304120109070021', kk: '3304120101150021', birthDate: '2007-09-01' };
const v = verifyMember(karsih, { ruleSet: 'kube-2020', asOf: data.asOf, registry, locale: lang });
console.log(
  t(
    `\nKarsih: ${v.eligible ? 'layak' : 'tidak layak'} (umur ${v.age})`,
    `\nKarsih: ${v.eligible ? 'eligible' : 'not eligible'} (age ${v.age})`,
  ),
);
for (const r of v.reasons) console.log(`  - ${r.message}`);
try {
  verifyMember({ nik: '3304124505850001' }, { ruleSet: 'kube-2020', asOf: '2019-06-01', registry });
} catch (error) {
  if (error instanceof SejahteraError) console.log(`\n${error.messages[lang]}`);
}
