/**
 * Reading a stored or imported value, defensively. Whatever the input, the
 * answer says what to do with it; only `ok` and `empty` may ever be written
 * over. Anything else is kept untouched in storage and shown as a notice.
 */
import { fromV1 } from './migrate.ts';
import { CURRENT_VERSION, type ProgressRecord } from './record.ts';
import { recordVersion } from './validate.ts';

export type Parsed =
	/** Nothing saved yet. */
	| { status: 'empty' }
	/** A valid record, migrated to the current version if it was older. */
	| { status: 'ok'; record: ProgressRecord }
	/** Written by a newer version of this site: keep it, do not touch it. */
	| { status: 'newer'; version: number }
	/** Not JSON, or not a shape we know. */
	| { status: 'invalid' };

export function parseProgress(raw: string | null): Parsed {
	if (raw === null) return { status: 'empty' };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { status: 'invalid' };
	}
	const version = (value as { version?: unknown } | null)?.version;
	if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION) return { status: 'newer', version };
	const known = recordVersion(value);
	if (known === CURRENT_VERSION) return { status: 'ok', record: value as ProgressRecord };
	if (known === 1) return { status: 'ok', record: fromV1(value as Parameters<typeof fromV1>[0]) };
	return { status: 'invalid' };
}
