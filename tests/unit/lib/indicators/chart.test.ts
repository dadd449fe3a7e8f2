import { describe, expect, it } from 'vitest';
import { layoutIndicatorChart, MAX_CHART_LINES } from '../../../../src/lib/indicators/chart.ts';

const value = (year: number, v: number) => ({ year, value: v, label: `${year} ${v}` });

describe('layoutIndicatorChart', () => {
	it('draws one line per region through its years in order, higher values higher up', () => {
		const chart = layoutIndicatorChart([{ label: '甲县', values: [value(2024, 70), value(2022, 60), value(2023, 65)] }]);
		expect(chart.mode).toBe('lines');
		const [only] = chart.lines;
		expect(only.points.map((point) => point.label)).toEqual(['2022 60', '2023 65', '2024 70']);
		expect(only.points[0].x).toBeLessThan(only.points[1].x);
		expect(only.points[2].y).toBeLessThan(only.points[0].y);
		expect(only.path.startsWith(`M${only.points[0].x},${only.points[0].y}`)).toBe(true);
		expect(chart.xTicks.map((tick) => tick.label)).toEqual(['2022', '2023', '2024']);
	});

	it('starts the value axis at zero, so a small change does not look large', () => {
		const chart = layoutIndicatorChart([{ label: '甲县', values: [value(2022, 90), value(2023, 95)] }]);
		expect(chart.yTicks[0].label).toBe('0');
		expect(chart.yTicks[0].y).toBe(chart.plot.bottom);
	});

	it('shows each year\'s spread instead of lines when there are too many regions', () => {
		const series = Array.from({ length: MAX_CHART_LINES + 1 }, (_, index) => ({ label: `县${index}`, values: [value(2020, 50 + index)] }));
		const chart = layoutIndicatorChart(series);
		expect(chart.mode).toBe('ranges');
		expect(chart.lines).toEqual([]);
		expect(chart.ranges).toHaveLength(1);
		expect(chart.ranges[0].count).toBe(MAX_CHART_LINES + 1);
		expect(chart.ranges[0].yHigh).toBeLessThan(chart.ranges[0].yMedian);
		expect(chart.ranges[0].yMedian).toBeLessThan(chart.ranges[0].yLow);
	});
});
