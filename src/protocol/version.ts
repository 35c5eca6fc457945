/**
 * The version of the reference implementation's behaviour, recorded in every trace header.
 * Bump it when a handler's observable behaviour changes, so an old trace says which
 * implementation produced it.
 */
export const IMPLEMENTATION_VERSION = "1.0.0";
