/**
 * Saved progress: one versioned JSON record per site, in localStorage under
 * `storageKey(base)`.
 *
 *   { "version": 2,
 *     "items": { "<step id>": { "read": { "done": true,  "at": "2026-11-25T10:00:00.000Z" },
 *                               "do":   { "done": false, "at": "2026-11-25T10:05:00.000Z" } } } }
 *
 * - Items are keyed by the step's stable `id` from the content, never by its
 *   order or title: reordering or retitling steps keeps progress.
 * - Each mark says whether the thing was read/done and when that was last
 *   decided. An untick is kept as `done: false` with its date, so that merging
 *   an older export cannot bring back a box the learner has since unticked.
 * - Ids that are no longer in the content stay in the record (not shown, not
 *   counted); a later content fix that restores the id brings its progress back.
 * - Version 1, the first format, stored ticked items only as dates
 *   (`"read": "2026-…Z"`); it is migrated on read (migrate.ts). A version newer
 *   than CURRENT_VERSION is never overwritten (parse.ts).
 * - The key includes the site's base path: two forks served from the same
 *   origin (user.github.io/a/ and user.github.io/b/) keep separate progress.
 *   Editions of one site share it, since their steps share ids.
 */

export const CURRENT_VERSION = 2;

/** The two things a step asks of the learner. */
export const KINDS = ['read', 'do'] as const;
export type Kind = (typeof KINDS)[number];

export interface Mark {
	done: boolean;
	/** ISO 8601 date-time in UTC (`…Z`): when this was last ticked or unticked. */
	at: string;
}

export type Item = Partial<Record<Kind, Mark>>;

export interface ProgressRecord {
	version: typeof CURRENT_VERSION;
	items: Record<string, Item>;
}

export const emptyRecord = (): ProgressRecord => ({ version: CURRENT_VERSION, items: {} });

/** The localStorage key for the site served at `base`. */
export const storageKey = (base: string): string => `ml-roadmap:progress:${base}`;
