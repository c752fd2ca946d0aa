/**
 * Content collections. Every edition is a folder `content/<lang>/` holding
 * `edition.mdx` (metadata + overview text), `ui.json` (interface strings) and
 * `steps/*.mdx` (one file per step). Each file is checked against its schema
 * in src/shared/schemas/, then the checks in src/build/content-checks.ts run across
 * files; any problem stops the build with `<file> → <field>: <expected>`.
 * Beside the editions, `link-health.json` (written by the link checker, absent
 * in a fork that never ran it) is checked the same way.
 *
 * CONTENT_DIR points the site at another content folder (see lib/editions.ts).
 */
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	checkEditionBody,
	checkEditionFolder,
	checkSourceHash,
	checkSteps,
	checkUi,
	ContentError,
	missingUiKeys,
	schemaProblems,
} from './build/content-checks.ts';
import { contentDir, editionOfId, SOURCE_EDITION } from './build/editions.ts';
import { LINK_HEALTH_FILE, readLinkHealth } from './build/link-health.ts';
import { editionSchema } from './shared/schemas/edition.ts';
import { linkHealthSchema } from './shared/schemas/link-health.ts';
import { stepSchema } from './shared/schemas/step.ts';
import { uiKeys, uiSchema } from './shared/schemas/ui.ts';

type Entry = ReturnType<LoaderContext['store']['values']>[number];

const fileOf = (entry: Entry) => entry.filePath ?? entry.id;

/**
 * The glob loader, with our messages: each file is checked against `schema`
 * before Astro stores it, then `crossCheck` looks at the whole collection.
 */
function checkedGlob(
	pattern: string,
	schema: z.ZodType,
	crossCheck: (entries: Entry[], context: LoaderContext) => string[],
	generateId?: (entry: string) => string,
): Loader {
	const inner = glob({
		base: contentDir,
		pattern,
		...(generateId && { generateId: ({ entry }) => generateId(entry) }),
	});
	return {
		name: 'checked-glob',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const parseData: LoaderContext['parseData'] = async (props) => {
				const result = schema.safeParse(props.data);
				if (!result.success)
					throw new ContentError(schemaProblems(relative(root, props.filePath ?? props.id), result.error.issues));
				return context.parseData(props);
			};
			await inner.load({ ...context, parseData });
			const problems = crossCheck(context.store.values(), context);
			if (problems.length > 0) throw new ContentError(problems);
		},
	};
}

const editions = defineCollection({
	loader: checkedGlob(
		'*/edition.mdx',
		editionSchema,
		(entries) =>
			entries.flatMap((entry) => [
				...checkEditionFolder(fileOf(entry), entry.id, String(entry.data.lang)),
				...checkEditionBody(fileOf(entry), entry.body ?? ''),
				...checkSourceHash(fileOf(entry), entry.id, SOURCE_EDITION, entry.data.sourceHash),
			]),
		editionOfId,
	),
	schema: editionSchema,
});

const steps = defineCollection({
	loader: checkedGlob('*/steps/*.mdx', stepSchema, (entries) => [
		...checkSteps(
			entries.map((entry) => ({
				file: fileOf(entry),
				edition: editionOfId(entry.id),
				id: String(entry.data.id),
				order: Number(entry.data.order),
			})),
			SOURCE_EDITION,
		),
		...entries.flatMap((entry) =>
			checkSourceHash(fileOf(entry), editionOfId(entry.id), SOURCE_EDITION, entry.data.sourceHash),
		),
	]),
	schema: stepSchema,
});

const ui = defineCollection({
	loader: checkedGlob(
		'*/ui.json',
		uiSchema,
		(entries, { logger }) => {
			const records = entries.map((entry) => ({
				file: fileOf(entry),
				edition: entry.id,
				strings: entry.data as Record<string, string>,
			}));
			for (const record of records) {
				if (record.edition === SOURCE_EDITION) continue;
				const missing = missingUiKeys(record, uiKeys);
				if (missing.length > 0) {
					const some = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ', …' : '');
					logger.warn(
						`${record.file}: ${missing.length} UI strings fall back to "${SOURCE_EDITION}" (${some}); npm run i18n:status lists them`,
					);
				}
			}
			return [
				...checkUi(records, uiKeys, SOURCE_EDITION),
				...records.flatMap((record) =>
					checkSourceHash(record.file, record.edition, SOURCE_EDITION, record.strings.sourceHash),
				),
			];
		},
		editionOfId,
	),
	schema: uiSchema,
});

/** One entry, `links`: the checker's records, none when it never ran. */
const linkHealth = defineCollection({
	loader: {
		name: 'link-health',
		load: async (context) => {
			const { config, store, watcher } = context;
			const file = join(contentDir, LINK_HEALTH_FILE);
			const load = async () => {
				const data = readLinkHealth(file, relative(fileURLToPath(config.root), file));
				store.clear();
				store.set({ id: 'links', data: await context.parseData({ id: 'links', data }) });
			};
			watcher?.add(file);
			watcher?.on('change', (changed) => changed.endsWith(LINK_HEALTH_FILE) && load());
			await load();
		},
	},
	schema: linkHealthSchema,
});

export const collections = { editions, steps, ui, linkHealth };
