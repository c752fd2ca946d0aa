/**
 * The source edition: the seed article's language. Its steps define the path
 * (ids and order) and its UI strings must be complete; every other edition is
 * a translation that may lag behind and falls back to it.
 */
export const SOURCE_EDITION = 'fr';

/**
 * The folder holding one sub-folder per edition. CONTENT_DIR points the site
 * at another one (tests use it for fixtures and temporary editions).
 */
export const contentDir = process.env.CONTENT_DIR ?? './content';

/** The edition a content entry belongs to: the first folder of its id (`fr/python` → `fr`, `fr/ui.json` → `fr`). */
export const editionOfId = (id: string): string => id.split('/')[0] ?? id;
