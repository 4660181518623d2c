import * as s from './src/index.ts';
console.log(s.effectivenessRatio(18, 20, { preset: 'kepmendagri-690-900-327' }));
console.log(s.classifyByPovertyLine(400_000, { line: 500_000 }));
