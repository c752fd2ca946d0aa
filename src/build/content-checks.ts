/**
 * Checks that span more than one content file (duplicate ids, gaps in the
 * order, incomplete UI strings), and the one format every content error uses:
 * `<file> → <field>: <what was expected>`. Pure: the content loaders in
 * src/content.config.ts call these, and tests/unit call them over fixtures.
 */

/** A content problem a writer can fix, thrown so that the build stops. */
export class ContentError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
		super(`The content has ${count}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** One problem, in the shape every check reports. */
export function problem(file: string, field: string, message: string): string {
	return `${file} → ${field}: ${message}`;
}

/** The subset of a zod issue these messages need. */
interface Issue {
	path: PropertyKey[];
	message: string;
}

/** Turns schema issues into problems naming the file and the dotted field. */
export function schemaProblems(file: string, issues: readonly Issue[]): string[] {
	return issues.map((issue) => problem(file, issue.path.map(String).join('.') || '(top level)', issue.message));
}

/** What the step checks need to know of each step file. */
export interface StepRecord {
	/** Path from the project root, e.g. content/fr/steps/01-python.mdx. */
	file: string;
	edition: string;
	id: string;
	order: number;
}

function byEdition<T extends { edition: string }>(records: readonly T[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const record of records) groups.set(record.edition, [...(groups.get(record.edition) ?? []), record]);
	return groups;
}

/**
 * Within an edition, ids and orders are unique; the source edition is numbered
 * 1, 2, 3… without gaps; a translation only holds steps the source has, at
 * the same position.
 */
export function checkSteps(steps: readonly StepRecord[], sourceEdition: string): string[] {
	const problems: string[] = [];
	const editions = byEdition([...steps].sort((a, b) => a.file.localeCompare(b.file)));
	const source = new Map((editions.get(sourceEdition) ?? []).map((step) => [step.id, step]));
	for (const [edition, records] of editions) {
		const seenIds = new Map<string, StepRecord>();
		const seenOrders = new Map<number, StepRecord>();
		for (const step of records) {
			const sameId = seenIds.get(step.id);
			if (sameId)
				problems.push(
					problem(
						step.file,
						'id',
						`"${step.id}" is already the id of ${sameId.file}; every step of an edition needs its own id`,
					),
				);
			else seenIds.set(step.id, step);
			const sameOrder = seenOrders.get(step.order);
			if (sameOrder)
				problems.push(
					problem(
						step.file,
						'order',
						`${step.order} is already the order of ${sameOrder.file}; every step needs its own position`,
					),
				);
			else seenOrders.set(step.order, step);
		}
		if (edition === sourceEdition) {
			const sorted = [...seenOrders.values()].sort((a, b) => a.order - b.order);
			sorted.forEach((step, index) => {
				const previous = sorted[index - 1]?.order ?? 0;
				if (step.order !== previous + 1) {
					const missing =
						previous + 1 === step.order - 1
							? `step ${previous + 1} is`
							: `steps ${previous + 1} to ${step.order - 1} are`;
					problems.push(
						problem(
							step.file,
							'order',
							`${step.order} follows ${previous || 'the start'}, so ${missing} missing; number the steps 1, 2, 3… without gaps`,
						),
					);
				}
			});
			continue;
		}
		for (const step of records) {
			const original = source.get(step.id);
			if (!original)
				problems.push(
					problem(
						step.file,
						'id',
						`"${step.id}" is not the id of any step of the source edition "${sourceEdition}"; use the id of the step this file translates`,
					),
				);
			else if (original.order !== step.order)
				problems.push(
					problem(step.file, 'order', `expected ${original.order}, the order of "${step.id}" in ${original.file}`),
				);
		}
	}
	return problems;
}

/** The `{name}` placeholders of a UI string, sorted. */
export function placeholders(template: string): string[] {
	return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();
}

/** What the UI string checks need to know of each ui.json. */
export interface UiRecord {
	file: string;
	edition: string;
	strings: Partial<Record<string, string>>;
}

/**
 * The source edition defines every key; a translation's string uses the same
 * placeholders as the source's. Missing keys in a translation are not errors:
 * see `missingUiKeys`.
 */
export function checkUi(records: readonly UiRecord[], keys: readonly string[], sourceEdition: string): string[] {
	const source = records.find((record) => record.edition === sourceEdition);
	if (!source)
		return [
			problem(
				`content/${sourceEdition}/ui.json`,
				'(file)',
				'is missing: the source edition must define every UI string',
			),
		];
	const problems = missingUiKeys(source, keys).map((key) =>
		problem(source.file, key, 'is missing: the source edition must define every UI string'),
	);
	for (const record of records) {
		if (record === source) continue;
		for (const [key, value] of Object.entries(record.strings)) {
			const reference = source.strings[key];
			if (value === undefined || reference === undefined) continue;
			const want = placeholders(reference).join(', ');
			if (placeholders(value).join(', ') !== want) {
				problems.push(
					problem(
						record.file,
						key,
						`expected the placeholders ${
							want
								? placeholders(reference)
										.map((name) => `{${name}}`)
										.join(' ')
								: '(none)'
						} as in ${source.file}, got ${JSON.stringify(value)}`,
					),
				);
			}
		}
	}
	return problems;
}

/** Keys a UI strings file leaves out, in schema order. */
export function missingUiKeys(record: UiRecord, keys: readonly string[]): string[] {
	return keys.filter((key) => record.strings[key] === undefined);
}

/** The overview text must say where the list of steps goes, exactly once. */
export function checkEditionBody(file: string, body: string): string[] {
	const count = body.match(/<StepList\s*\/>/g)?.length ?? 0;
	return count === 1
		? []
		: [
				problem(
					file,
					'(body)',
					`expected <StepList /> exactly once, where the list of steps goes; found it ${count} times`,
				),
			];
}

/** An edition's folder is its language tag in lowercase, so URLs are predictable. */
export function checkEditionFolder(file: string, edition: string, lang: string): string[] {
	return edition === lang.toLowerCase()
		? []
		: [
				problem(
					file,
					'lang',
					`expected "${edition}" or a casing of it, to match the folder content/${edition}/, got "${lang}"`,
				),
			];
}

/** `sourceHash` records what a translation was translated from: the source edition has none. */
export function checkSourceHash(file: string, edition: string, sourceEdition: string, hash: unknown): string[] {
	return edition === sourceEdition && hash !== undefined
		? [
				problem(
					file,
					'sourceHash',
					`belongs in translations only; remove it from the source edition "${sourceEdition}"`,
				),
			]
		: [];
}
