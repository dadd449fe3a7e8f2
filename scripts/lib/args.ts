import { NEW_PLAN_USAGE, type NewPlanRequest } from '../../src/lib/new-plan.ts';

/** Options of the import command. */
export interface ImportArgs {
	/** Raw text files to import. */
	inputs: string[];
	/** Output directory. Default content/plans. */
	out: string;
	/** Print what would be written without writing. */
	dryRun: boolean;
}

/**
 * Reads the command line of `npm run import -- <raw.txt>… [--out <dir>] [--dry-run]`.
 * @param argv the arguments after the script name
 * @returns the options, or an error message in Chinese
 */
export function parseImportArgs(argv: readonly string[]): ImportArgs | { error: string } {
	const args: ImportArgs = { inputs: [], out: 'content/plans', dryRun: false };
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index];
		if (arg === '--out') {
			const value = argv[++index];
			if (!value) return { error: '--out 后面要写输出目录，例如 --out content/plans' };
			args.out = value;
		} else if (arg.startsWith('--out=')) args.out = arg.slice('--out='.length);
		else if (arg === '--dry-run') args.dryRun = true;
		else if (arg.startsWith('--')) return { error: `不认识的选项 ${arg}` };
		else args.inputs.push(arg);
	}
	if (args.inputs.length === 0)
		return { error: '请给出要导入的原文文件，例如 npm run import -- 原文.txt' };
	return args;
}

/** Options of the benchmark. */
export interface BenchArgs {
	/** How many synthetic plans to build. */
	plans: number;
	/** Seed of the synthetic corpus. Default {@link DEFAULT_BENCH_SEED}. */
	seed: number;
	/** Also probe search in Chromium. */
	search: boolean;
	/** Keep the generated content and the built site (their folder is printed). */
	keep: boolean;
}

/** The default seed, fixed so that runs on different days build the same corpus. */
export const DEFAULT_BENCH_SEED = 20260101;

/**
 * Reads the command line of `npm run bench -- --plans <N> [--seed <S>] [--search] [--keep]`.
 * @param argv the arguments after the script name
 * @returns the options, or an error message
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgs | { error: string } {
	const args: BenchArgs = { plans: 0, seed: DEFAULT_BENCH_SEED, search: false, keep: false };
	for (let index = 0; index < argv.length; index++) {
		const [name, inline] = argv[index].split('=', 2);
		const value = () => inline ?? argv[++index];
		if (name === '--plans' || name === '--seed') {
			const number = Number(value());
			if (!Number.isInteger(number) || (name === '--plans' && number < 1)) return { error: `${name} 后面要写整数，例如 ${name} 1000` };
			if (name === '--plans') args.plans = number;
			else args.seed = number;
		} else if (name === '--search') args.search = true;
		else if (name === '--keep') args.keep = true;
		else return { error: `不认识的选项 ${argv[index]}` };
	}
	if (args.plans === 0) return { error: '请用 --plans 给出文件数，例如 npm run bench -- --plans 1000' };
	return args;
}

/**
 * Reads the command line of `npm run new -- --region <id> --year <y> --kind <k> [--provenance <p>]
 * [--suffix <n>]`. Values may also be written `--region=<id>`.
 * @param argv the arguments after the script name
 * @returns the request (checked against the regions and kinds by resolveNewPlan), or an error in Chinese
 */
export function parseNewPlanArgs(argv: readonly string[]): NewPlanRequest | { error: string } {
	const values: Partial<Record<'region' | 'year' | 'kind' | 'provenance' | 'suffix', string>> = {};
	for (let index = 0; index < argv.length; index++) {
		const [flag, inline] = argv[index].split(/=(.*)/s, 2);
		const name = flag.replace(/^--/, '');
		if (!flag.startsWith('--') || !['region', 'year', 'kind', 'provenance', 'suffix'].includes(name)) {
			return { error: `不认识的参数 ${argv[index]}。用法：${NEW_PLAN_USAGE}（可选 --provenance official|reprint|unofficial、--suffix 2）` };
		}
		const value = inline ?? argv[++index];
		if (value === undefined || value.startsWith('--') || value.trim() === '') return { error: `${flag} 后面要写值，例如 ${NEW_PLAN_USAGE}` };
		values[name as keyof typeof values] = value;
	}
	const missing = (['region', 'year', 'kind'] as const).filter((name) => values[name] === undefined);
	if (missing.length > 0) {
		return { error: `缺少 ${missing.map((name) => `--${name}`).join('、')}。用法：${NEW_PLAN_USAGE}（地区 id、年份、类型；不详的地区或年份写 unknown）` };
	}
	return { region: values.region as string, year: values.year as string, kind: values.kind as string, provenance: values.provenance, suffix: values.suffix };
}
