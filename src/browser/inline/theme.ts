/**
 * Light, dark or the system's choice: remembered per site (the key includes
 * the base path) and applied by a small inline script in <head>, before the
 * first paint, so a dark page never flashes white. The script also wires the
 * theme switch; it is hashed into the Content-Security-Policy (csp.ts).
 */

export const THEMES = ['light', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];

/** The localStorage key for the roadmap `roadmap` (its identity, from the source edition) served at `base`. */
export const themeKey = (roadmap: string, base: string): string => `${roadmap}:theme:${base}`;

/**
 * The inline script, as text. It sets `data-theme` on <html> ("light" or
 * "dark"; absent for the system's choice), checks the matching radio of
 * `input[name=theme]` once the page is parsed, and saves changes. Storage may
 * be unavailable: the choice then lasts for the page.
 */
export function themeScript(key: string): string {
	return `(()=>{const k=${JSON.stringify(key)},d=document.documentElement,set=t=>{t==="light"||t==="dark"?d.dataset.theme=t:delete d.dataset.theme};let t;try{t=localStorage.getItem(k)}catch{}set(t);addEventListener("DOMContentLoaded",()=>{const i=document.querySelector('input[name="theme"][value="'+(d.dataset.theme||"system")+'"]');if(i)i.checked=true});addEventListener("change",e=>{const i=e.target;if(i.name!=="theme")return;set(i.value);try{i.value==="system"?localStorage.removeItem(k):localStorage.setItem(k,i.value)}catch{}})})()`;
}
