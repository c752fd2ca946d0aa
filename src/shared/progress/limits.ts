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
/** A plan's most hours a week: every hour of a week. */
export const PACE_MAX = 168;

/**
 * A step id, and the roadmap's identity: lowercase letters, digits and single
 * dashes, and not `constructor`, the one such name every JavaScript object
 * already has (inherited): an id indexes objects, and `items.constructor`
 * would reach the global `Object` (`__proto__` and `toString` cannot match).
 */
export const STEP_ID = /^(?!constructor$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * Unicode's bidirectional controls (marks, embeddings, overrides, isolates):
 * invisible, and able to make a link read otherwise than where it goes.
 */
const BIDI = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
export const BIDI_CONTROL = new RegExp(`[${BIDI}]`);
/** An https URL with a host, no spaces and no bidirectional control; `""` is a removed link. */
export const HTTPS_URL = new RegExp(`^(?:https://[^\\s/?#@${BIDI}]+(?:[/?#][^\\s${BIDI}]*)?)?$`);
