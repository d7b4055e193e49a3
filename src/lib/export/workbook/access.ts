import type { AppraisalResult, Scenario } from '../../model';
import { effectiveService } from '../../model/effective';
import { SheetBuilder, type CellSpec } from './sheet';

export const ACCESS_SHEET = 'Patient access';

/** References the journeys read: the option at position i's scans delivered in year y (Demand and capacity) and locality li's share of them (Catchment). */
export interface AccessRefs {
	delivered: (i: number, y: number) => string;
	share: (i: number, li: number, y: number) => string;
}

/**
 * Patient access by option and locality over the horizon (issue #11, patientAccess.ts): return
 * journeys = the sum over years of scans delivered x the locality's share of the option's new
 * referrals; miles and hours = the same journeys x the year's return miles (minutes / 60), today's
 * journey for the patients the option's travel change does not move and the new one for those it
 * does, from the change's start year; cost = miles x cost per mile + hours x value of an hour
 * (Inputs sheet); the shares within 30 and 60 minutes one way = journeys whose one-way time
 * (return minutes / 2) is within the limit / journeys. With `refs` these are all formulas.
 */
export function buildAccessSheet(opts: { scenario: Scenario; result: AppraisalResult; refOf: Map<string, string>; refs?: AccessRefs }): { sheet: SheetBuilder; about: string } {
	const { scenario: s, result, refOf, refs } = opts;
	const t = s.costs.patientTravel;
	const perMile = refOf.get('costs.patientTravel.costPerMileGbp');
	const perHour = refOf.get('costs.patientTravel.valueOfTimePerHourGbp');
	const sh = new SheetBuilder(ACCESS_SHEET);
	sh.set(0, 0, 'Patient access: journeys to the scans each option delivers, by locality, over the horizon');
	sh.set(1, 0, `One return journey for each scan delivered (patients still waiting do not travel). Cost = miles x cost per mile + hours x value of an hour (Inputs sheet). ${t.include ? 'The cost is in each option\'s cash flows (societal perspective).' : 'The scenario leaves patient travel out of the cash flows, so the cost here is for information.'}`);
	sh.row(3, 0, ['Option', 'Locality', 'Return journeys', 'Return miles', 'Return hours', 'Cost (GBP)', 'Within 30 minutes', 'Within 60 minutes']);
	let row = 4;
	result.options.forEach((o, i) => {
		const first = row;
		const oi = s.options.findIndex((x) => x.id === o.id);
		const option = s.options[oi];
		const travelFrom = option ? effectiveService(s, option).travelFrom : [];
		/** Locality li's return miles or minutes a journey in year y: today's, or the mix once the option's travel change has started. */
		const per = (li: number, field: 'returnTravelMiles' | 'travelMinutes', y: number): string => {
			const l = s.catchment.localities[li];
			const today = refOf.get(`catchment.localities[${li}].${field}`) ?? String(l?.[field] ?? 0);
			const ti = option?.travel.findIndex((c) => c.localityId === l?.id) ?? -1;
			const change = ti >= 0 ? option?.travel[ti] : undefined;
			if (!change || y < (travelFrom[ti] ?? 0)) return today;
			const moved = `MIN(1,MAX(0,${refOf.get(`options[${oi}].travel[${ti}].shareOfPatients`) ?? String(change.shareOfPatients)}))`;
			return `((1-${moved})*${today}+${moved}*${refOf.get(`options[${oi}].travel[${ti}].${field}`) ?? String(change[field])})`;
		};
		/**
		 * The share of locality li's journeys in year y within `limit` minutes one way, as
		 * optionAccess.ts counts it: 1 or 0 for today's journey, and once the option's change has
		 * started (1 - moved) x today's + moved x the new journey's.
		 */
		const within = (li: number, y: number, limit: number): string => {
			const l = s.catchment.localities[li];
			const one = (minutes: string) => `IF(${minutes}/2<=${limit}.000000001,1,0)`;
			const today = one(refOf.get(`catchment.localities[${li}].travelMinutes`) ?? String(l?.travelMinutes ?? 0));
			const ti = option?.travel.findIndex((c) => c.localityId === l?.id) ?? -1;
			const change = ti >= 0 ? option?.travel[ti] : undefined;
			if (!change || y < (travelFrom[ti] ?? 0)) return today;
			const moved = `MIN(1,MAX(0,${refOf.get(`options[${oi}].travel[${ti}].shareOfPatients`) ?? String(change.shareOfPatients)}))`;
			return `((1-${moved})*${today}+${moved}*${one(refOf.get(`options[${oi}].travel[${ti}].travelMinutes`) ?? String(change.travelMinutes))})`;
		};
		const years = Array.from({ length: result.horizonYears }, (_, y) => y);
		/** The sum over years of journeys (delivered x share), each times `factor`. */
		const overYears = (li: number, factor: (y: number) => string) => (refs ? years.map((y) => `MAX(0,${refs.delivered(i, y)}*${refs.share(i, li, y)})${factor(y)}`).join('+') || '0' : undefined);
		const rows = [...o.access.byLocality.map((l, li) => ({ name: l.name, f: l, li })), { name: 'All localities', f: o.access.totals, li: -1 }];
		rows.forEach(({ name, f, li }, k) => {
			const R = row + 1;
			const total = k === rows.length - 1;
			const cost = perMile && perHour ? `D${R}*${perMile}+E${R}*${perHour}` : `D${R}*${t.costPerMileGbp}+E${R}*${t.valueOfTimePerHourGbp}`;
			const sum = (c: string) => `SUM(${c}${first + 1}:${c}${row})`;
			/** Journeys within the limit / journeys: a locality's from its years, all localities' weighted by their journeys. */
			const withinCell = (n: number, c: string, R: number, li: number, limit: number): CellSpec => {
				if (!refs) return { n, fmt: 'pct' };
				const journeys = total ? `SUMPRODUCT(${c}${first + 1}:${c}${row},C${first + 1}:C${row})` : (overYears(li, (y) => `*${within(li, y, limit)}`) as string);
				return { n, f: `IF(C${R}>0,(${journeys})/C${R},0)`, fmt: 'pct' };
			};
			const cell = (n: number, c: string, f: string | undefined): CellSpec => (total ? { n, f: sum(c), fmt: 'count' } : f ? { n, f, fmt: 'count' } : { n, fmt: 'count' });
			sh.row(row, 0, [
				o.name,
				name,
				cell(f.journeys, 'C', overYears(li, () => '')),
				cell(f.returnMiles, 'D', overYears(li, (y) => `*${per(li, 'returnTravelMiles', y)}`)),
				cell(f.returnHours, 'E', overYears(li, (y) => `*${per(li, 'travelMinutes', y)}/60`)),
				{ n: f.costGbp, f: cost, fmt: 'gbp' },
				withinCell(f.within30Share, 'G', R, li, 30),
				withinCell(f.within60Share, 'H', R, li, 60)
			]);
			row++;
		});
		row++;
	});
	sh.setWidths([30, 24, 16, 14, 14, 16, 16, 16]);
	sh.freezeRows = 4;
	return { sheet: sh, about: 'Patient access by option and locality: return journeys to scans delivered, miles, hours, travel cost and the shares within 30 and 60 minutes.' };
}
