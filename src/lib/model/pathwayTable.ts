import type { Scenario } from './schema/scenario';
import type { PathwayResult, PathwayYear } from './results';
import { indications, type PathwaySeries } from './pathway';
import { toArray } from './toArray';

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
	// Written out field by field (in PATHWAY_YEAR_FIELDS order), so every record is made in one step with one shape.
	for (let y = 0; y < H; y++)
		byYear[y] = {
			yearIndex: y,
			year: s.startYear + y,
			referred: r.referred[y] as number,
			scanned: r.scanned[y] as number,
			flsScans: r.flsScans[y] as number,
			vfaScans: r.vfaScans[y] as number,
			fracturesFound: r.fracturesFound[y] as number,
			fracturesFoundOutsideFls: r.fracturesFoundOutsideFls[y] as number,
			vfaTreatmentRecommended: r.vfaTreatmentRecommended[y] as number,
			vfaExtraTreated: r.vfaExtraTreated[y] as number,
			recommendedOutsideFls: r.recommendedOutsideFls[y] as number,
			recommendedFls: r.recommendedFls[y] as number,
			treatmentRecommended: r.treatmentRecommended[y] as number,
			onwardReferrals: r.onwardReferrals[y] as number,
			onwardReferralCostGbp: r.onwardReferralCostGbp[y] as number,
			oneStopVisits: r.oneStopVisits[y] as number,
			recallVisits: r.recallVisits[y] as number,
			reports: r.reports[y] as number,
			reportingHours: r.reportingHours[y] as number,
			avertedHip: r.avertedHip[y] as number,
			avertedVertebral: r.avertedVertebral[y] as number,
			avertedOther: r.avertedOther[y] as number,
			costsAvoidedGbp: r.costsAvoidedGbp[y] as number,
			qalysGained: r.qalysGained[y] as number,
			drugCostGbp: r.drugCostGbp[y] as number
		};
	const names = indications(s).map((i) => ({ id: i.id, name: i.name }));
	if (p.streams > names.length) names.push({ id: 'fls', name: 'FLS referrals' });
	const list = names.map((n, k) => ({
		...n,
		scansByYear: toArray(p.streamScans, k * H, H),
		treatmentRecommendedByYear: toArray(p.streamRecommended, k * H, H)
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
