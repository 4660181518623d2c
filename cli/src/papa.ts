/**
 * papaparse, loaded with `require`. It is a CommonJS module: imported from ESM, Node runs its CommonJS
 * export lexer over the 52 kB file in every thread, and the lexer ran hot enough to be optimised by
 * TurboFan: about 80 ms of compiler time per thread (`--trace-opt`), on a 2-core machine the same
 * cores the workers use. `require` loads it without the lexer.
 */
import { createRequire } from 'node:module';
import type * as PapaModule from 'papaparse';

export const Papa: typeof PapaModule = createRequire(import.meta.url)('papaparse');
