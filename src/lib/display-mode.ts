/**
 * The reader's display choices, set with the header's 大字 and 高对比 buttons and kept in
 * localStorage so that every page opens the way the reader left the last one. Without a choice
 * the page follows the browser: its own text size (the site sizes everything in rem) and the
 * system's prefers-contrast: more (global.css).
 */
export interface DisplayMode {
	/** 大字: the root text size at {@link LARGE_TEXT_PERCENT} %; false by default. */
	largeText: boolean;
	/** 高对比: true or false once the reader has chosen; null (the default) follows prefers-contrast. */
	highContrast: boolean | null;
}

/** A setting a header button toggles. */
export type DisplaySetting = keyof DisplayMode;

/** The localStorage key of the reader's choices. */
export const DISPLAY_MODE_KEY = 'display-mode';

/** How large 大字 makes the root text, in % of the browser's own size (global.css). */
export const LARGE_TEXT_PERCENT = 125;

/**
 * The classes on <html> that global.css styles. `contrast-normal` records that the reader turned
 * high contrast off although the system asks for it, so the media query must not apply it.
 */
export const DISPLAY_MODE_CLASSES = {
	largeText: 'text-large',
	highContrast: 'contrast-high',
	normalContrast: 'contrast-normal',
} as const;

export const DEFAULT_DISPLAY_MODE: DisplayMode = { largeText: false, highContrast: null };

/**
 * Reads the stored choices; anything unreadable (nothing stored, another site version's value,
 * a hand-edited one) counts as no choice, so a bad value can never lock a reader in a mode.
 * @param stored the localStorage value, or null
 * @returns the choices
 */
export function parseDisplayMode(stored: string | null): DisplayMode {
	if (stored === null) return { ...DEFAULT_DISPLAY_MODE };
	let value: unknown;
	try {
		value = JSON.parse(stored);
	} catch {
		return { ...DEFAULT_DISPLAY_MODE };
	}
	if (typeof value !== 'object' || value === null) return { ...DEFAULT_DISPLAY_MODE };
	const { largeText, highContrast } = value as Record<string, unknown>;
	return {
		largeText: largeText === true,
		highContrast: typeof highContrast === 'boolean' ? highContrast : null,
	};
}

/**
 * @param mode the choices
 * @returns the value to store
 */
export function serializeDisplayMode(mode: DisplayMode): string {
	return JSON.stringify({ largeText: mode.largeText, highContrast: mode.highContrast });
}

/**
 * @param mode the choices
 * @returns each class of {@link DISPLAY_MODE_CLASSES} and whether <html> should carry it
 */
export function displayModeClasses(mode: DisplayMode): Record<string, boolean> {
	return {
		[DISPLAY_MODE_CLASSES.largeText]: mode.largeText,
		[DISPLAY_MODE_CLASSES.highContrast]: mode.highContrast === true,
		[DISPLAY_MODE_CLASSES.normalContrast]: mode.highContrast === false,
	};
}

/**
 * The classic script that the layout inlines at the top of <head>, so that the stored choices are
 * on <html> before the first paint: the module script (display-mode-app.ts) runs only once the
 * whole page is parsed, which can be after it is painted.
 * It reads the value as {@link parseDisplayMode} does and adds the classes
 * {@link displayModeClasses} turns on (the unit tests hold it to both), in ES5, for every browser
 * that runs the page. Any error (storage refused, bad JSON) leaves <html> as it is, and the
 * module script settles it. The Content-Security-Policy allows the script by its hash
 * (src/consts.ts), so its text is the same on every page.
 * @returns the script's text
 */
export function displayModeInlineScript(): string {
	const { largeText, highContrast, normalContrast } = DISPLAY_MODE_CLASSES;
	const string = (value: string) => JSON.stringify(value);
	return (
		`try{var m=JSON.parse(localStorage.getItem(${string(DISPLAY_MODE_KEY)}));` +
		'if(m){var c=document.documentElement.classList;' +
		`if(m.largeText===true)c.add(${string(largeText)});` +
		`if(m.highContrast===true)c.add(${string(highContrast)});` +
		`if(m.highContrast===false)c.add(${string(normalContrast)})}}catch(e){}`
	);
}

/**
 * Whether a setting is in effect, which is what its button shows as pressed: high contrast is on
 * by the system's request until the reader chooses.
 * @param mode the choices
 * @param setting the button's setting
 * @param systemPrefersMoreContrast whether prefers-contrast: more matches
 * @returns whether the setting is on
 */
export function isDisplaySettingOn(mode: DisplayMode, setting: DisplaySetting, systemPrefersMoreContrast: boolean): boolean {
	if (setting === 'largeText') return mode.largeText;
	return mode.highContrast ?? systemPrefersMoreContrast;
}

/**
 * @param mode the choices
 * @param setting the pressed button's setting
 * @param systemPrefersMoreContrast whether prefers-contrast: more matches
 * @returns the choices with the setting turned to the opposite of what is in effect
 */
export function toggleDisplaySetting(mode: DisplayMode, setting: DisplaySetting, systemPrefersMoreContrast: boolean): DisplayMode {
	return { ...mode, [setting]: !isDisplaySettingOn(mode, setting, systemPrefersMoreContrast) };
}
