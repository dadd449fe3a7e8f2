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
