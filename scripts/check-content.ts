/**
 * `npm run check:content`: checks every content file and tells editors, in Chinese, which file
 * and line is wrong and how to fix it. Exits 1 when anything is wrong. In GitHub Actions the same
 * problems become annotations on the pull request.
 */
import { CONTENT_ROOT } from '../src/content-root.ts';
import { formatGithubAnnotation, formatProblem } from '../src/lib/check/problem.ts';
import { checkContentRoot } from './lib/check-content-root.ts';

const { problems, planCount } = checkContentRoot(CONTENT_ROOT);
for (const problem of problems) {
	console.error(`✖ ${formatProblem(problem)}`);
	if (process.env.GITHUB_ACTIONS === 'true') console.log(formatGithubAnnotation(problem));
}
if (problems.length > 0) {
	console.error(`\n内容检查发现 ${problems.length} 个问题（共检查 ${planCount} 份文件）。请按箭头后的说明修改后重新运行 npm run check:content。`);
	process.exit(1);
}
console.log(`内容检查通过：${planCount} 份文件，没有发现问题。`);
