/**
 * The copy button of a step's first command: button[data-copy-code] copies
 * the <code> of its [data-tools] section and announces its data-copied; when
 * the browser refuses, it selects the code so the learner can copy it by hand,
 * and announces data-copy-failed. Part of the tools (tools.ts).
 */
import { announce } from './state.ts';

/** Handles a click on a copy button; returns whether it was one. */
export function handle(event: Event, on: (name: string) => Element | null): boolean {
	const button = on('copy-code') as HTMLElement | null;
	if (event.type !== 'click' || !button) return false;
	void copyCode(button);
	return true;
}

async function copyCode(button: HTMLElement) {
	const code = button.closest('[data-tools]')?.querySelector('code');
	if (!code) return;
	try {
		await navigator.clipboard.writeText(code.textContent ?? '');
		announce(button.dataset.copied ?? '');
	} catch {
		getSelection()?.selectAllChildren(code);
		announce(button.dataset.copyFailed ?? '');
	}
}
