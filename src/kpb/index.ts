/**
 * `sejahtera/kpb` (work in progress).
 *
 * @packageDocumentation
 */
export {};
