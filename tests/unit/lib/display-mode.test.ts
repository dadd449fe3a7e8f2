import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_DISPLAY_MODE,
	DISPLAY_MODE_KEY,
	displayModeClasses,
	displayModeInlineScript,
	isDisplaySettingOn,
	parseDisplayMode,
	serializeDisplayMode,
	toggleDisplaySetting,
} from '../../../src/lib/display-mode.ts';

describe('parseDisplayMode', () => {
	it('reads back what serializeDisplayMode stored', () => {
		const mode = { largeText: true, highContrast: false };
		expect(parseDisplayMode(serializeDisplayMode(mode))).toEqual(mode);
	});

	it.each([null, '', 'not json', '42', 'null', '[]', '{"largeText":"yes","highContrast":1}'])('treats %j as no choice', (stored) => {
		expect(parseDisplayMode(stored)).toEqual(DEFAULT_DISPLAY_MODE);
	});
});

describe('displayModeClasses', () => {
	it('marks an explicit “off” for high contrast apart from no choice', () => {
		expect(displayModeClasses({ largeText: true, highContrast: null })).toEqual({ 'text-large': true, 'contrast-high': false, 'contrast-normal': false });
		expect(displayModeClasses({ largeText: false, highContrast: false })).toEqual({ 'text-large': false, 'contrast-high': false, 'contrast-normal': true });
		expect(displayModeClasses({ largeText: false, highContrast: true })).toEqual({ 'text-large': false, 'contrast-high': true, 'contrast-normal': false });
	});
});

describe('toggling a setting', () => {
	it('turns large text on and off', () => {
		const on = toggleDisplaySetting(DEFAULT_DISPLAY_MODE, 'largeText', false);
		expect(on).toEqual({ largeText: true, highContrast: null });
		expect(toggleDisplaySetting(on, 'largeText', false).largeText).toBe(false);
	});

	it('shows high contrast as on while the system asks for it, and turns it off on the first press', () => {
		expect(isDisplaySettingOn(DEFAULT_DISPLAY_MODE, 'highContrast', true)).toBe(true);
		const off = toggleDisplaySetting(DEFAULT_DISPLAY_MODE, 'highContrast', true);
		expect(off.highContrast).toBe(false);
		expect(isDisplaySettingOn(off, 'highContrast', true)).toBe(false);
	});

	it('turns high contrast on at the first press when the system does not ask for it', () => {
		expect(toggleDisplaySetting(DEFAULT_DISPLAY_MODE, 'highContrast', false).highContrast).toBe(true);
	});
});

/** What the page's localStorage does in a run of the inline script. */
type FakeStorage = { stored: string | null } | { throws: 'on access' | 'on read' };

/**
 * Runs the inline script as a browser would run it in <head>: a classic script, with only
 * localStorage and <html>'s classList to reach (node:vm, a context of its own).
 * @returns the classes it put on <html>, sorted
 */
function runInlineScript(storage: FakeStorage): string[] {
	const classes = new Set<string>();
	const localStorage = {
		getItem(key: string): string | null {
			if ('throws' in storage) throw new Error('SecurityError: storage is refused');
			return key === DISPLAY_MODE_KEY ? storage.stored : null;
		},
	};
	const context = { document: { documentElement: { classList: { add: (name: string) => classes.add(name) } } } };
	Object.defineProperty(context, 'localStorage', {
		get: () => {
			if ('throws' in storage && storage.throws === 'on access') throw new Error('SecurityError: storage is refused');
			return localStorage;
		},
	});
	runInNewContext(displayModeInlineScript(), context);
	return [...classes].sort();
}

/** The classes the module script gives <html> for the stored value, sorted. */
function classesOf(stored: string | null): string[] {
	return Object.entries(displayModeClasses(parseDisplayMode(stored)))
		.filter(([, on]) => on)
		.map(([name]) => name)
		.sort();
}

describe('displayModeInlineScript', () => {
	it('applies large text and high contrast stored under the key', () => {
		const stored = serializeDisplayMode({ largeText: true, highContrast: true });
		expect(runInlineScript({ stored })).toEqual(['contrast-high', 'text-large']);
	});

	it('records that the reader turned high contrast off', () => {
		expect(runInlineScript({ stored: serializeDisplayMode({ largeText: false, highContrast: false }) })).toEqual(['contrast-normal']);
	});

	it.each([null, '', 'not json', '{', '42', 'true', '"text-large"', 'null', '[]', '{"largeText":"yes","highContrast":1}'])('applies nothing for %j, as parseDisplayMode', (stored) => {
		expect(runInlineScript({ stored })).toEqual([]);
		expect(classesOf(stored)).toEqual([]);
	});

	it.each(['on access', 'on read'] as const)('leaves the page alone when localStorage throws %s', (throws) => {
		expect(runInlineScript({ throws })).toEqual([]);
	});

	it('gives the classes that parseDisplayMode and displayModeClasses give, for any stored value', () => {
		const setting = fc.oneof(fc.boolean(), fc.constant(null), fc.jsonValue());
		const stored = fc.oneof(
			fc.constant(null),
			fc.string(),
			fc.json(),
			fc.record({ largeText: setting, highContrast: setting }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
		);
		fc.assert(
			fc.property(stored, (value) => {
				expect(runInlineScript({ stored: value })).toEqual(classesOf(value));
			}),
		);
	});
});
