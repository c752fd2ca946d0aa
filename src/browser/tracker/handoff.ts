/**
 * "Continuer sur un autre appareil": the hand-off link, its QR code, and the
 * page a link lands on. Loaded by tracker.ts on first use (a click in
 * [data-handoff] or [data-landing], or a page opened with a `#p=` fragment),
 * with the QR encoder. The fragment's format is in src/shared/progress/handoff.ts.
 *
 *   [data-handoff] (the progress page's section)
 *     button[data-handoff-make]       makes the link: input[data-handoff-link] shows it
 *     button[data-handoff-copy]       copies it; button[data-handoff-share] offers Web Share where it exists
 *     button[data-handoff-qr]         draws the QR code as SVG into [data-handoff-qr-box]
 *     button[data-download]           downloads the progress file, which keeps the notes and links the link leaves behind
 *   [data-landing] (the progress page)  the confirmation: [data-landing-message], ul[data-landing-preview],
 *                                       button[data-landing-confirm], button[data-landing-cancel]
 *   [data-progress-href]              on pages without [data-landing], where a link is sent to be shown
 */
// lean-qr's smallest build, in this on-demand module (measured by `npm run weigh`): a static
// import, since a dynamic one here would pull Vite's preload helper into the script every page loads.
import { generate } from 'lean-qr/nano';
import { decode, encode, hasTicks } from '../../shared/progress/handoff.ts';
import type { ProgressRecord } from '../../shared/progress/record.ts';
import { find } from './helpers.ts';
import { beforeReset, copied, exportFile, mergeIn, preview } from './progress-file.ts';
import { announce, state, place, stepIds } from './state.ts';
import { t } from './words.ts';

let incoming: ProgressRecord | undefined;

/** The link to the progress page carrying this progress, or undefined when the other side could not read it (handoff.ts `encode`). */
function link() {
	const fragment = encode(state.record, stepIds());
	return fragment && new URL(`${find('handoff').dataset.handoff}${fragment}`, location.href).href;
}

/** `text` as a QR code, or undefined when it is too long for one (the encoder throws past about 2.9 KB). */
function qrOf(text: string) {
	try {
		return generate(text);
	} catch {
		return undefined;
	}
}

/** Draws `text` as a QR code: an SVG path, no inline style, so the CSP holds; says so in its place when it is too long for one. */
function drawQr(text: string) {
	const code = qrOf(text);
	if (!code) {
		find('handoff-qr-box').textContent = t('handoff.qrTooLong');
		return announce(t('handoff.qrTooLong'));
	}
	const size = code.size + 8;
	let path = '';
	for (let y = 0; y < code.size; y++)
		for (let x = 0; x < code.size; x++) if (code.get(x, y)) path += `M${x + 4} ${y + 4}h1v1h-1z`;
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', t('handoff.qrLabel'));
	svg.setAttribute('class', 'qr');
	svg.setAttribute('width', '240');
	svg.setAttribute('height', '240');
	const background = document.createElementNS(svg.namespaceURI, 'rect');
	background.setAttribute('width', String(size));
	background.setAttribute('height', String(size));
	background.setAttribute('fill', '#fff');
	const modules = document.createElementNS(svg.namespaceURI, 'path');
	modules.setAttribute('d', path);
	modules.setAttribute('fill', '#000');
	svg.append(background, modules);
	find('handoff-qr-box').replaceChildren(svg);
}

/** Ends the confirmation, saying `message` in its place (or hiding it). */
function close(message?: string) {
	incoming = undefined;
	find('landing-preview').replaceChildren();
	find('landing-confirm').hidden = find('landing-cancel').hidden = true;
	find('landing').hidden = !message;
	find('landing-message').textContent = message ?? '';
	if (message) announce(message);
}

/**
 * Shows what the link in the address would change, and drops it from the
 * address so a reload does not bring it back. tracker.ts calls it, as `init`,
 * when the page opens with a hand-off fragment.
 */
export function land() {
	const fragment = location.hash;
	history.replaceState(history.state, '', location.pathname + location.search);
	const landing = document.querySelector<HTMLElement>('[data-landing]');
	if (!landing) {
		// Only the progress page has the confirmation: take the link there.
		location.replace(
			`${document.querySelector<HTMLElement>('[data-progress-href]')?.dataset.progressHref ?? ''}${fragment}`,
		);
		return;
	}
	landing.hidden = false;
	const decoded = decode(fragment, place.roadmap, stepIds());
	const count = decoded.status === 'ok' ? preview(find('landing-preview'), decoded.record) : 0;
	incoming = decoded.status === 'ok' && count > 0 ? decoded.record : undefined;
	const message =
		decoded.status !== 'ok'
			? t('handoff.bad')
			: count === 0
				? t('handoff.nothing')
				: t('handoff.landing') + beforeReset(decoded.record);
	find('landing-message').textContent = message;
	find('landing-confirm').hidden = !incoming;
	find('landing-cancel').hidden = false;
	announce(message);
	find('landing-message').focus();
}

/** Handles a click inside [data-handoff] or [data-landing]. */
export async function handle(event: Event) {
	const on = (name: string) => (event.target as HTMLElement).closest(`[data-${name}]`);
	if (on('handoff-make')) {
		if (!hasTicks(state.record)) return announce(t('handoff.noTicks'));
		const url = link();
		// Too large for a link the other side would read: the file instead, offered here.
		find('handoff-too-long').hidden = !!url;
		for (const name of ['handoff-link-row', 'handoff-copy', 'handoff-share', 'handoff-qr']) find(name).hidden = !url;
		find('handoff-qr-box').replaceChildren();
		if (!url) return announce(t('handoff.tooLong'));
		// The QR code is offered only when the link fits in one.
		if (!qrOf(url)) {
			find('handoff-qr').hidden = true;
			find('handoff-qr-box').textContent = t('handoff.qrTooLong');
		}
		const field = find<HTMLInputElement>('handoff-link');
		field.value = url;
		find('handoff-share').hidden = !navigator.share;
		field.select();
		await copied();
	} else if (on('handoff-copy')) {
		const field = find<HTMLInputElement>('handoff-link');
		try {
			await navigator.clipboard.writeText(field.value);
			announce(t('handoff.copied'));
		} catch {
			field.select();
			announce(t('progress.copyFailed'));
		}
	} else if (on('handoff-share')) {
		await navigator.share?.({ url: find<HTMLInputElement>('handoff-link').value }).catch(() => undefined);
	} else if (on('handoff-qr')) {
		drawQr(find<HTMLInputElement>('handoff-link').value);
	} else if (on('landing-confirm') && incoming) {
		const count = preview(find('landing-preview'), incoming);
		const outcome = mergeIn(incoming);
		if (outcome !== 'refused') close(outcome === 'saved' ? t('handoff.done', { count }) : t('keeping.mergedUnsaved'));
	} else if (on('landing-cancel')) close();
	// Offered while the record holds notes or links (keeping.ts, `notes` switch): the same download as the export.
	else if (on('download')) await exportFile();
}

/** What tracker.ts runs when it loads this module at once: the landing of a hand-off link. */
export { land as init };
