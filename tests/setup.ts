// fast-check runs with a fixed seed by default so that CI is reproducible; set FC_SEED=random (or a
// number) to explore other inputs locally. A failure prints its seed and counterexample either way.
import fc from 'fast-check';

const env = process.env.FC_SEED;
if (env !== 'random') {
  fc.configureGlobal({ seed: env === undefined ? 20_261_123 : Number(env) });
}
