/**
 * Where the learner is, as the overview shows it: `first` (nothing ticked: the
 * article's introduction first, as on a first visit), `returning` (something
 * ticked: progress and the way on first) or `finished` (every step done: the
 * article's conclusion and what to do next).
 *
 * The state must be right at first paint, or the page jumps when the tracker
 * (a deferred module) runs. So a small inline script in the page's head
 * picks it as soon as the state block is parsed, before it is painted
 * (when-parsed.ts says how, and why not a script after the block), and again
 * when another tab changes the progress or the page comes back from the
 * back/forward cache. It is hashed into the Content-Security-Policy like
 * the theme script (csp.ts), and costs the tracker's 2 KB nothing. It reads
 * the stored record itself (it cannot import), so
 * tests/unit/overview-state.test.ts checks that it agrees with the tracker's
 * summarize() on every stored format.
 */
import { CURRENT_VERSION, KINDS, legacyKey, storageKey } from '../../shared/progress/record.ts';
import { whenParsed } from './when-parsed.ts';

/**
 * The rule, as text: (stored value, step ids in order, roadmap identity) →
 * [state, next step id or "", ticked boxes, boxes counted]. Reads the stored
 * formats of record.ts (versions 3 to CURRENT_VERSION of this roadmap, 2, and 1
 * whose marks are dates); anything else counts as nothing ticked, as the tracker shows it. A
 * step the learner skipped ("I know this") and has not done is left out of the
 * counts and of the way on, as summary.ts does.
 */
export const overviewRule = (): string =>
	`(r,ids,roadmap)=>{const v=r&&r.version,items=(v>=3&&v<=${CURRENT_VERSION}?r.roadmap===roadmap:v===1||v===2)&&r.items&&typeof r.items==="object"?r.items:{},on=(id,k)=>{const m=(items[id]||{})[k];return v===1?typeof m==="string"&&m!=="":!!m&&m.done===true};let done=0,total=0,next="";for(const id of ids){const n=${JSON.stringify(KINDS)}.filter(k=>on(id,k)).length;if(n<${KINDS.length}&&on(id,"skip"))continue;done+=n;total+=${KINDS.length};if(n<${KINDS.length}&&!next)next=id}return[!next?"finished":done?"returning":"first",next,done,total]}`;

/**
 * The inline script, as text, for the progress of `roadmap` at `base`: it reads
 * the value under `storageKey`, or while that is empty the one under the key of
 * versions 1 and 2, which the tracker takes over on its first write. It
 * works on the state block (`[data-overview-state]`), once the parser has gone
 * past it (it has a next sibling): its children show
 * when their `data-when` is the state; its continue links
 * (`[data-switch="next"] > [data-when]`, one per step in order) give the step
 * ids, and the one for the next step shows; its `done` and `total` figures
 * and progress bars are filled. The tracker fills the same elements the same way later.
 * The block gets `data-planned` while the record holds a plan (record.ts): the
 * plan's sentence, filled later by plan.ts, has its room then and only then.
 */
export function overviewScript(roadmap: string, base: string): string {
	const [key, legacy] = [storageKey(roadmap, base), legacyKey(base)].map((name) => JSON.stringify(name));
	return whenParsed(
		'[data-overview-state]',
		`const s=b,links=[...s.querySelectorAll('[data-switch="next"]>[data-when]')],run=()=>{let r;try{r=JSON.parse(localStorage.getItem(${key})??localStorage.getItem(${legacy}))}catch{}const[state,next,done,total]=(${overviewRule()})(r,links.map(a=>a.dataset.when),${JSON.stringify(roadmap)});for(const c of s.children)c.hidden=c.dataset.when!==state;for(const a of links)a.hidden=a.dataset.when!==next;for(const e of s.querySelectorAll('[data-fill="done"]'))e.textContent=done;for(const e of s.querySelectorAll('[data-fill="total"]'))e.textContent=total;for(const e of s.querySelectorAll("progress"))e.max=total,e.value=done;s.toggleAttribute("data-planned",!!(r&&r.plan&&r.plan.pace>0))};run();addEventListener("storage",run);addEventListener("pageshow",e=>e.persisted&&run())`,
	);
}

/** The script for this site's progress of `roadmap`; the overview renders it and lists it in its CSP. */
export const siteOverviewScript = (roadmap: string): string => overviewScript(roadmap, import.meta.env.BASE_URL);
