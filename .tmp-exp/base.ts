import { csvFileOf, parseChunks } from '../bench/cli.bench.js';
const { file, shape } = await csvFileOf('/tmp/h/households.csv');
for (let i = 0; i < 3; i++) { const t = performance.now(); const c = process.cpuUsage(); const r = parseChunks(file, shape); const u = process.cpuUsage(c); console.log(r, ((performance.now() - t) / 1000).toFixed(2), ((u.user + u.system) / 1e6).toFixed(2)); }
