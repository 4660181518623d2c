/**
 * `sejahtera/revolving-fund` (work in progress).
 *
 * @packageDocumentation
 */
export {};
