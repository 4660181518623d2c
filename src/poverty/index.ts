/**
 * `sejahtera/poverty` (work in progress).
 *
 * @packageDocumentation
 */
export {};
