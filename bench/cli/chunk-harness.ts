// In-process timing of the poverty chunk path (no start-up, no merge), against the parser alone on
// the same chunks: npx tsx bench/cli/chunk-harness.ts <file.csv> [rounds]
import { statSync } from 'node:fs';
import { CHUNK_BYTES, openCsvChunks } from '../../cli/src/chunks.js';
import { CsvRangeReader, chunkCount } from '../../cli/src/csv-ranges.js';
import { eachCsvRow } from '../../cli/src/csv-rows.js';
import { PovertyCsvRunner } from '../../cli/src/poverty-csv.js';
const old = process.env.OLD ? await import(process.env.OLD) : undefined;

const path = process.argv[2] as string;
const rounds = Number(process.argv[3] ?? 3);
const csv = await openCsvChunks(path);
csv.close();
const file = { path, size: statSync(path).size, headerEnd: csv.headerEnd, chunkBytes: CHUNK_BYTES };
const shape = { delimiter: csv.delimiter, newline: csv.newline, columns: csv.header.length };
const kab = csv.header.indexOf('kabupaten');
const columns = ['expenditurePerCapita', 'size', 'weight'].map(
  (f) => [f, csv.header.indexOf(f)] as const,
);
const config = { line: 600000, by: 'kabupaten', lang: 'id' as const, byIndex: kab, columns };
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
for (let r = 0; r < rounds; r++) {
  let t = cpu();
  const reader = new CsvRangeReader(file);
  let rows = 0;
  for (let k = 0; k < chunkCount(file); k++) {
    const { bytes } = reader.read(k);
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    rows += eachCsvRow(text, shape, () => {});
  }
  reader.close();
  const parser = cpu() - t;
  t = cpu();
  const Runner = (old?.PovertyCsvRunner ?? PovertyCsvRunner) as typeof PovertyCsvRunner;
  const runner = new Runner({ config, shape, file });
  let got = 0;
  for (let k = 0; k < chunkCount(file); k++) got += runner.run({ chunk: k }).rows;
  runner.close();
  const command = cpu() - t;
  console.log(
    `round ${r}: parser ${parser.toFixed(2)} s CPU (${rows} records), chunk path ${command.toFixed(2)} s CPU (${got} rows): +${Math.round((command / parser - 1) * 100)}%`,
  );
}
