/** Where the end-to-end build is served: a project path, as on GitHub Pages. */
export const E2E_BASE = '/roadmap/';
export const E2E_PORT = 4400;
/** The origin the test build believes it lives at (canonical URLs). */
export const E2E_SITE = 'https://example.github.io';
