import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { offlineScript } from '../../src/browser/inline/offline-script.ts';

test('registering the worker costs each page at most 0.3 KB gzipped; the notice loads only when an update is ready', () => {
	const script = offlineScript('/roadmap/');
	expect(gzipSync(script).length).toBeLessThanOrEqual(0.3 * 1024);
	expect(script).toContain('"/roadmap/sw.js"');
	// The notice's code is not in the page: a dynamic import, under the base.
	expect(script).toContain('import("/roadmap/update-notice.js")');
	expect(script).not.toContain('skipWaiting');
});
