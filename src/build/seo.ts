/**
 * What pages tell search engines and social networks: theme colours and the
 * structured data (schema.org JSON-LD) of the path and of each step, with the
 * credit to the article they are based on. Pure: pages pass plain data in.
 */
import type { OriginalArticle } from '../shared/schemas/edition.ts';

/** The article every edition is based on, as schema.org describes it. */
function article(original: OriginalArticle) {
	return {
		'@type': 'Article',
		name: original.title,
		url: original.url,
		datePublished: original.date.toISOString().slice(0, 10),
		author: { '@type': 'Person', name: original.author },
		publisher: { '@type': 'Organization', name: original.publisher },
	};
}

export interface CourseInput {
	name: string;
	description: string;
	url: string;
	lang: string;
	original: OriginalArticle;
	steps: { name: string; description: string; url: string; position: number }[];
}

/** The path as a schema.org Course made of LearningResources. */
export function courseJsonLd(course: CourseInput) {
	return {
		'@context': 'https://schema.org',
		'@type': 'Course',
		name: course.name,
		description: course.description,
		url: course.url,
		inLanguage: course.lang,
		author: { '@type': 'Person', name: course.original.author },
		isBasedOn: article(course.original),
		isAccessibleForFree: true,
		hasPart: course.steps.map((step) => ({
			'@type': 'LearningResource',
			name: step.name,
			description: step.description,
			url: step.url,
			position: step.position,
		})),
	};
}

export interface StepInput {
	name: string;
	description: string;
	url: string;
	lang: string;
	position: number;
	course: { name: string; url: string };
	original: OriginalArticle;
	/** The thing to read and the thing to do, as the step links them. */
	resources: { name: string; url: string }[];
}

/** One step as a schema.org LearningResource, part of the Course. */
export function stepJsonLd(step: StepInput) {
	return {
		'@context': 'https://schema.org',
		'@type': 'LearningResource',
		name: step.name,
		description: step.description,
		url: step.url,
		inLanguage: step.lang,
		position: step.position,
		learningResourceType: 'step',
		author: { '@type': 'Person', name: step.original.author },
		isBasedOn: article(step.original),
		isPartOf: { '@type': 'Course', name: step.course.name, url: step.course.url },
		citation: step.resources.map((resource) => ({ '@type': 'CreativeWork', name: resource.name, url: resource.url })),
	};
}
