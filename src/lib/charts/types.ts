/** Shapes shared by the chart pieces: legend entries, the data table and line markers. */

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'none';

/** One legend entry. `kind` picks the swatch: a line (with dash and marker), a filled bar or a reference rule. */
export interface LegendItem {
	label: string;
	color: string;
	kind: 'line' | 'bar' | 'reference';
	/** SVG stroke-dasharray for line and reference swatches, e.g. '6 3'. */
	dash?: string;
	marker?: MarkerShape;
	/** Bars drawn with the capital hatch (see StackedBars). */
	hatched?: boolean;
}

/** One row of a data table: a row header (the year, option or role) and formatted cells. */
export interface DataTableRow {
	header: string;
	cells: string[];
	/** Shown in bold, e.g. the preferred option. */
	emphasis?: boolean;
}

/**
 * The text alternative of a chart: a real table with a caption, one column header per column
 * (the first names the row headers) and pre-formatted cells. Notes explain gaps or conventions.
 */
export interface DataTable {
	caption: string;
	columns: string[];
	rows: DataTableRow[];
	notes?: string[];
}

/**
 * The part of a d3 scale the axes need: linear (`ticks`), band (`bandwidth`) and point scales
 * all fit. d3's ScaleLinear<number, number> and ScaleBand<string> are assignable to it.
 */
export interface AxisScale<T> {
	(value: T): number | undefined;
	domain(): T[];
	range(): number[];
	ticks?: (count?: number) => T[];
	bandwidth?: () => number;
}

/** One bar for Bars. */
export interface BarDatum {
	category: string;
	/** The series within a category when grouped (looked up in the group scale). */
	group?: string;
	/** Where the bar ends. */
	value: number;
	/** Where the bar starts (default 0); a tornado bar runs from the low to the high result. */
	from?: number;
	color: string;
	/** Tooltip text. */
	title?: string;
	/** Drawn with a dark outline, e.g. the preferred option. */
	highlight?: boolean;
	/** Text drawn at the bar's end when value labels are on. */
	valueLabel?: string;
}

/** One series (segment layer) of StackedBars. */
export interface StackSeries {
	key: string;
	label: string;
	color: string;
	/** Diagonal white hatching, used for capital spending. */
	hatched?: boolean;
}

/** One stack of StackedBars: values by series key; missing keys count as zero. */
export interface Stack {
	category: string;
	/** Name used in tooltips when the category is an id. */
	label?: string;
	values: Record<string, number>;
}

/** Props every chart of an appraisal result takes. */
export interface ResultChartProps {
	result: import('../model/results').AppraisalResult;
	large?: boolean;
	/** Plot height in pixels; each chart has its own default. */
	height?: number;
	title?: string;
	headingLevel?: 2 | 3 | 4 | 5 | 6;
	tableOpen?: boolean;
	/** Show the Download SVG / PNG buttons (off in printed reports and on slides). */
	downloads?: boolean;
	/** Fill the container's height, type scaled to it (presentation slides; see ChartFrame). */
	fit?: boolean;
	/** One stand-alone SVG without the title, for the business case's figures (see ChartFrame). */
	standalone?: boolean;
}

/** Props of a chart comparing options. */
export interface OptionsChartProps extends ResultChartProps {
	/** Options to show, in the scenario's order; all when missing or empty. */
	optionIds?: string[];
}
