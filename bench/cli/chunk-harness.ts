// In-process CPU time of the poverty chunk path (no start-up, no merge) against the parser alone on
// the same chunks, round after round in one process (so a ratio under load compares like with like):
//   npx tsx bench/cli/chunk-harness.ts <file.csv> [rounds]
// OLD=<path to another checkout's cli/src/poverty-csv.ts> times that chunk path instead (A/B).
import { PovertyCsvRunner } from '../../cli/src/poverty-csv.js';
import { csvFileOf, parseChunks } from './csv-file.js';
import { chunkCount } from '../../cli/src/csv-ranges.js';

const old = process.env.OLD ? await import(process.env.OLD) : undefined;
const path = process.argv[2] as string;
const rounds = Number(process.argv[3] ?? 3);
const { file, shape, header } = await csvFileOf(path);
const columns = ['expenditurePerCapita', 'size', 'weight'].map(
  (f) => [f, header.indexOf(f)] as const,
);
const byIndex = header.indexOf('kabupaten');
const config = { line: 600000, by: 'kabupaten', lang: 'id' as const, byIndex, columns };
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
for (let r = 0; r < rounds; r++) {
  let t = cpu();
  const rows = parseChunks(file, shape);
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
