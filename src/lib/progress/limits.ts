/**
 * The limits and patterns record.ts documents, as values. Only the validators,
 * the full reader and the tools load this, not the script every page loads.
 */

/** A stored value or import longer than this (characters) is refused. */
export const MAX_RAW = 256 * 1024;
/** A stored value or import with more step ids than this is refused. */
export const MAX_ITEMS = 2000;
/** A note's most characters. */
export const NOTE_MAX = 2000;
/** A "what I built" link's most characters. */
export const URL_MAX = 2000;
/** A resource fingerprint's most characters. */
export const FP_MAX = 64;

/** A step id, and the roadmap's identity: lowercase letters, digits and single dashes. */
export const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An https URL with a host, no spaces; `""` is a removed link. */
export const HTTPS_URL = /^(?:https:\/\/[^\s/?#@]+(?:[/?#]\S*)?)?$/;
