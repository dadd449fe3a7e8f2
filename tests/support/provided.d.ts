// Values the global setups hand to the tests through project.provide() / inject().
declare module 'vitest' {
	export interface ProvidedContext {
		/** tests/.tmp/fixture-dist: the site built from tests/fixtures/site (build project). */
		fixtureDist: string;
		/** tests/.tmp/fixture-dist-repeat: the same fixture content built again (build project). */
		fixtureDistRepeat: string;
		/** tests/.tmp/reworded-dist: the fixture content with every heading and paragraph reworded (build project). */
		rewordedDist: string;
		/** tests/.tmp/history-dist: the content root of tests/support/history-site.ts, in a git repository of its own (build project). */
		historyDist: string;
		/** The commits of that repository the history pages link to (build project). */
		historyCommits: { added: string; corrected: string };
		/** tests/.tmp/project-site-dist: the fixture content built under a base path (setup-build.ts PROJECT_SITE; build project). */
		projectSiteDist: string;
		/** tests/.tmp/site-dist: the site built from the repository's content/ (browser project). */
		siteDist: string;
		/** http://127.0.0.1:<port> serving siteDist, no trailing slash (browser project). */
		siteUrl: string;
	}
}

export {};
