export * from './date.js';
export * from './label.js';
export * from './number.js';
export type { FormatOptions } from './options.js';
export * from './rupiah.js';
