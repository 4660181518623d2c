// The building blocks every domain uses: exact rupiah, calendar dates, dated tables, bilingual issues.
// Run: npx tsx examples/core.ts [--lang en]
import {
  addMonths,
  allocateRupiah,
  defineDatedTable,
  ParameterNotFoundError,
  RupiahSchema,
  roundRupiah,
  ValidationError,
  validateBatch,
  valueAt,
} from 'sejahtera';
import { date, lang, rp, t } from './shared/i18n.js';

console.log('\n== core ==');

// 8.6% a year on Rp 52,365,000, one month: exactly Rp 375,282.5, rounded half-up to 375,283.
console.log(t('jasa sebulan:', 'monthly interest:'), rp(roundRupiah('375282.5')));
console.log(
  t(`dibulatkan ke atas ke ${rp(5000)}:`, `rounded up to ${rp(5000)}:`),
  rp(roundRupiah(1_234_567, { unit: 5000, mode: 'up' })),
);

// A KSM loan of Rp 10,000,000 split among members by share: the parts always add up.
const shares = allocateRupiah(10_000_000, [3, 3, 2, 1, 1, 1]);
console.log(
  t('bagian anggota:', 'member shares:'),
  shares.map(rp).join(', '),
  t('jumlah', 'sum'),
  rp(shares.reduce((a, b) => a + b, 0)),
);

// Due dates are computed from the anchor, with end-of-month clamping.
console.log(
  t('jatuh tempo:', 'due dates:'),
  [1, 2, 3].map((k) => date(addMonths('2024-01-31', k))).join(', '),
);

// A local decree as a dated table.
const line = defineDatedTable({
  id: 'contoh-garis-kota',
  description: 'Garis kemiskinan kota contoh',
  unit: 'rupiah/kapita/bulan',
  values: {
    '2023-03-01': { value: 550_000, source: 'Contoh: BPS kota, Maret 2023' },
    '2024-03-01': { value: 580_000, source: 'Contoh: BPS kota, Maret 2024' },
  },
});
const inForce = valueAt(line, '2024-06-30');
console.log(
  t('garis pada', 'line on'),
  `${date('2024-06-30')}: ${rp(inForce.value)}`,
  t(`(berlaku sejak ${date(inForce.from)})`, `(in force from ${date(inForce.from)})`),
);
try {
  valueAt(line, '2020-01-01');
} catch (error) {
  if (error instanceof ParameterNotFoundError)
    console.log(t('sebelum tabel:', 'before the table:'), error.messages[lang]);
}

// Bad input is a typed error with its message in the caller's language; a batch keeps every row.
try {
  roundRupiah('12,5');
} catch (error) {
  if (error instanceof ValidationError) console.log(error.messages[lang]);
}
const batch = validateBatch(RupiahSchema, [450_000, -1, '380000', 1.5], { locale: lang });
console.log(
  t(
    `${batch.counts.total} baris: ${batch.counts.valid} sah, ${batch.counts.rejected} ditolak`,
    `${batch.counts.total} rows: ${batch.counts.valid} valid, ${batch.counts.rejected} rejected`,
  ),
);
for (const r of batch.rejected)
  console.log(`  ${t('baris', 'row')} ${r.index}: ${r.issues[0]?.message}`);
