/**
 * Applies the reader's display choices (src/lib/display-mode.ts) to <html> and wires the header's
 * 大字 and 高对比 buttons. Loaded from <head> on every page; as a module it runs once the page is
 * parsed, so the buttons are there. Without JavaScript the buttons are hidden (global.css) and the
 * browser's text size and prefers-contrast still apply.
 */
import {
	DISPLAY_MODE_KEY,
	displayModeClasses,
	isDisplaySettingOn,
	parseDisplayMode,
	serializeDisplayMode,
	toggleDisplaySetting,
	type DisplayMode,
	type DisplaySetting,
} from '../../lib/display-mode.ts';

/** localStorage, or null where the browser refuses it (storage blocked, some private modes). */
function storage(): Storage | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

const root = document.documentElement;
const moreContrast = window.matchMedia('(prefers-contrast: more)');
const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-display-setting]')];
let mode: DisplayMode = parseDisplayMode(storage()?.getItem(DISPLAY_MODE_KEY) ?? null);

function render(): void {
	for (const [name, on] of Object.entries(displayModeClasses(mode))) root.classList.toggle(name, on);
	for (const button of buttons) {
		const setting = button.dataset.displaySetting as DisplaySetting;
		button.setAttribute('aria-pressed', String(isDisplaySettingOn(mode, setting, moreContrast.matches)));
	}
}

render();
for (const button of buttons) {
	button.addEventListener('click', () => {
		mode = toggleDisplaySetting(mode, button.dataset.displaySetting as DisplaySetting, moreContrast.matches);
		try {
			storage()?.setItem(DISPLAY_MODE_KEY, serializeDisplayMode(mode));
		} catch {
			// A full or refused storage only means the choice lasts for this page.
		}
		render();
	});
}
moreContrast.addEventListener('change', render);
