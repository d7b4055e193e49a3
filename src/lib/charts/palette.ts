/**
 * Colours for the charts.
 *
 * Option colours are from Okabe & Ito's colour-blind-safe set (Okabe M, Ito K. Color Universal
 * Design, 2008), keeping only those with at least 3:1 contrast against white, the WCAG 2.2
 * 1.4.11 minimum for graphical objects; lines also get a dash pattern and a marker shape, so
 * options stay distinct in greyscale and for any colour vision.
 * Cost categories and fracture sites use Paul Tol's "muted" and "bright" schemes
 * (personal.sron.nl/~pault), also designed for colour-blind readers; capital segments are hatched
 * so capital and revenue differ without colour. Text colours meet WCAG 1.4.3 (4.5:1 on white).
 */
import type { MarkerShape } from './types';

/** Ink for titles, tick labels and value labels: 14.7:1 on white. */
export const INK = '#1f2937';
/** Secondary text (subtitles, notes, axis unit labels): 7.6:1 on white. */
export const INK_MUTED = '#4b5563';
/** Axis lines: 4.5:1 on white. */
export const AXIS = '#767676';
/** Gridlines sit behind the data and need not stand out. */
export const GRID = '#e5e7eb';
/** Reference lines such as the six-week standard: 5.9:1 on white, never an option colour. */
export const REFERENCE = '#b91c1c';
export const BACKGROUND = '#ffffff';
/** Highlight band behind the preferred option. */
export const HIGHLIGHT = '#fef3c7';

/** Okabe-Ito blue, vermillion, reddish purple, bluish green, then Tol's wine and olive. */
export const OPTION_COLORS = ['#0072B2', '#D55E00', '#CC79A7', '#009E73', '#882255', '#999933'] as const;
export const OPTION_DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '1 2'] as const;
export const OPTION_MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'circle'];

function cycle<T>(list: readonly T[], index: number): T {
	return list[((index % list.length) + list.length) % list.length] as T;
}

/** Colour of the option at `optionIndex` in `result.options`, the same in every chart. */
export function optionColor(optionIndex: number): string {
	return cycle(OPTION_COLORS, optionIndex);
}
export function optionDash(optionIndex: number): string {
	return cycle(OPTION_DASHES, optionIndex);
}
export function optionMarker(optionIndex: number): MarkerShape {
	return cycle(OPTION_MARKERS, optionIndex);
}

/** Demand lines are dark grey so they never read as an option's capacity. */
export const DEMAND_COLORS = ['#374151', '#6b7280', '#111827'] as const;
export const DEMAND_DASHES = ['6 3', '2 2', '10 4'] as const;

/**
 * Cost categories keep one colour whatever the option, so two options' charts compare directly.
 * Capital in cool colours (and hatched), revenue in warm and green ones.
 */
export const COST_CATEGORY_COLORS: Record<string, string> = {
	'capital.scanner': '#332288',
	'capital.installation': '#4477AA',
	'capital.roomWorks': '#88CCEE',
	'capital.it': '#44AA99',
	'capital.vehicle': '#117733',
	'capital.other': '#999999',
	'revenue.staff': '#CC6677',
	'revenue.maintenance': '#882255',
	'revenue.consumables': '#DDCC77',
	'revenue.estates': '#999933',
	'revenue.vehicle': '#EE3377',
	'revenue.siteFees': '#CCBB44',
	'revenue.training': '#EE7733',
	'revenue.outsourcing': '#555555',
	'revenue.fls': '#228833',
	'revenue.crossCalibration': '#AA4499',
	'revenue.other': '#BBBBBB'
};
const FALLBACK_CATEGORY_COLORS = ['#777777', '#555555', '#aaaaaa'] as const;

export function costCategoryColor(key: string, fallbackIndex = 0): string {
	return COST_CATEGORY_COLORS[key] ?? cycle(FALLBACK_CATEGORY_COLORS, fallbackIndex);
}

/** Fracture sites: Tol bright blue, red and green; greyscale values 110, 145 and 96 differ, and the table carries the numbers. */
export const FRACTURE_SITE_COLORS = { hip: '#4477AA', vertebral: '#EE6677', other: '#228833' } as const;
/** Costs avoided: Tol bright purple, from the same set as the sites and distinct from them (6.1:1 on white). */
export const COSTS_AVOIDED_COLOR = '#AA3377';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
	const m = /^#([0-9a-f]{6})$/i.exec(hex);
	if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
	const [r, g, b] = [0, 2, 4].map((i) => {
		const v = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
		return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio (L1 + 0.05) / (L2 + 0.05), lighter over darker. */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}
