/**
 * The plan's data for a page (src/shared/plan/page-data.ts): each step's
 * estimate from its content (estimate.ts), computed once here so that the
 * browser ships no estimating code.
 */
import type { EditionPage } from './roadmap.ts';
import { estimateHours } from '../shared/plan/estimate.ts';
import type { PlanPageData } from '../shared/plan/page-data.ts';

/** The steps with their estimates; `full` adds their resources and the calendar's words (the progress page). */
export function planData(edition: EditionPage, full: boolean): PlanPageData {
	const { t, data } = edition;
	return {
		lang: data.lang,
		steps: edition.steps.map((step) => {
			const { read, do: todo, effort } = step.entry.data;
			const hours = estimateHours({ id: step.id, read, do: todo, effort });
			return full
				? {
						id: step.id,
						hours,
						read: { title: read.title, url: read.url },
						do: { title: todo.title, url: todo.url },
					}
				: { id: step.id, hours };
		}),
		...(full && {
			calendar: {
				name: t('plan.calendarName', { title: data.title }),
				page: t('plan.calendarPage'),
				read: t('step.read'),
				do: t('step.do'),
			},
		}),
	};
}
