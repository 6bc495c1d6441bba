/**
 * A readonly result type while it is being built: optional fields are assigned
 * one by one instead of spread into a literal (one object, not several, for
 * each of the thousands of nodes, mentions and diagnostics of a long article).
 */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
