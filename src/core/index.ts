/**
 * The core shared by every domain: rupiah and rounding, rates, calendar dates, dated tables, issues
 * and errors, batch validation, labels, formatting for people (Intl, id-ID by default).
 *
 * @packageDocumentation
 */
export * from './batch.js';
export * from './calendar-date.js';
export * from './dated-table.js';
export * from './errors.js';
export * from './issues.js';
export * from './labels.js';
export * from './mask.js';
export * from './rate.js';
export * from './fraction.js';
export * from './rupiah.js';
export * from './format/index.js';
export * from './split.js';
export * from './text/index.js';
export * from './accumulator.js';
