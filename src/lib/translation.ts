/**
 * Whether a translation is up to date with its source. A translated file
 * records `sourceHash`: the hash of the source file it was translated from
 * (`npm run i18n:mark` writes it). When the source changes, its hash changes
 * and the translation is reported, and shown, as possibly out of date. Hashes
 * need no git history, so they work in shallow clones and temporary copies.
 */
import { createHash } from 'node:crypto';
import type { UiKey } from '../schemas/ui.ts';

/** A short hash of a file's text, the same whatever its line endings. */
export function contentHash(text: string): string {
	return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex').slice(0, 12);
}

/**
 * `untranslated`: the file is there but still says what the source says, as
 * right after a translator copies the source folder.
 */
export type TranslationState = 'translated' | 'outdated' | 'untranslated' | 'missing';

/** The UI string that names each state on the translation status page. */
export const stateLabels = {
	translated: 'status.translated',
	outdated: 'status.outdated',
	untranslated: 'status.untranslated',
	missing: 'status.missing',
} as const satisfies Record<TranslationState, UiKey>;

/**
 * The state of one translated file, given its source's text and the hash it
 * recorded; `sameAsSource` when its words are still the source's.
 */
export function translationState(
	sourceText: string,
	translation: { sourceHash?: string | undefined } | undefined,
	sameAsSource = false,
): TranslationState {
	if (!translation) return 'missing';
	if (sameAsSource) return 'untranslated';
	return translation.sourceHash === contentHash(sourceText) ? 'translated' : 'outdated';
}
