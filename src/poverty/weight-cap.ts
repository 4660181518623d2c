/**
 * The largest survey weight a poverty record may carry: 2^917 (about 4e276). With a household size
 * of at most 2^53 one record then weighs at most 2^970, and a million such records stay below
 * Number.MAX_VALUE (about 2^1024), so the weighted totals of the measures cannot overflow. The one
 * definition used by the schema, the text schema and the measures.
 */
export const WEIGHT_CAP = 2 ** 917;
