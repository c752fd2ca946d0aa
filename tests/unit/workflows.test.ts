/**
 * The GitHub workflows are checked here, so a broken one fails this project's
 * tests instead of failing on GitHub after a push.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url).pathname;
const validator = `${root}node_modules/@action-validator/cli/cli.mjs`;

async function validate(file: string): Promise<{ code: number; output: string }> {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, [validator, file]);
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, output: failed.stdout + failed.stderr };
	}
}

const workflows = readdirSync(`${root}.github/workflows`).filter((name) => /\.ya?ml$/.test(name));

test.each(workflows)('%s is a valid workflow', async (name) => {
	const { code, output } = await validate(`${root}.github/workflows/${name}`);
	expect(output).toBe('');
	expect(code).toBe(0);
});

test('the validator rejects a broken workflow', async () => {
	const { code, output } = await validate(`${root}tests/fixtures/workflows/broken.yml`);
	expect(code).not.toBe(0);
	expect(output).toContain("Additional property 'runs' is not allowed");
});

describe('the deploy workflow', () => {
	const workflow = parse(readFileSync(`${root}.github/workflows/deploy.yml`, 'utf8'));
	const steps = (job: string) =>
		workflow.jobs[job].steps as {
			uses?: string;
			run?: string;
			with?: Record<string, string>;
			env?: Record<string, string>;
		}[];

	test('deploys on a push to main and by hand', () => {
		expect(workflow.on.push.branches).toEqual(['main']);
		expect(workflow.on).toHaveProperty('workflow_dispatch');
	});

	test('takes the site origin and base path from the Pages configuration, not from a file', () => {
		const build = steps('build').find((step) => step.run === 'npm run build');
		expect(build?.env).toEqual({
			SITE_URL: '${{ steps.pages.outputs.origin }}',
			BASE_PATH: '${{ steps.pages.outputs.base_path }}',
		});
		expect(steps('build').some((step) => step.uses?.startsWith('actions/configure-pages@'))).toBe(true);
		expect(steps('build').some((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))).toBe(true);
		expect(steps('deploy').some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
	});

	test('runs the tests first, with the lockfile and Node ≥ 22.12', () => {
		expect(workflow.jobs.build.needs).toBe('test');
		expect(workflow.jobs.deploy.needs).toBe('build');
		for (const job of ['test', 'build']) {
			expect(steps(job).some((step) => step.run === 'npm ci')).toBe(true);
			expect(steps(job).find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file']).toBe(
				'.nvmrc',
			);
		}
		expect(steps('test').some((step) => step.run === 'npm test')).toBe(true);
		const nvmrc = readFileSync(`${root}.nvmrc`, 'utf8').trim();
		const [major = 0, minor = 99] = nvmrc.replace(/^v/, '').split('.').map(Number);
		expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
	});
});

test('the deploy workflow tests on Debian, with the machine .ci/run prepares: every engine, as in CI', () => {
	const workflow = parse(readFileSync(`${root}.github/workflows/deploy.yml`, 'utf8'));
	const runs = (workflow.jobs.test.steps as { run?: string }[]).map((step) => step.run);
	expect(workflow.jobs.test.container).toMatch(/^debian:/);
	const machine = runs.indexOf('bash .ci/run --machine-only');
	expect(machine).toBeGreaterThan(-1);
	expect(machine).toBeLessThan(runs.indexOf('npm test'));
	// .ci/run stops after installing when told so (in the foreground), before its own npm ci and npm test;
	// what it installs includes Python's packages and every engine.
	const script = readFileSync(`${root}.ci/run`, 'utf8');
	const machineOnly = script.indexOf('if [ "${1:-}" = "--machine-only" ]; then\n\tmachine\n\texit 0\nfi');
	expect(machineOnly).toBeGreaterThan(script.indexOf('missing+=(python3-pandas python3-sklearn)'));
	expect(machineOnly).toBeGreaterThan(script.indexOf('missing+=(firefox-esr)'));
	expect(machineOnly).toBeLessThan(script.indexOf('npm ci'));
	expect(machineOnly).toBeLessThan(script.lastIndexOf('npm test'));
});

describe('the link health workflow', async () => {
	const { OFFLINE_EXIT_CODE } = await import('../../scripts/check-links.ts');
	const workflow = parse(readFileSync(`${root}.github/workflows/links.yml`, 'utf8'));
	const steps = workflow.jobs.check.steps as { id?: string; name?: string; run?: string; if?: string }[];
	const check = steps.find((step) => step.id === 'check');
	const after = steps.slice(steps.indexOf(check as never) + 1);

	test('runs weekly and by hand', () => {
		const [schedule] = workflow.on.schedule as { cron: string }[];
		const [, , dayOfMonth, month, dayOfWeek] = String(schedule?.cron).split(' ');
		expect([dayOfMonth, month]).toEqual(['*', '*']);
		expect(dayOfWeek).toMatch(/^[0-6]$/);
		expect(workflow.on).toHaveProperty('workflow_dispatch');
	});

	test('records every link, and reports nothing when the checker could make no request', () => {
		expect(check?.run).toContain('npm run check:links -- --update');
		expect(check?.run).toContain(`"$code" -eq ${OFFLINE_EXIT_CODE}`);
		expect(after.length).toBeGreaterThan(0);
		for (const step of after) expect(step.if).toBe("steps.check.outputs.code == '0'");
	});

	test('commits the records, and keeps one issue per edition with the issue writer and gh only', () => {
		expect(after.some((step) => step.run?.includes('git add content/link-health.json'))).toBe(true);
		const issues = after.find((step) => step.run?.includes('issue:links'))?.run ?? '';
		expect(issues).toContain('npm run --silent issue:links');
		// The body is the script's; GitHub is reached through gh alone.
		expect(issues).not.toMatch(/curl|api\.github\.com|node |echo .*##/);
		expect(issues).toContain('gh issue edit');
		expect(issues).toContain('gh issue close');
		expect(workflow.permissions).toMatchObject({ issues: 'write', contents: 'write' });
	});
});

describe('the translation sync workflow, for forks', () => {
	const text = readFileSync(`${root}.github/workflows/translation-sync.yml`, 'utf8');
	const workflow = parse(text);
	const steps = workflow.jobs.sync.steps as {
		run?: string;
		env?: Record<string, string>;
		'continue-on-error'?: boolean;
	}[];

	test('runs every week and by hand, and says that forks must turn schedules on', () => {
		expect(workflow.on).toHaveProperty('workflow_dispatch');
		expect(workflow.on.schedule).toHaveLength(1);
		expect(text).toContain('GitHub turns scheduled workflows off in forks');
	});

	test('compares with the upstream named by a repository variable, by default the parent, and may write issues only', () => {
		expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
		expect(steps.find((step) => step.env?.UPSTREAM)?.env?.UPSTREAM).toBe('${{ vars.UPSTREAM_REPOSITORY }}');
		expect(steps.some((step) => step.run?.includes('.parent.full_name'))).toBe(true);
		expect(steps.some((step) => step.run?.startsWith('node scripts/translation-sync.ts fetch '))).toBe(true);
	});

	test('runs i18n:status --check, then opens, updates or closes one issue per edition from the script’s output', () => {
		expect(steps.find((step) => step.run === 'npm run i18n:status -- --check')?.['continue-on-error']).toBe(true);
		expect(steps.some((step) => step.run?.startsWith('node scripts/translation-sync.ts issues '))).toBe(true);
		const issues = steps.at(-1)?.run ?? '';
		for (const command of ['gh issue list', 'gh issue edit', 'gh issue create', 'gh issue close'])
			expect(issues).toContain(command);
	});
});
