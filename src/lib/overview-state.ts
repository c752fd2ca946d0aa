/**
 * Where the learner is, as the overview shows it: `first` (nothing ticked: the
 * article's introduction first, as on a first visit), `returning` (something
 * ticked: progress and the way on first) or `finished` (every step done: the
 * article's conclusion and what to do next).
 *
 * The state must be right at first paint, or the page jumps when the tracker
 * (a deferred module) runs. So a small inline script, placed right after the
 * overview's state block, picks it synchronously while the page is parsed;
 * it is hashed into the Content-Security-Policy like the theme script
 * (csp.ts). The tracker then keeps it up to date (`data-switch="overview"`).
 * Its rule is written twice, in `overviewState` (the tracker's, over the
 * summary) and in the script's text (which cannot import);
 * tests/unit/overview-state.test.ts checks that both agree with summarize().
 */
import { KINDS, storageKey } from './progress/record.ts';
import type { Summary } from './progress/summary.ts';

export const OVERVIEW_STATES = ['first', 'returning', 'finished'] as const;
export type OverviewState = (typeof OVERVIEW_STATES)[number];

/** The state for a summary of the current steps. */
export const overviewState = ({ done, next }: Pick<Summary, 'done' | 'next'>): OverviewState => (next === undefined ? 'finished' : done > 0 ? 'returning' : 'first');

/**
 * The script's rule, as text: (stored value, step ids in order) → [state,
 * next step id or "", ticked boxes]. Reads the stored formats of record.ts
 * (version 2, and version 1 whose marks are dates); anything else counts as
 * nothing ticked, as the tracker shows it.
 */
export const overviewRule = `(r,ids)=>{const v=r&&r.version,items=(v===1||v===2)&&r.items&&typeof r.items==="object"?r.items:{},on=(id,k)=>{const m=(items[id]||{})[k];return v===1?typeof m==="string"&&m!=="":!!m&&m.done===true};let done=0,next="";for(const id of ids){const n=${JSON.stringify(KINDS)}.filter(k=>on(id,k)).length;done+=n;if(n<${KINDS.length}&&!next)next=id}return[!next?"finished":done?"returning":"first",next,done]}`;

/**
 * The inline script, as text. `key` is the progress key (`storageKey`). It
 * works on the element just before it, the `[data-switch="overview"]` block:
 * its continue links (`[data-switch="next"] > [data-when]`, one per step in
 * order) give the step ids; it switches the block's `data-switch` children
 * the way the tracker does, and fills its `done` figures and progress bars.
 */
export function overviewScript(key: string): string {
	return `(()=>{const s=document.currentScript.previousElementSibling,ids=[...s.querySelectorAll('[data-switch="next"]>[data-when]')].map(e=>e.dataset.when).filter(Boolean);let r;try{r=JSON.parse(localStorage.getItem(${JSON.stringify(key)}))}catch{}const[state,next,done]=(${overviewRule})(r,ids),shown={overview:state,next};for(const e of [s,...s.querySelectorAll("[data-switch]")]){const v=shown[e.dataset.switch];if(v!==undefined)for(const c of e.children)c.hidden=!(c.dataset.when||"").split(" ").includes(v)}for(const e of s.querySelectorAll('[data-fill="done"]'))e.textContent=done;for(const e of s.querySelectorAll("progress"))e.value=done})()`;
}

/** The script for this site's progress key; the overview renders it and lists it in its CSP. */
export const siteOverviewScript = (): string => overviewScript(storageKey(import.meta.env.BASE_URL));
