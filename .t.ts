import * as s from './src/index.ts';
for (const [k, v] of Object.entries(s)) if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) console.log('MUTABLE', k);
