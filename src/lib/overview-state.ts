/**
 * Where the learner is, as the overview shows it: `first` (nothing ticked: the
 * article's introduction first, as on a first visit), `returning` (something
 * ticked: progress and the way on first) or `finished` (every step done: the
 * article's conclusion and what to do next).
 *
 * The state must be right at first paint, or the page jumps when the tracker
 * (a deferred module) runs. So a small inline script, placed right after the
 * overview's state block, picks it synchronously while the page is parsed,
 * and again when another tab changes the progress or the page comes back from
 * the back/forward cache. It is hashed into the Content-Security-Policy like
 * the theme script (csp.ts), and costs the tracker's 2 KB nothing. It reads
 * the stored record itself (it cannot import), so
 * tests/unit/overview-state.test.ts checks that it agrees with the tracker's
 * summarize() on every stored format.
 */
import { KINDS, storageKey } from './progress/record.ts';

/**
 * The rule, as text: (stored value, step ids in order) → [state, next step id
 * or "", ticked boxes]. Reads the stored formats of record.ts (version 2, and
 * version 1 whose marks are dates); anything else counts as nothing ticked,
 * as the tracker shows it.
 */
export const overviewRule = (): string =>
	`(r,ids)=>{const v=r&&r.version,items=(v===1||v===2)&&r.items&&typeof r.items==="object"?r.items:{},on=(id,k)=>{const m=(items[id]||{})[k];return v===1?typeof m==="string"&&m!=="":!!m&&m.done===true};let done=0,next="";for(const id of ids){const n=${JSON.stringify(KINDS)}.filter(k=>on(id,k)).length;done+=n;if(n<${KINDS.length}&&!next)next=id}return[!next?"finished":done?"returning":"first",next,done]}`;

/**
 * The inline script, as text. `key` is the progress key (`storageKey`). It
 * works on the element just before it, the state block: its children show
 * when their `data-when` is the state; its continue links
 * (`[data-switch="next"] > [data-when]`, one per step in order) give the step
 * ids, and the one for the next step shows; its `done` figures and progress
 * bars are filled. The tracker fills the same elements the same way later.
 */
export function overviewScript(key: string): string {
	return `(()=>{const s=document.currentScript.previousElementSibling,links=[...s.querySelectorAll('[data-switch="next"]>[data-when]')],run=()=>{let r;try{r=JSON.parse(localStorage.getItem(${JSON.stringify(key)}))}catch{}const[state,next,done]=(${overviewRule()})(r,links.map(a=>a.dataset.when));for(const c of s.children)c.hidden=c.dataset.when!==state;for(const a of links)a.hidden=a.dataset.when!==next;for(const e of s.querySelectorAll('[data-fill="done"]'))e.textContent=done;for(const e of s.querySelectorAll("progress"))e.value=done};run();addEventListener("storage",run);addEventListener("pageshow",e=>e.persisted&&run())})()`;
}

/** The script for this site's progress key; the overview renders it and lists it in its CSP. */
export const siteOverviewScript = (): string => overviewScript(storageKey(import.meta.env.BASE_URL));
