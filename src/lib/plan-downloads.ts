/**
 * Where a plan's source file can be downloaded: beside its data file (/data/plans/<id>.json),
 * named by the plan's id with the source's own extension, .md or .mdx, so that the download is
 * the file exactly as it is in the repository.
 * @param id the plan's id, e.g. qinhuangdao/2019-priorities
 * @param sourceFile the source's path in the repository, e.g. content/plans/qinhuangdao/2019-priorities.md
 * @returns its address, e.g. /data/plans/qinhuangdao/2019-priorities.md
 */
export function planSourcePath(id: string, sourceFile: string): string {
	return `/data/plans/${id}${sourceFile.endsWith('.mdx') ? '.mdx' : '.md'}`;
}
