import { CAPITAL_CATEGORIES, REVENUE_CATEGORIES } from '../../model/schema/costs';
import type { AppraisalResult } from '../../model/results';
import type { OptionRef } from './select';
import { CAPITAL_LABELS, REVENUE_LABELS } from '../../present/labels';

export interface CostCategory {
	/** 'capital.scanner', 'revenue.staff', ...: unique across capital and revenue. */
	key: string;
	kind: 'capital' | 'revenue';
	category: string;
	label: string;
	/** GBP per year, aligned with `years` (undiscounted, at the price base year). */
	values: number[];
}

export interface CostStackSeries extends OptionRef {
	years: number[];
	/** Capital categories first, then revenue, in the schema's order; all-zero categories left out. */
	categories: CostCategory[];
	capitalTotal: number[];
	revenueTotal: number[];
	priceBaseYear: number;
}

/** Keys in the schema's order, then any the engine reported that the schema list lacks. */
function orderedKeys(known: readonly string[], records: Record<string, number>[]): string[] {
	const keys = [...known];
	for (const record of records) for (const key of Object.keys(record)) if (!keys.includes(key)) keys.push(key);
	return keys;
}

/**
 * Capital and revenue by category by year for one option (the first option if the id is not
 * found). Returns null only if the result has no options.
 */
export function costStackSeries(result: AppraisalResult, optionId?: string): CostStackSeries | null {
	const optionIndex = Math.max(0, result.options.findIndex((o) => o.id === optionId));
	const option = result.options[optionIndex];
	if (!option) return null;
	const flows = option.cashFlows;
	const categories: CostCategory[] = [];
	const add = (kind: 'capital' | 'revenue', known: readonly string[], labels: Record<string, string>) => {
		for (const category of orderedKeys(known, flows.map((f) => f[kind]))) {
			const values = flows.map((f) => f[kind][category] ?? 0);
			if (values.every((v) => v === 0)) continue;
			categories.push({ key: `${kind}.${category}`, kind, category, label: labels[category] ?? category, values });
		}
	};
	add('capital', CAPITAL_CATEGORIES, CAPITAL_LABELS);
	add('revenue', REVENUE_CATEGORIES, REVENUE_LABELS);
	return {
		optionId: option.id,
		name: option.name,
		optionIndex,
		years: flows.map((f) => f.year),
		categories,
		capitalTotal: flows.map((f) => f.capitalTotal),
		revenueTotal: flows.map((f) => f.revenueTotal),
		priceBaseYear: result.priceBaseYear
	};
}
