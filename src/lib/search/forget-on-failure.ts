/**
 * Keeps a load for the visit, but not a failed one: the next search tries again.
 * @param load the load, kept by the caller
 * @param forget drops it from the caller's keeping; called once, if the load fails
 * @returns the load
 */
export function forgetOnFailure<T>(load: Promise<T>, forget: () => void): Promise<T> {
	load.catch(forget);
	return load;
}
