import * as s from './src/index.ts';
const tryit = (f: () => unknown) => { try { console.log(f()); } catch (e: any) { console.log(e.name, e.code, e.message, '\n  ID:', e.messages?.id, '\n  P:', JSON.stringify(e.params)); } };
tryit(() => s.defineRuleSet(s.kpbRuleSets['kube-2020'], { member: { minAge: 70, maxAge: 'x' as any }, group: { minWomenPercent: 150 }, validTo: '2000-01-01' }));
tryit(() => s.defineRuleSet(s.kpbRuleSets['kube-2020'], { member: { minAge: 70, maxAge: 60 }, validTo: '2000-01-01' }));
