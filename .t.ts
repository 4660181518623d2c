import * as s from './src/index.ts';
const tryit = (f: () => unknown) => { try { console.log(f()); } catch (e: any) { console.log(e.name, e.code, e.message, '|', e.messages?.id, JSON.stringify(e.issues?.map((i: any) => [i.code, i.path]))); } };
tryit(() => s.allocateDayaBudget(-5, {sosial: 1}));
tryit(() => s.allocateDayaBudget(1.5, {sosial: 1}));
tryit(() => s.allocateDayaBudget('5' as any, {sosial: 1}));
tryit(() => s.correlationPValue(0.5, 2 ** 53));
tryit(() => s.correlationPValue(0.5, 4.5));
