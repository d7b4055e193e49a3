import { CAPITAL_CATEGORIES, REVENUE_CATEGORIES, type AppraisalResult, type OptionResult } from '../model';
import { xmlSafe } from '../present';

export const CSV_MIME = 'text/csv';
export const CSV_HEADER = ['option_id', 'option_name', 'year', 'measure', 'value', 'unit'] as const;

interface Measure {
	measure: string;
	unit: string;
	value: (o: OptionResult, y: number) => number | null;
}

const at = <T>(xs: readonly T[], y: number): T | undefined => xs[y];

/** Every yearly figure the engine reports per option, named snake_case with its unit. */
const MEASURES: Measure[] = [
	{ measure: 'population', unit: 'people', value: (o, y) => at(o.demand, y)?.population ?? null },
	{ measure: 'population_50_plus', unit: 'people', value: (o, y) => at(o.demand, y)?.population50Plus ?? null },
	{ measure: 'new_referrals', unit: 'scans', value: (o, y) => at(o.demand, y)?.newReferrals ?? null },
	{ measure: 'fls_referrals', unit: 'scans', value: (o, y) => at(o.demand, y)?.flsReferrals ?? null },
	{ measure: 'monitoring_scans', unit: 'scans', value: (o, y) => at(o.demand, y)?.monitoring ?? null },
	{ measure: 'demand_total', unit: 'scans', value: (o, y) => at(o.demand, y)?.total ?? null },
	{ measure: 'vfa_scans', unit: 'scans', value: (o, y) => at(o.demand, y)?.vfaScans ?? null },
	{ measure: 'capacity', unit: 'scans', value: (o, y) => at(o.capacity, y)?.capacity ?? null },
	{ measure: 'outsourced_capacity', unit: 'scans', value: (o, y) => at(o.capacity, y)?.outsourced ?? null },
	{ measure: 'scans_delivered', unit: 'scans', value: (o, y) => at(o.capacity, y)?.delivered ?? null },
	{ measure: 'capacity_gap', unit: 'scans', value: (o, y) => at(o.capacity, y)?.gap ?? null },
	{ measure: 'utilisation', unit: 'fraction', value: (o, y) => at(o.capacity, y)?.utilisation ?? null },
	{ measure: 'waiting_list_year_end', unit: 'patients', value: (o, y) => at(o.waitingList.months, y * 12 + 11)?.listSize ?? null },
	{ measure: 'estimated_wait_year_end', unit: 'weeks', value: (o, y) => at(o.waitingList.months, y * 12 + 11)?.estimatedWaitWeeks ?? null },
	{ measure: 'seen_within_standard', unit: 'fraction', value: (o, y) => at(o.waitingList.withinStandardShareByYear, y) ?? null },
	{ measure: 'funded_wte', unit: 'WTE', value: (o, y) => at(o.staffing.byYear, y)?.totalFundedWte ?? null },
	{ measure: 'staff_cost', unit: 'GBP', value: (o, y) => at(o.staffing.byYear, y)?.costGbp ?? null },
	...CAPITAL_CATEGORIES.map((c) => ({ measure: `capital_${snake(c)}`, unit: 'GBP', value: (o: OptionResult, y: number) => at(o.cashFlows, y)?.capital[c] ?? null })),
	{ measure: 'capital_total', unit: 'GBP', value: (o, y) => at(o.cashFlows, y)?.capitalTotal ?? null },
	...REVENUE_CATEGORIES.map((c) => ({ measure: `revenue_${snake(c)}`, unit: 'GBP', value: (o: OptionResult, y: number) => at(o.cashFlows, y)?.revenue[c] ?? null })),
	{ measure: 'revenue_total', unit: 'GBP', value: (o, y) => at(o.cashFlows, y)?.revenueTotal ?? null },
	{ measure: 'optimism_bias_capital', unit: 'GBP', value: (o, y) => at(o.cashFlows, y)?.optimismBiasCapital ?? null },
	{ measure: 'optimism_bias_revenue', unit: 'GBP', value: (o, y) => at(o.cashFlows, y)?.optimismBiasRevenue ?? null },
	{ measure: 'patient_travel', unit: 'GBP', value: (o, y) => at(o.cashFlows, y)?.patientTravel ?? null },
	{ measure: 'residual_value', unit: 'GBP', value: (o, y) => at(o.cashFlows, y)?.residualValue ?? null },
	{ measure: 'total_cost', unit: 'GBP', value: (o, y) => at(o.cashFlows, y)?.total ?? null },
	{ measure: 'discount_factor', unit: 'factor', value: (o, y) => at(o.cashFlows, y)?.discountFactor ?? null },
	{ measure: 'discounted_cost', unit: 'GBP', value: (o, y) => at(o.cashFlows, y)?.discounted ?? null }
];

/** FLS measures, only for options that include a fracture liaison service. */
const FLS_MEASURES: Measure[] = (
	[
		['fls_cohort', 'cohort', 'patients'],
		['fls_identified', 'identified', 'patients'],
		['fls_extra_treated', 'extraTreated', 'patients'],
		['fls_dxa_scans', 'dxaScans', 'scans'],
		['fls_hip_fractures_averted', 'avertedHip', 'fractures'],
		['fls_vertebral_fractures_averted', 'avertedVertebral', 'fractures'],
		['fls_other_fractures_averted', 'avertedOther', 'fractures'],
		['fls_bed_days_avoided', 'bedDaysAvoided', 'bed-days'],
		['fls_deaths_avoided', 'deathsAvoided', 'deaths'],
		['fls_qalys_gained', 'qalysGained', 'QALYs'],
		['fls_costs_avoided', 'costsAvoidedGbp', 'GBP'],
		['fls_coordinator_wte', 'coordinatorWte', 'WTE'],
		['fls_cost', 'flsCostGbp', 'GBP']
	] as const
).map(([measure, key, unit]) => ({ measure, unit, value: (o: OptionResult, y: number) => (o.fls ? (at(o.fls.byYear, y)?.[key] ?? null) : null) }));

function snake(s: string): string {
	return s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * A text field: characters XML and spreadsheets cannot carry dropped; a leading = + - @ tab or
 * carriage return neutralised with an apostrophe so a spreadsheet opening the file never runs it
 * as a formula (OWASP, CSV injection); quoted when it holds a comma, quote or line break (RFC 4180).
 */
function field(text: string): string {
	const safe = xmlSafe(text);
	const v = /^[=+\-@\t\r]/.test(safe) ? `'${safe}` : safe;
	return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Numbers at full precision (round-trip), so other tools can re-total them exactly. */
function numberText(v: number | null): string {
	if (v === null) return '';
	if (!Number.isFinite(v)) throw new Error(`csv: non-finite value ${v}`);
	return String(v);
}

/**
 * Yearly results per option as tidy CSV: one row per option, year and measure, columns
 * option_id, option_name, year, measure, value, unit. An empty value means "not defined"
 * (e.g. the estimated wait when there is no capacity). CRLF line ends per RFC 4180.
 */
export function writeCsv(opts: { result: AppraisalResult }): string {
	const { result } = opts;
	const lines = [CSV_HEADER.join(',')];
	for (const o of result.options) {
		const measures = o.fls ? [...MEASURES, ...FLS_MEASURES] : MEASURES;
		result.years.forEach((year, y) => {
			for (const m of measures) lines.push([field(o.id), field(o.name), String(year), m.measure, numberText(m.value(o, y)), field(m.unit)].join(','));
		});
	}
	return lines.join('\r\n') + '\r\n';
}
