/**
 * sejahtera: typed models and exact functions for Indonesia's poverty-alleviation programs.
 * Every domain is also published as its own subpath (`sejahtera/poverty`, `sejahtera/revolving-fund`,
 * `sejahtera/kpb`, `sejahtera/tridaya`, `sejahtera/pkh`).
 *
 * @packageDocumentation
 * @module sejahtera
 */
export * from './core/index.js';
export * from './kpb/index.js';
export * from './poverty/index.js';
export * from './revolving-fund/index.js';
export * from './tridaya/index.js';
export * from './pkh/index.js';
