/**
 * The shape of the path, computed once from the collections: which steps an
 * edition shows, in what order, and what comes before and after each. Pure,
 * so it is unit-tested without Astro; src/build/roadmap.ts feeds it.
 */

interface Ordered {
	id: string;
	order: number;
}

/** A step as an edition shows it: its own translation, or the source's. */
export interface ResolvedStep<T> {
	step: T;
	/** True when the edition has no translation of this step and shows the source. */
	fallback: boolean;
}

/**
 * The steps of an edition, in the source's order. The source edition defines
 * which steps exist; a step the edition has not translated is taken from the
 * source and flagged.
 */
export function resolveSteps<T extends Ordered>(source: readonly T[], translated: readonly T[]): ResolvedStep<T>[] {
	const own = new Map(translated.map((step) => [step.id, step]));
	return [...source]
		.sort((a, b) => a.order - b.order)
		.map((step) => {
			const translation = own.get(step.id);
			return translation ? { step: translation, fallback: false } : { step, fallback: true };
		});
}

/** Each item with its neighbours, for previous/next links. */
export function withNeighbours<T>(items: readonly T[]): { item: T; previous: T | undefined; next: T | undefined }[] {
	return items.map((item, index) => ({ item, previous: items[index - 1], next: items[index + 1] }));
}
