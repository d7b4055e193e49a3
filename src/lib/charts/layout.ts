import type { ChartTheme } from './theme';
import { BOLD_WIDTH, textWidth, wrapText, type WrappedText } from './theme';

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
	const widest = Math.max(0, ...leftLabels.map((l) => textWidth(l, theme.fontSize))) * (opts.bold ? BOLD_WIDTH : 1);
	const left = Math.min(opts.maxLeft ?? Infinity, Math.ceil(widest + labelPadding(theme)));
	return {
		top: Math.ceil(opts.yLabel === false ? theme.fontSize : theme.labelSize * 2.4),
		right: Math.ceil(opts.right ?? theme.fontSize * 1.5),
		bottom: Math.ceil(theme.tickLength + theme.gap + theme.fontSize * 1.3 + (opts.xLabel === false ? theme.gap : theme.labelSize * 1.6)),
		left
	};
}

/** Room a left margin keeps beside its widest label: tick, gap and a little to spare. */
function labelPadding(theme: ChartTheme): number {
	return theme.tickLength + theme.gap * 3;
}

/** How an axis breaks its category labels (see wrapToFit). */
export interface LabelWrap {
	/** Widest line, px. */
	width: number;
	maxLines: number;
	fontSize: number;
	bold: boolean;
}

/** A label wrapped as `wrap` says, measured with textWidth at its font size (bold a tenth wider). */
export function wrapToFit(text: string, wrap: LabelWrap): WrappedText {
	return wrapText(text, wrap.width, wrap.maxLines, (s) => textWidth(s, wrap.fontSize) * (wrap.bold ? BOLD_WIDTH : 1));
}

/** Category labels fitted to a left margin: how to wrap them, their lines, and the margin they need. */
export interface FittedLabels {
	wrap: LabelWrap;
	/** Each label's lines, in the order given. */
	lines: string[][];
	/** The most lines any label takes. */
	lineCount: number;
	/** The left margin: the widest line plus the axis's padding, never more than `maxLeft`. */
	left: number;
}

/** Average character width, in em, that a chart's `wrap` (characters a line) is converted at. */
const WRAP_EM = 0.58;

/**
 * Wrap the category labels of a horizontal-bar chart to the left margin they may have (`maxLeft`,
 * usually a share of the chart's width): lines no wider than `wrap` average characters (the
 * chart's own choice at wide widths, at 0.58 em a character) or than the margin less the axis's
 * padding, whichever is narrower, measured with textWidth; up to `maxLines` lines, and a label that
 * still does not fit ends in "…" (the axis then gives its full text in a <title>).
 */
export function fitCategoryLabels(theme: ChartTheme, labels: string[], opts: { maxLeft: number; wrap: number; maxLines?: number; bold?: boolean }): FittedLabels {
	const bold = opts.bold ?? false;
	const width = Math.max(theme.fontSize, Math.min(opts.wrap * WRAP_EM * theme.fontSize, opts.maxLeft - labelPadding(theme)));
	const wrap: LabelWrap = { width, maxLines: opts.maxLines ?? 4, fontSize: theme.fontSize, bold };
	const lines = labels.map((l) => wrapToFit(l, wrap).lines);
	const widest = Math.max(0, ...lines.flat().map((l) => textWidth(l, theme.fontSize) * (bold ? BOLD_WIDTH : 1)));
	return { wrap, lines, lineCount: Math.max(1, ...lines.map((l) => l.length)), left: Math.min(opts.maxLeft, Math.ceil(widest + labelPadding(theme))) };
}

/** Line height of wrapped axis labels (AxisY draws them this far apart). */
export function labelLineHeight(theme: ChartTheme): number {
	return theme.fontSize * 1.15;
}

/**
 * Height of a band scale's range (paddingInner, paddingOuter as d3's scaleBand) in which `count`
 * categories whose labels take `lineCount` lines each sit a clear gap apart: the scale's step is
 * the label's height plus half a line.
 */
export function categoryRangeHeight(theme: ChartTheme, count: number, lineCount: number, paddingInner: number, paddingOuter: number): number {
	const step = lineCount * labelLineHeight(theme) + theme.fontSize * 0.5;
	return Math.ceil(step * (Math.max(1, count) - paddingInner + 2 * paddingOuter));
}

/** Year ticks for a horizon: every year, the axis thins the labels if they would collide. */
export function yearTicks(years: number[]): number[] {
	return years.filter((y) => Number.isInteger(y));
}
