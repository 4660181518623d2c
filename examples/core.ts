// The building blocks every domain uses: exact rupiah, calendar dates, dated tables, bilingual issues.
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

console.log('\n== core ==');

// 8.6% a year on Rp 52,365,000, one month: exactly Rp 375,282.5, rounded half-up to 375,283.
console.log('monthly interest:', roundRupiah('375282.5'));
console.log('rounded up to Rp 5,000:', roundRupiah(1_234_567, { unit: 5000, mode: 'up' }));

// A KSM loan of Rp 10,000,000 split among members by share: the parts always add up.
const shares = allocateRupiah(10_000_000, [3, 3, 2, 1, 1, 1]);
console.log(
  'member shares:',
  shares,
  'sum',
  shares.reduce((a, b) => a + b, 0),
);

// Due dates are computed from the anchor, with end-of-month clamping.
console.log('due dates:', [1, 2, 3].map((k) => addMonths('2024-01-31', k)).join(', '));

// A local decree as a dated table.
const umk = defineDatedTable({
  id: 'contoh-garis-kota',
  description: 'Garis kemiskinan kota contoh',
  unit: 'rupiah/kapita/bulan',
  values: {
    '2023-03-01': { value: 550_000, source: 'Contoh: BPS kota, Maret 2023' },
    '2024-03-01': { value: 580_000, source: 'Contoh: BPS kota, Maret 2024' },
  },
});
console.log('line on 2024-06-30:', valueAt(umk, '2024-06-30'));
try {
  valueAt(umk, '2020-01-01');
} catch (error) {
  if (error instanceof ParameterNotFoundError) console.log('before the table:', error.message);
}

// Bad input is a typed error in English and Indonesian; a batch keeps every row.
try {
  roundRupiah('12,5');
} catch (error) {
  if (error instanceof ValidationError) console.log(error.messages.en, '/', error.messages.id);
}
const batch = validateBatch(RupiahSchema, [450_000, -1, '380000', 1.5], { locale: 'id' });
console.log('batch counts:', batch.counts);
for (const r of batch.rejected) console.log(`  row ${r.index}: ${r.issues[0]?.message}`);
