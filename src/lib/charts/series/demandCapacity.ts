import type { AppraisalResult } from '../../model/results';
import { selectOptions, type OptionRef } from './select';

export interface YearValue {
	year: number;
	value: number;
}

export interface DemandCapacityOption extends OptionRef {
	/** Total scans demanded a year: `demand[y].total`. */
	demand: YearValue[];
	/** Scans the option can deliver a year: `capacity[y].capacity`. */
	capacity: YearValue[];
	/** Demand minus capacity, positive a shortfall: `capacity[y].gap`. */
	gap: YearValue[];
}

/** Options whose demand is identical share one demand line (an FLS adds referrals, so its demand differs). */
export interface DemandGroup {
	optionIds: string[];
	names: string[];
	demand: YearValue[];
}

export interface DemandCapacitySeries {
	years: number[];
	options: DemandCapacityOption[];
	demandGroups: DemandGroup[];
}

function sameSeries(a: YearValue[], b: YearValue[]): boolean {
	return a.length === b.length && a.every((p, i) => p.year === b[i]?.year && p.value === b[i]?.value);
}

/** Demand against capacity by year for each selected option. */
export function demandCapacitySeries(result: AppraisalResult, optionIds?: readonly string[]): DemandCapacitySeries {
	const options = selectOptions(result, optionIds).map(({ option, ref }) => ({
		...ref,
		demand: option.demand.map((d) => ({ year: d.year, value: d.total })),
		capacity: option.capacity.map((c) => ({ year: c.year, value: c.capacity })),
		gap: option.capacity.map((c) => ({ year: c.year, value: c.gap }))
	}));
	const demandGroups: DemandGroup[] = [];
	for (const o of options) {
		const group = demandGroups.find((g) => sameSeries(g.demand, o.demand));
		if (group) {
			group.optionIds.push(o.optionId);
			group.names.push(o.name);
		} else {
			demandGroups.push({ optionIds: [o.optionId], names: [o.name], demand: o.demand });
		}
	}
	return { years: [...result.years], options, demandGroups };
}
