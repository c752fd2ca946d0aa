/** Where the end-to-end builds are served: project paths on one origin, as on GitHub Pages. */
export const E2E_BASE = '/roadmap/';
/** A second build of the same site, as another fork on the same user.github.io origin. */
export const E2E_FORK_BASE = '/fork/';
export const E2E_PORT = 4400;
/** The origin the test build believes it lives at (canonical URLs). */
export const E2E_SITE = 'https://example.github.io';
