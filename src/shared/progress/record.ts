/**
 * Saved progress: the one place that documents its format, limits and rules.
 * One versioned JSON record per roadmap and site, in localStorage under
 * `storageKey(roadmap, base)`:
 *
 *   { "version": 4,
 *     "roadmap": "ml-roadmap",
 *     "items": { "<step id>": {
 *         "read":  { "done": true,  "at": "2026-11-25T10:00:00.000Z", "fp": "3f9a1c" },
 *         "do":    { "done": false, "at": "2026-11-25T10:05:00.000Z" },
 *         "skip":  { "done": true,  "at": "2026-11-25T10:06:00.000Z" },
 *         "revisit": { "done": true, "at": "2026-11-25T10:06:30.000Z" },
 *         "note":  { "text": "Plain text, at most 2,000 characters", "at": "…Z" },
 *         "built": { "url": "https://github.com/me/notebook", "at": "…Z" } } },
 *     "copied": "2026-11-25T10:07:00.000Z",
 *     "plan": { "pace": 5, "start": "2026-11-30", "at": "2026-11-25T10:08:00.000Z" } }
 *
 * Fields
 * - `roadmap`: the roadmap's identity, the `roadmap` field of the source
 *   edition's metadata (content/<source>/edition.mdx). A value whose identity
 *   differs, or a file with no identity and an unknown version, belongs to
 *   another roadmap or app and is named as such, never read as ours. Every
 *   future version keeps this field, so "newer" always means "ours, newer".
 * - `items` are keyed by the step's stable `id` from the content, never by its
 *   order or title: reordering or retitling steps keeps progress. Ids that are
 *   no longer in the content stay in the record (not shown, not counted); a
 *   later content fix that restores the id brings its progress back.
 * - `read`, `do`: whether the thing was read/done and when that was last
 *   decided. An untick is kept as `done: false` with its date, so that merging
 *   an older export cannot bring back a box the learner has since unticked.
 *   `fp`, optional: the resource's fingerprint (from the build) when it was
 *   ticked, so a later change of the resource can be pointed out: 16 hex
 *   digits, the hashes of its URL then its title (fingerprint.ts).
 * - `skip`: "I know this already", the same { done, at } shape. A skipped step
 *   not done is out of the count and of "Continuer" (summary.ts).
 * - `revisit`: "revoir", the same { done, at } shape: a step the learner means
 *   to go back to. The pages offer it on a step done or skipped; the plan
 *   schedules such a step again (src/shared/plan/schedule.ts) and Mon carnet
 *   lists it. It changes nothing in the count.
 * - `note`: the learner's plain-text note (≤ NOTE_MAX characters); `""` is a
 *   note erased at `at`. `built`: a link to what the learner made, an https URL
 *   (≤ URL_MAX characters); `""` is a link removed at `at`.
 * - `copied`, optional: when a copy was last taken (export, hand-off link, QR).
 * - `plan`, optional: "Mon plan", the learner's pace and start, from which the
 *   dated plan is computed on the page (never stored: it follows the content's
 *   estimates and the ticks). `pace`: hours a week, a number from 0 to
 *   PACE_MAX (168); 0 is a plan removed at `at`, so an older copy cannot bring
 *   it back. `start`: the plan's first day, a calendar date `YYYY-MM-DD` in the
 *   learner's own time zone (the day the plan was made, unless they chose
 *   one). `at`: when the plan was last decided. Pace and start are decided
 *   together, in one form, so the plan merges whole: the later `at` wins.
 *   It travels in the exported file, not in the hand-off link (handoff.ts).
 *
 * Rules
 * - Dates are ISO 8601 date-times in UTC (`…Z`), on a real calendar day. Step
 *   ids and the identity match STEP_ID; links HTTPS_URL (limits.ts).
 * - Every page reads a value it wrote itself, proved unchanged by the checksum
 *   stored beside it under `<key>:sum`, without the validator (read.ts); any
 *   other value is validated (parse.ts) before it is used or written over.
 * - Merging keeps, field by field, the value decided last (merge.ts); on a tie
 *   a tick wins over an untick, so no progress is lost. The plan is one field.
 * - A stored or imported date later than the moment it is read is read as that
 *   moment (parse.ts): a wrong clock cannot make a mark win forever.
 * - A decision made on this device is dated after the latest date already held
 *   for that field (merge.ts `decide`), so it always supersedes what is shown.
 * - Limits (values in limits.ts, loaded only with the validators and tools): a
 *   stored value or import above MAX_RAW characters (256 KB) or MAX_ITEMS (2,000)
 *   step ids is refused with a message and changes nothing. Every write that
 *   can add ids or text (import, hand-off, undo, note, link, start again) is
 *   checked before anything is stored (keep.ts): refused if it would take the
 *   record past MAX_ITEMS ids counting the content's, or past MAX_RAW less
 *   TICK_ROOM (16 KB) characters, so the one unchecked write, a tick, can never
 *   take a record past what an import of its own export takes. A value this
 *   tracker wrote (checksum) is read whatever its size, never turned into kept
 *   mode. The export is the record as stored, compact. Notes hold at most
 *   NOTE_MAX (2,000) characters, every line end as `\n` (text.ts); links
 *   URL_MAX (2,000), no bidirectional control; fingerprints FP_MAX (64).
 * - Step ids never name what every object inherits (`constructor`; STEP_ID),
 *   and code that indexes by id checks own properties (handoff.ts).
 * - An own `__proto__` key anywhere makes a value invalid: it is never a step
 *   id or a field (validate.ts rejects unknown keys; schema.ts `hasOwnProto`).
 * - Older versions are migrated on read (migrate.ts): 1 stored ticked items
 *   only as dates (`"read": "2026-…Z"`); 2 stored { done, at } read/do marks and
 *   no identity; 3 had no `revisit` and no `plan` (the same record, renumbered:
 *   a site of version 3 then reads a record with a plan as newer and keeps it
 *   untouched, instead of calling it invalid). A version newer than
 *   CURRENT_VERSION is never overwritten.
 * - Beside the record, under the same key and a suffix: `:sum` its checksum
 *   (read.ts); `:backup` an unreadable value kept by "start again" (keep.ts),
 *   which the progress page offers to download, then delete; `:reset` the date
 *   of this device's last reset, so that an import or hand-off preview says
 *   when it would bring back what the reset erased (a reset removes the
 *   record: merging an older copy on purpose still restores it);
 *   `:draft:<step id>` what was typed in that step's note and link fields
 *   before the editor's code had arrived, `{ "note", "built", "at" }`
 *   (src/browser/inline/log-drafts.ts; its key: draft.ts), put back in the fields when the page
 *   is opened again; the editor (notes.ts) saves it into the record when it
 *   takes over, unless the record holds a field written after it, and removes
 *   it. Never read as a record: no key of another path ends in a step id.
 * - The key holds the identity and the site's base path: two roadmaps, or two
 *   forks, served from one origin keep separate progress; editions of one site
 *   share it, since their steps share ids. The key of versions 1 and 2,
 *   `legacyKey(base)`, is taken over once (store.ts).
 */

export const CURRENT_VERSION = 4;

/** The two things a step asks of the learner, each a box to tick. */
export const KINDS = ['read', 'do'] as const;
export type Kind = (typeof KINDS)[number];

/** A field of an item; item-fields.ts lists them in the order they are written. */
export type Field = keyof Item;

export interface Mark {
	done: boolean;
	/** When this was last ticked or unticked. */
	at: string;
}

/** A read/do box, with the resource's fingerprint when it was ticked. */
export interface BoxMark extends Mark {
	fp?: string;
}

export interface Note {
	text: string;
	at: string;
}

export interface Built {
	url: string;
	at: string;
}

export interface Item {
	read?: BoxMark;
	do?: BoxMark;
	skip?: Mark;
	revisit?: Mark;
	note?: Note;
	built?: Built;
}

/** The learner's plan: hours a week (0: removed) from a calendar date on. */
export interface PlanChoice {
	pace: number;
	/** `YYYY-MM-DD`. */
	start: string;
	at: string;
}

export interface ProgressRecord {
	version: typeof CURRENT_VERSION;
	roadmap: string;
	items: Record<string, Item>;
	copied?: string;
	plan?: PlanChoice;
}

export const emptyRecord = (roadmap: string): ProgressRecord => ({ version: CURRENT_VERSION, roadmap, items: {} });

/** The localStorage key of the roadmap `roadmap` served at `base`. */
export const storageKey = (roadmap: string, base: string): string => `roadmap-progress:${roadmap}:${base}`;

/** The key versions 1 and 2 used, before records had an identity. */
export const legacyKey = (base: string): string => `ml-roadmap:progress:${base}`;
