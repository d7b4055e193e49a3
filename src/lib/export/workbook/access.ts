import type { AppraisalResult, Scenario } from '../../model';
import { SheetBuilder } from './sheet';

export const ACCESS_SHEET = 'Patient access';

/**
 * Patient access by option and locality over the horizon (issue #11): return journeys to scans
 * delivered, miles and hours from the engine; cost as a formula on the Inputs sheet's cost per
 * mile and value of an hour; the shares within 30 and 60 minutes one way from the engine.
 */
export function buildAccessSheet(opts: { scenario: Scenario; result: AppraisalResult; refOf: Map<string, string> }): { sheet: SheetBuilder; about: string } {
	const { scenario: s, result, refOf } = opts;
	const t = s.costs.patientTravel;
	const perMile = refOf.get('costs.patientTravel.costPerMileGbp');
	const perHour = refOf.get('costs.patientTravel.valueOfTimePerHourGbp');
	const sh = new SheetBuilder(ACCESS_SHEET);
	sh.set(0, 0, 'Patient access: journeys to the scans each option delivers, by locality, over the horizon');
	sh.set(1, 0, `One return journey for each scan delivered (patients still waiting do not travel). Cost = miles x cost per mile + hours x value of an hour (Inputs sheet). ${t.include ? 'The cost is in each option\'s cash flows (societal perspective).' : 'The scenario leaves patient travel out of the cash flows, so the cost here is for information.'}`);
	sh.row(3, 0, ['Option', 'Locality', 'Return journeys', 'Return miles', 'Return hours', 'Cost (GBP)', 'Within 30 minutes', 'Within 60 minutes']);
	let row = 4;
	for (const o of result.options) {
		const first = row;
		const rows = [...o.access.byLocality.map((l) => ({ name: l.name, f: l })), { name: 'All localities', f: o.access.totals }];
		rows.forEach(({ name, f }, k) => {
			const R = row + 1;
			const total = k === rows.length - 1;
			const cost = perMile && perHour ? `D${R}*${perMile}+E${R}*${perHour}` : `D${R}*${t.costPerMileGbp}+E${R}*${t.valueOfTimePerHourGbp}`;
			const sum = (c: string) => `SUM(${c}${first + 1}:${c}${row})`;
			sh.row(row, 0, [
				o.name,
				name,
				total ? { n: f.journeys, f: sum('C'), fmt: 'count' } : { n: f.journeys, fmt: 'count' },
				total ? { n: f.returnMiles, f: sum('D'), fmt: 'count' } : { n: f.returnMiles, fmt: 'count' },
				total ? { n: f.returnHours, f: sum('E'), fmt: 'count' } : { n: f.returnHours, fmt: 'count' },
				{ n: f.costGbp, f: cost, fmt: 'gbp' },
				{ n: f.within30Share, fmt: 'pct' },
				{ n: f.within60Share, fmt: 'pct' }
			]);
			row++;
		});
		row++;
	}
	sh.setWidths([30, 24, 16, 14, 14, 16, 16, 16]);
	sh.freezeRows = 4;
	return { sheet: sh, about: 'Patient access by option and locality: return journeys to scans delivered, miles, hours, travel cost and the shares within 30 and 60 minutes.' };
}
