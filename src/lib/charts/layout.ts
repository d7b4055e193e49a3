import type { ChartTheme } from './theme';
import { textWidth } from './theme';

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * Margins around the plot for a left value or category axis with the given tick labels, a
 * bottom axis, and unit labels above the left axis and under the right end of the bottom axis.
 */
export function plotMargin(theme: ChartTheme, leftLabels: string[], opts: { xLabel?: boolean; yLabel?: boolean; right?: number; maxLeft?: number; bold?: boolean } = {}): Margin {
	// Bold labels run about a tenth wider than regular ones.
	const widest = Math.max(0, ...leftLabels.map((l) => textWidth(l, theme.fontSize))) * (opts.bold ? 1.1 : 1);
	const left = Math.min(opts.maxLeft ?? Infinity, Math.ceil(widest + theme.tickLength + theme.gap * 3));
	return {
		top: Math.ceil(opts.yLabel === false ? theme.fontSize : theme.labelSize * 2.4),
		right: Math.ceil(opts.right ?? theme.fontSize * 1.5),
		bottom: Math.ceil(theme.tickLength + theme.gap + theme.fontSize * 1.3 + (opts.xLabel === false ? theme.gap : theme.labelSize * 1.6)),
		left
	};
}

/** Year ticks for a horizon: every year, the axis thins the labels if they would collide. */
export function yearTicks(years: number[]): number[] {
	return years.filter((y) => Number.isInteger(y));
}
