import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { statSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { CsvRangeReader, chunkCount } from '../cli/src/csv-ranges.js';
import { eachCsvRow } from '../cli/src/csv-rows.js';
const path = '/tmp/h/households.csv';
const file = { path, size: statSync(path).size, headerEnd: 55, chunkBytes: 1 << 21 };
const shape = { delimiter: ',', newline: '\n', columns: 6 };
function runChunks(me: number, n: number): number {
  const r = new CsvRangeReader(file); let rows = 0; let s = 0;
  for (let k = me; k < chunkCount(file); k += n) {
    const { bytes } = r.read(k); const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = b.toString(isAscii(b) ? 'latin1' : 'utf8');
    rows += eachCsvRow(text, shape, () => {});
  }
  return rows;
}
if (isMainThread) {
  const n = Number(process.argv[2]);
  const t0 = performance.now();
  const done: Promise<number>[] = [];
  for (let i = 1; i < n; i++) done.push(new Promise((res) => { const w = new Worker(new URL(import.meta.url), { workerData: { me: i, n } }); w.on('message', res); }));
  const mine = runChunks(0, n);
  Promise.all(done).then((xs) => { const cu = process.cpuUsage(); console.log(`threads ${n}: rows ${xs.reduce((a, b) => a + b, mine)} wall ${((performance.now() - t0) / 1000).toFixed(2)} s cpu ${((cu.user + cu.system) / 1e6).toFixed(2)}`); });
} else { parentPort!.postMessage(runChunks(workerData.me, workerData.n)); }
