import type { ActivityData } from './read';
import { fitTrend, trendAt, annualGrowth, type TrendFit } from './trend';
import { seasonalIndices, SEASONAL_MIN_MONTHS } from './seasonal';
import { xmrChart, type XmrChart } from './spc';
import { monthLabel, type MonthIndex } from './months';

/** Months of a measure needed before a trend is fitted: one whole year, so one season does not read as growth. */
export const MIN_FIT_MONTHS = 12;

export type Measure = 'referrals' | 'scans';

export interface SeriesFit {
	measure: Measure;
	/** The months with a value, and the values (gaps are absent, never filled). */
	months: MonthIndex[];
	values: number[];
	trend: TrendFit;
	/** Seasonal index by calendar month (0 = January), averaging 1; null under SEASONAL_MIN_MONTHS. */
	seasonal: number[] | null;
	spc: XmrChart;
	/** Trend growth a year (fraction) from the last month of data. */
	growthPerYear: number;
	/** Fitted total over the 12 months after the last month of data (trend x seasonal index). */
	nextYearTotal: number;
	/** Coefficient of variation of the monthly figures around the trend (seasonal swings included): residual standard deviation / mean. */
	monthlyCv: number;
	mean: number;
}

export interface ActivityFit {
	data: ActivityData;
	referrals: SeriesFit | null;
	scans: SeriesFit | null;
	/** The waiting list at the end of the last month that reports it. */
	backlog: { month: MonthIndex; waitingList: number; waiting6: number | null } | null;
	/** Why a measure was not fitted, and other things the reader should know. */
	messages: string[];
}

/** Value of the fitted line (trend x seasonal index) at a month. */
export function fittedAt(f: SeriesFit, m: MonthIndex): number {
	return trendAt(f.trend, m) * (f.seasonal ? (f.seasonal[m % 12] as number) : 1);
}

/** Fitted total over the 12 months from `from`. */
export function fittedYear(f: SeriesFit, from: MonthIndex): number {
	let t = 0;
	for (let k = 0; k < 12; k++) t += fittedAt(f, from + k);
	return t;
}

/**
 * Fit one measure: the trend (linear or log-linear, see trend.ts); with 24 months or more,
 * seasonal indices from the ratio to that trend, then the trend fitted again to the values
 * divided by their month's index (one round of classical decomposition); the XmR chart of the
 * raw values.
 */
export function fitSeries(measure: Measure, months: readonly MonthIndex[], values: readonly number[]): SeriesFit {
	const first = fitTrend(months, values);
	const seasonal = seasonalIndices(months, values, (m) => trendAt(first, m));
	const trend = seasonal ? fitTrend(months, values.map((v, i) => v / (seasonal[(months[i] as number) % 12] as number)), first.origin) : first;
	const n = values.length;
	const mean = values.reduce((a, b) => a + b, 0) / n;
	let ss = 0;
	for (let i = 0; i < n; i++) {
		const r = (values[i] as number) - trendAt(trend, months[i] as number);
		ss += r * r;
	}
	const sd = n > 2 ? Math.sqrt(ss / (n - 2)) : 0;
	const last = months[n - 1] as number;
	const fit: SeriesFit = {
		measure,
		months: [...months],
		values: [...values],
		trend,
		seasonal,
		spc: xmrChart(values),
		growthPerYear: annualGrowth(trend, last),
		nextYearTotal: 0,
		monthlyCv: mean > 0 ? sd / mean : 0,
		mean
	};
	fit.nextYearTotal = fittedYear(fit, last + 1);
	return fit;
}

const NAMES: Record<Measure, string> = { referrals: 'Referrals', scans: 'Scans done' };

/** Fit referrals and scans, and read the latest backlog. */
export function fitActivity(data: ActivityData): ActivityFit {
	const messages: string[] = [];
	const series = (measure: Measure): SeriesFit | null => {
		const pts = data.months.filter((m) => m[measure] !== null);
		if (!pts.length) return null;
		if (pts.length < MIN_FIT_MONTHS) {
			messages.push(`${NAMES[measure]}: ${pts.length} month${pts.length === 1 ? '' : 's'} of figures; a trend needs at least ${MIN_FIT_MONTHS}.`);
			return null;
		}
		const f = fitSeries(
			measure,
			pts.map((m) => m.month),
			pts.map((m) => m[measure] as number)
		);
		if (!f.seasonal) messages.push(`${NAMES[measure]}: ${pts.length < SEASONAL_MIN_MONTHS ? `${pts.length} months, so no seasonal pattern is estimated (it needs ${SEASONAL_MIN_MONTHS})` : 'no seasonal pattern estimated (some calendar month has no figure or the trend falls to zero)'}.`);
		return f;
	};
	const withList = data.months.filter((m) => m.waitingList !== null);
	const lastList = withList[withList.length - 1];
	if (data.gaps.length) messages.push(`Missing month${data.gaps.length > 1 ? 's' : ''}: ${data.gaps.map(monthLabel).join(', ')}. ${data.gaps.length > 1 ? 'They are' : 'It is'} left out of the fit, not filled in.`);
	return {
		data,
		referrals: series('referrals'),
		scans: series('scans'),
		backlog: lastList ? { month: lastList.month, waitingList: lastList.waitingList as number, waiting6: lastList.waiting6 } : null,
		messages
	};
}
