/**
 * Waits for the machine to be ready, when .ci/run is still preparing it: on a
 * new machine it installs Debian's browsers, Java and Python's packages in the
 * background while npm test starts with what needs none of them (the builds,
 * the type check, lint), and says where it will write the install's exit
 * status (MACHINE_READY; its output is in the file `log` beside it). npm test
 * runs this before its first step that needs them (Lighthouse). Without MACHINE_READY
 * (everywhere but .ci/run), nothing to wait for.
 *
 *   node scripts/machine-ready.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Waits for `statusFile` to hold the install's exit status, then returns it with the install's output. */
export async function machineReady(statusFile: string, pollMs = 250): Promise<{ status: number; log: string }> {
	const started = Date.now();
	let waited = false;
	while (!existsSync(statusFile) || readFileSync(statusFile, 'utf8').trim() === '') {
		if (!waited) console.log('waiting for Debian’s packages, still installing (.ci/run)…');
		waited = true;
		await sleep(pollMs);
	}
	const status = Number(readFileSync(statusFile, 'utf8').trim());
	const logFile = join(dirname(statusFile), 'log');
	const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
	if (waited) console.log(`waited ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return { status: Number.isInteger(status) ? status : 1, log };
}

if (import.meta.main && process.env.MACHINE_READY) {
	const { status, log } = await machineReady(process.env.MACHINE_READY);
	process.stdout.write(log);
	if (status !== 0) {
		console.error(`the machine's install failed (exit ${status}): its output is above`);
		process.exit(status);
	}
}
