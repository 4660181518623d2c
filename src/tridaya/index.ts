/**
 * `sejahtera/tridaya` (work in progress).
 *
 * @packageDocumentation
 */
export {};
