/**
 * What a translated page says when its source changed since it was marked:
 * "2 paragraphs and the summary changed in the French source since this
 * translation (2 December 2026)", in the edition's words (ui.json), or the
 * older "may be out of date" for a file marked before blocks were recorded.
 */
import { formatDate, languageNameIn, type Translate } from '../shared/i18n.ts';
import { changedParts } from './translation-blocks.ts';
import type { FileStatus } from './translation-report.ts';
import type { UiKey } from '../shared/schemas/ui.ts';

/** The frontmatter fields a reader's notice names; any other is "other details". */
const namedFields: Record<string, UiKey> = {
	title: 'translation.part.title',
	summary: 'translation.part.summary',
	description: 'translation.part.summary',
	read: 'translation.part.read',
	do: 'translation.part.do',
	starter: 'translation.part.starter',
};

/**
 * The notice of a translated file whose source changed, in `lang`, naming the
 * source's language (`sourceLang`); undefined when there is nothing to say.
 */
export function changeNotice(
	file: FileStatus | undefined,
	t: Translate,
	lang: string,
	sourceLang: string,
): string | undefined {
	if (file?.state === 'unmarked' && file.sourceChanged) return t('translation.outdated');
	if (file?.state !== 'outdated' || !file.markedOn) return undefined;
	const { paragraphs, fields } = changedParts(file.changes);
	const parts = [
		...(paragraphs === 0
			? []
			: [
					new Intl.PluralRules(lang).select(paragraphs) === 'one'
						? t('translation.part.paragraph')
						: t('translation.part.paragraphs', { count: paragraphs }),
				]),
		...new Set(fields.map((field) => t(namedFields[field] ?? 'translation.part.other'))),
	];
	const sentence = t('translation.changed', {
		changes: new Intl.ListFormat(lang, { type: 'conjunction' }).format(parts),
		language: languageNameIn(sourceLang, lang),
		date: formatDate(new Date(file.markedOn), lang),
	});
	return sentence.charAt(0).toLocaleUpperCase(lang) + sentence.slice(1);
}
