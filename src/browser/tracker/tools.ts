/**
 * The page's tools, loaded by tracker.ts on the first use of a control inside
 * [data-tools], so pages stay within their JavaScript budget, or at once where
 * [data-eager] asks (the progress page; the overview when there is progress,
 * for its reminder): the copy button (copy-code.ts), the progress file
 * (progress-file.ts) and keeping (keeping.ts), each wired by its own data
 * attributes; and the "updated since" notices (updates.ts); and the plan
 * (plan.ts: the plan page's [data-plan], the overview's [data-plan-standing]),
 * so the entry names no module more. Imported statically: a dynamic import
 * here would make the entry export Vite's preload helper (astro.config.mjs).
 * The hand-off's controls sit in [data-tools="handoff"]: tracker.ts sends
 * their events to handoff.ts.
 */
import * as copyCode from './copy-code.ts';
import * as keeping from './keeping.ts';
import { elsewhere } from './keeping.ts';
import * as file from './progress-file.ts';
import * as plan from './plan.ts';
import './updates.ts';

// The plan shows as soon as the tools are here, whichever control loaded them (an import brings a plan).
if (document.querySelector('[data-plan],[data-plan-standing]')) plan.init();

export const init = keeping.init;

/** Handles one event on a control inside [data-tools]. */
export async function handle(event: Event) {
	const target = event.target as HTMLElement;
	const on = (name: string) => target.closest(`[data-${name}]`);
	if (on('plan')) return plan.handle(event, on);
	if (
		copyCode.handle(event, on) ||
		(await file.handle(event, on)) ||
		keeping.handle(event, on) ||
		event.type !== 'click'
	)
		return;
	// Progress under another path, offered by keeping.ts, is imported like a file.
	const base = (on('elsewhere-check') as HTMLElement | null)?.dataset.elsewhereCheck;
	const found = base && elsewhere().find((other) => other.base === base);
	if (found) file.checkImport(found.raw);
}
