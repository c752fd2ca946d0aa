/**
 * The state of a translated file. A file marked with `npm run i18n:mark` has
 * a record of its source, block by block (translation-blocks.ts); a file
 * marked before that holds `sourceHash`, the hash of the whole source file
 * (`contentHash`), which still tells whether the source changed, not where.
 * Neither needs git history, so both work in shallow clones, zip downloads
 * and temporary copies.
 */
import { createHash } from 'node:crypto';
import type { UiKey } from '../shared/schemas/ui.ts';

/** A short hash of a file's text, the same whatever its line endings. */
export function contentHash(text: string): string {
	return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex').slice(0, 12);
}

/**
 * `outdated`: blocks of the source changed since marking. `untranslated`: the
 * file is there but still says what the source says, as right after a
 * translator copies the source folder. `unmarked`: marked before blocks were
 * recorded, or never: mark it to know what changes next.
 */
export type TranslationState = 'translated' | 'outdated' | 'untranslated' | 'missing' | 'unmarked';

/** The UI string that names each state on the translation status page. */
export const stateLabels = {
	translated: 'status.translated',
	outdated: 'status.outdated',
	untranslated: 'status.untranslated',
	missing: 'status.missing',
	unmarked: 'status.unmarked',
} as const satisfies Record<TranslationState, UiKey>;
