import type { Scenario } from './schema/scenario';
import type { PathwayResult, PathwayYear } from './results';
import { indications, PATHWAY_YEAR_FIELDS, type PathwaySeries } from './pathway';

function sum(a: Float64Array, n: number): number {
	let t = 0;
	for (let i = 0; i < n; i++) t += a[i] as number;
	return t;
}

/** The option's pathway as results records (results.ts), copied from the series the kernel filled; totals are sums in year order. */
export function pathwayTable(s: Scenario, p: PathwaySeries): PathwayResult {
	const H = s.horizonYears;
	const r = p.byYear;
	const byYear: PathwayYear[] = new Array(H);
	for (let y = 0; y < H; y++) {
		const row = { yearIndex: y, year: s.startYear + y } as PathwayYear;
		for (const k of PATHWAY_YEAR_FIELDS) row[k] = r[k][y] as number;
		byYear[y] = row;
	}
	const names = indications(s).map((i) => ({ id: i.id, name: i.name }));
	if (p.streams > names.length) names.push({ id: 'fls', name: 'FLS referrals' });
	const list = names.map((n, k) => ({
		...n,
		scansByYear: Array.from(p.streamScans.subarray(k * H, k * H + H)),
		treatmentRecommendedByYear: Array.from(p.streamRecommended.subarray(k * H, k * H + H))
	}));
	const t = (a: Float64Array) => sum(a, H);
	return {
		vfaShare: p.mix.vfaShare,
		oneStopShare: p.mix.oneStopShare,
		byYear,
		indications: list,
		totals: {
			scanned: t(r.scanned),
			vfaScans: t(r.vfaScans),
			fracturesFound: t(r.fracturesFound),
			vfaTreatmentRecommended: t(r.vfaTreatmentRecommended),
			treatmentRecommended: t(r.treatmentRecommended),
			onwardReferrals: t(r.onwardReferrals),
			oneStopVisits: t(r.oneStopVisits),
			recallVisits: t(r.recallVisits),
			reports: t(r.reports),
			reportingHours: t(r.reportingHours),
			fracturesAverted: t(r.avertedHip) + t(r.avertedVertebral) + t(r.avertedOther)
		},
		pvCostsAvoidedGbp: p.pvCostsAvoidedGbp,
		pvDrugCostGbp: p.pvDrugCostGbp,
		discountedQalys: p.discountedQalys,
		countedInAppraisal: p.counted
	};
}
