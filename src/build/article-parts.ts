/**
 * An edition's overview text (edition.mdx) has one `<StepList />`: what comes
 * before it is the article's introduction, what comes after, its conclusion.
 * The overview renders the text with a marker in place of the list and cuts
 * it there, so the finished state can show the conclusion the writers wrote,
 * in every edition, without a second copy in the content.
 */

/** What `<StepListMark />` renders: an HTML comment no text contains. */
export const STEP_LIST_MARK = '<!--step-list-->';

/** The rendered text, cut at the marker: introduction and conclusion (empty when nothing follows the list). */
export function splitAtStepList(html: string): { introduction: string; conclusion: string } {
	const at = html.indexOf(STEP_LIST_MARK);
	if (at === -1) return { introduction: html, conclusion: '' };
	return { introduction: html.slice(0, at), conclusion: html.slice(at + STEP_LIST_MARK.length).trim() };
}
