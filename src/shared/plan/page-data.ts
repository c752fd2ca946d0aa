/**
 * What a page gives the plan's code (src/browser/tracker/plan.ts) in its
 * `#plan-data` script: each step's estimate, computed at build time
 * (src/build/plan-data.ts), and on the progress page what the calendar file
 * needs. The steps' numbers, titles and links are read from the page's step
 * list (StepList.astro: `data-step`, `data-label`, its link), never repeated.
 */

/** A resource as the calendar's description lists it. */
export interface PlanResource {
	title: string;
	url: string;
}

/** One step of the path, in order (its number is its position, from 1). */
export interface PlanPageStep {
	id: string;
	/** Its estimate in hours (estimate.ts). */
	hours: number;
	/** The progress page only: its resources, for the calendar. */
	read?: PlanResource;
	do?: PlanResource;
}

export interface PlanPageData {
	/** The page's language, for dates and the calendar's texts. */
	lang: string;
	steps: PlanPageStep[];
	/** The progress page only: the words of the calendar file, with what the build knows filled in. */
	calendar?: { name: string; page: string; read: string; do: string };
}
