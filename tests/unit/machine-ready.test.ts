/**
 * npm test's wait for the machine .ci/run prepares in the background
 * (scripts/machine-ready.ts), and .ci/run's side of it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { machineReady } from '../../scripts/machine-ready.ts';

const root = new URL('../../', import.meta.url).pathname;

test('waits until the install writes its status, then gives it with the install’s output', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'machine-'));
	const status = join(dir, 'status');
	writeFileSync(join(dir, 'log'), 'chromium 156\n');
	let done = false;
	const waiting = machineReady(status, 10).then((result) => {
		done = true;
		return result;
	});
	await new Promise((resolve) => setTimeout(resolve, 60));
	expect(done).toBe(false);
	// Created empty first, as a shell's `echo $? >file` does: still waiting.
	writeFileSync(status, '');
	await new Promise((resolve) => setTimeout(resolve, 60));
	expect(done).toBe(false);
	writeFileSync(status, '0\n');
	expect(await waiting).toEqual({ status: 0, log: 'chromium 156\n' });
});

test('a failed install fails npm test there, with its output', () => {
	const dir = mkdtempSync(join(tmpdir(), 'machine-'));
	writeFileSync(join(dir, 'log'), 'E: Unable to locate package firefox-esr\n');
	writeFileSync(join(dir, 'status'), '100\n');
	let failure: { status?: number; stdout?: string; stderr?: string } = {};
	try {
		execFileSync(process.execPath, [join(root, 'scripts/machine-ready.ts')], {
			env: { ...process.env, MACHINE_READY: join(dir, 'status') },
			encoding: 'utf8',
			stdio: 'pipe',
		});
	} catch (error) {
		failure = error as typeof failure;
	}
	expect(failure.status).toBe(100);
	expect(failure.stdout).toContain('Unable to locate package firefox-esr');
	expect(failure.stderr).toContain('install failed (exit 100)');
});

test('npm test waits for the machine right before its first step that needs a browser or Python, after those that need neither', () => {
	const steps = String(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.test).split(' && ');
	const wait = steps.indexOf('node scripts/machine-ready.ts');
	expect(wait).toBeGreaterThan(-1);
	const before = steps.slice(0, wait).join(' ');
	const after = steps.slice(wait + 1).join(' ');
	for (const needsNothing of ['build:e2e', 'check', 'lint']) expect(before).toContain(needsNothing);
	const needsMachine = ['test:unit', 'test:lighthouse', 'test:e2e', 'test:variant'];
	for (const step of needsMachine) expect(after).toContain(step);
	// Right before: the step after the wait is one of them, so nothing that needs no machine waits for it.
	expect(needsMachine.some((step) => steps[wait + 1]?.includes(step))).toBe(true);
});
