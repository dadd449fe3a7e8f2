/**
 * The day the site was built, as the open data page states it. SOURCE_DATE_EPOCH (the
 * reproducible-builds convention, seconds since 1970) fixes it, so that the same content and the
 * same epoch give the same bytes on any day; without it the build takes today's date.
 * @param sourceDateEpoch the value of SOURCE_DATE_EPOCH, if set
 * @param now the current time
 * @returns the date as YYYY-MM-DD, in UTC
 * @throws when SOURCE_DATE_EPOCH is set but is not a whole number of seconds
 */
export function buildDate(sourceDateEpoch: string | undefined, now: Date): string {
	const epoch = sourceDateEpoch?.trim();
	if (epoch && !/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH 应为 1970 年以来的秒数（整数），现在是 ${epoch}`);
	return (epoch ? new Date(Number(epoch) * 1000) : now).toISOString().slice(0, 10);
}
