/** Where the end-to-end builds are served: project paths on one origin, as on GitHub Pages. */
export const E2E_BASE = '/roadmap/';
/** A second build of the same site, as another fork on the same user.github.io origin. */
export const E2E_FORK_BASE = '/fork/';
/** E2E_PORT lets two checkouts run their browser suites side by side. */
export const E2E_PORT = Number(process.env.E2E_PORT) || 4400;
/** The origin the test builds believe they live at: the test server itself, so canonical URLs resolve. */
export const E2E_SITE = `http://127.0.0.1:${E2E_PORT}`;
