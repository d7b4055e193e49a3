import type { AppraisalResult } from '../../model';
import { SheetBuilder } from './sheet';

export const DEMAND_SHEET = 'Demand and capacity';

/**
 * Demand and capacity by option and year (engine figures), with total demand, the capacity gap
 * and utilisation as formulas. Year-end waiting list and estimated wait come from the monthly
 * waiting-list simulation (month 12 of each year).
 */
export function buildDemandSheet(result: AppraisalResult): SheetBuilder {
	const sh = new SheetBuilder(DEMAND_SHEET);
	sh.set(0, 0, 'Demand and capacity by option and year');
	sh.set(1, 0, 'Scans a year. Gap = demand - capacity (positive is a shortfall). Utilisation = delivered / capacity.');
	sh.row(3, 0, [
		'Option',
		'Year',
		'Population',
		'Aged 50+',
		'New referrals',
		'FLS referrals',
		'Monitoring scans',
		'Total demand',
		'Scans with VFA',
		'Capacity',
		'of which outsourced',
		'Delivered',
		'Capacity gap',
		'Utilisation',
		'Waiting list at year end',
		'Estimated wait at year end (weeks)',
		'Seen within standard'
	]);
	let row = 4;
	for (const o of result.options) {
		o.demand.forEach((d, y) => {
			const c = o.capacity[y];
			const R = row + 1;
			const month = o.waitingList.months[y * 12 + 11];
			const wait = month?.estimatedWaitWeeks;
			sh.row(row, 0, [
				o.name,
				{ n: d.year, fmt: 'year' },
				{ n: d.population, fmt: 'count' },
				{ n: d.population50Plus, fmt: 'count' },
				{ n: d.newReferrals, fmt: 'count' },
				{ n: d.flsReferrals, fmt: 'count' },
				{ n: d.monitoring, fmt: 'count' },
				{ n: d.total, f: `SUM(E${R}:G${R})`, fmt: 'count' },
				{ n: d.vfaScans, fmt: 'count' },
				{ n: c?.capacity ?? 0, fmt: 'count' },
				{ n: c?.outsourced ?? 0, fmt: 'count' },
				{ n: c?.delivered ?? 0, fmt: 'count' },
				{ n: c?.gap ?? 0, f: `H${R}-J${R}`, fmt: 'count' },
				{ n: c?.utilisation ?? 0, f: `IF(J${R}>0,L${R}/J${R},0)`, fmt: 'pct' },
				{ n: month?.listSize ?? 0, fmt: 'count' },
				wait === null || wait === undefined ? 'no capacity' : { n: wait, fmt: 'count1' },
				{ n: o.waitingList.withinStandardShareByYear[y] ?? 0, fmt: 'pct' }
			]);
			row++;
		});
		row++;
	}
	sh.setWidths([28, 8, 12, 11, 13, 12, 14, 13, 13, 11, 13, 11, 13, 12, 15, 18, 15]);
	sh.freezeRows = 4;
	sh.freezeCols = 2;
	return sh;
}
