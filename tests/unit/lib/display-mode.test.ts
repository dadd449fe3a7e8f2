import { describe, expect, it } from 'vitest';
import {
	DEFAULT_DISPLAY_MODE,
	displayModeClasses,
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
