import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

/** One value to plot: a region's target of one year. */
export interface ChartValue {
	year: number;
	value: number;
	/** What the value is, for its tooltip, e.g. 秦皇岛市 2019年 ≥90%. */
	label: string;
}

/** One region's values of one measure across years. */
export interface ChartSeries {
	/** The region's name, and the measure's when the region states several (样例县 · 重点人群签约率). */
	label: string;
	values: ChartValue[];
}

/** A point in SVG coordinates with what it stands for. */
export interface ChartPoint {
	x: number;
	y: number;
	label: string;
}

/** The chart, in SVG coordinates: everything a component needs to draw it, nothing to compute. */
export interface ChartModel {
	width: number;
	height: number;
	/** `lines`: one line per region; `ranges`: per year, the spread of all regions' values. */
	mode: 'lines' | 'ranges';
	/** The plot area: left, top, right, bottom edges. */
	plot: { left: number; top: number; right: number; bottom: number };
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	/** For `lines`: each region's path, points and style index (colour and dash), in legend order. */
	lines: { label: string; path: string; points: ChartPoint[]; style: number }[];
	/** For `ranges`: per year the lowest, median and highest value and how many there are. */
	ranges: { x: number; yLow: number; yMedian: number; yHigh: number; count: number; label: string }[];
}

/** Above this many regions one line each would be a tangle: the chart shows each year's spread instead. */
export const MAX_CHART_LINES = 8;

/**
 * The chart's own size. The SVG scales to the column it is in, so its text shrinks with it: a
 * narrow chart keeps the axis labels readable on a 360 px phone.
 */
export const CHART_SIZE = { width: 480, height: 260 } as const;

const MARGIN = { left: 52, top: 18, right: 14, bottom: 34 } as const;

/** Coordinates to a tenth of a pixel: finer is invisible and only lengthens the page. */
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * @param values numbers
 * @returns their median
 */
function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Lays out an indicator's chart at build time, so the page draws it as plain SVG with no script:
 * years along the bottom, values up the side (from zero, or below it when a value is), and
 * either a line per region or, with more regions than MAX_CHART_LINES, each year's range.
 * @param series each region's values (a region's values of one year may be several)
 * @param size the SVG's width and height
 * @returns the chart's coordinates
 */
export function layoutIndicatorChart(series: readonly ChartSeries[], size: { width: number; height: number } = CHART_SIZE): ChartModel {
	const plot = { left: MARGIN.left, top: MARGIN.top, right: size.width - MARGIN.right, bottom: size.height - MARGIN.bottom };
	const all = series.flatMap((entry) => entry.values);
	const years = [...new Set(all.map((value) => value.year))].sort((a, b) => a - b);
	const x = scalePoint<number>().domain(years).range([plot.left, plot.right]).padding(0.5);
	const values = all.map((value) => value.value);
	const y = scaleLinear()
		.domain([Math.min(0, ...values), Math.max(1, ...values)])
		.range([plot.bottom, plot.top])
		.nice();
	const model: ChartModel = {
		...size,
		mode: series.length > MAX_CHART_LINES ? 'ranges' : 'lines',
		plot,
		xTicks: years.map((year) => ({ x: round(x(year) ?? plot.left), label: `${year}` })),
		yTicks: y.ticks(5).map((tick) => ({ y: round(y(tick)), label: y.tickFormat(5)(tick) })),
		lines: [],
		ranges: [],
	};
	if (model.mode === 'lines') {
		const path = line<ChartPoint>((point) => point.x, (point) => point.y);
		model.lines = series.map((entry, index) => {
			const points = [...entry.values]
				.sort((a, b) => a.year - b.year)
				.map((value) => ({ x: round(x(value.year) ?? plot.left), y: round(y(value.value)), label: value.label }));
			return { label: entry.label, path: path(points) ?? '', points, style: index };
		});
	} else {
		model.ranges = years.map((year) => {
			const ofYear = all.filter((value) => value.year === year).map((value) => value.value);
			return {
				x: round(x(year) ?? plot.left),
				yLow: round(y(Math.min(...ofYear))),
				yMedian: round(y(median(ofYear))),
				yHigh: round(y(Math.max(...ofYear))),
				count: ofYear.length,
				label: `${year}年：${ofYear.length} 个值，最低 ${Math.min(...ofYear)}，中位 ${median(ofYear)}，最高 ${Math.max(...ofYear)}`,
			};
		});
	}
	return model;
}
