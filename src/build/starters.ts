/**
 * What a step's first command needs, as the page shows it and as the starter
 * test checks it: pip packages go into one install command inside a virtual
 * environment (a bare `pip install` is refused outside one on current Debian
 * and Ubuntu), system needs are listed in words.
 */
import type { Requirement } from '../shared/schemas/step.ts';

/** The pip packages among the requirements, in their order. */
export function pipPackages(requires: readonly Requirement[]): string[] {
	return requires.filter((item): item is string => typeof item === 'string');
}

/** The system needs among the requirements. */
export function systemNeeds(requires: readonly Requirement[]): Exclude<Requirement, string>[] {
	return requires.filter((item): item is Exclude<Requirement, string> => typeof item !== 'string');
}

/** The one line that installs the packages in a fresh virtual environment; undefined when there are none. */
export function installCommand(requires: readonly Requirement[]): string | undefined {
	const packages = pipPackages(requires);
	return packages.length
		? `python3 -m venv .venv && . .venv/bin/activate && pip install ${packages.join(' ')}`
		: undefined;
}

/** Packages whose module is not named like them; others import as their name with `-` read as `_`. */
const MODULE_OF: Record<string, string> = {
	'scikit-learn': 'sklearn',
	pillow: 'PIL',
	beautifulsoup4: 'bs4',
	pyyaml: 'yaml',
};

/** The top-level module a pip package provides: `scikit-learn` → `sklearn`. */
export function moduleOf(pipPackage: string): string {
	const name = pipPackage.toLowerCase();
	return MODULE_OF[name] ?? name.replaceAll('-', '_');
}
