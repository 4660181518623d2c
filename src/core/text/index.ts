export * from './date.js';
export * from './decimal.js';
export * from './messages.js';
export * from './optional.js';
export * from './rupiah.js';
export * from './yes-no.js';
