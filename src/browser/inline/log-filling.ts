/**
 * Mon carnet is filled from the record by log-export.ts, after the first
 * paint; filled in view, its sections would grow and push each other (a
 * layout shift). So this inline script, in the page's head (hashed into the
 * page's policy like the theme script), marks the page `log-filling` when
 * storage holds progress with steps in it: the log is then laid out but not
 * shown (visibility, no shift) until log-export.ts has filled it and removes
 * the mark. The tracker loads log-export.ts whenever the mark is set, even for
 * a value it cannot show (it then fills the log empty), so the timer is only
 * for a tracker that never ran (its script failed to load): 10 seconds, as 3
 * fired before the fill on a busy machine, and the fill then shifted the log by
 * a line.
 *
 * From the head, on the root element, not from a script right after the log:
 * the parser may stop before a script in the body and paint what it has
 * (when-parsed.ts), and a log painted once unmarked then moved when it was
 * shown filled (the budget test's returning visit, 0.004, on a busy machine,
 * 2026-12-04). The root exists before any of the body is parsed.
 */
import { legacyKey, storageKey } from '../../shared/progress/record.ts';

export function logFillingScript(roadmap: string, base: string): string {
	const [key, legacy] = [storageKey(roadmap, base), legacyKey(base)].map((name) => JSON.stringify(name));
	return `(()=>{const c=document.documentElement.classList;try{if(/"items":\\{"/.test(localStorage.getItem(${key})??localStorage.getItem(${legacy})??"")){c.add("log-filling");setTimeout(()=>c.remove("log-filling"),10000)}}catch{}})()`;
}
