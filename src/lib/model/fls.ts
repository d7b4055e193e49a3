import type { Scenario } from './schema/scenario';
import type { FlsResult, FlsYear } from './results';
import { flsCohort, PopulationTerms } from './demand';
import { discountFactor, healthDiscountFactor } from './discount';
import { roleCost, wteFromHours } from './staffing';

/**
 * Refracture risk in each year after the index fracture, from cumulative risks at 1, 2 and 5
 * years (ROS: 10%, 18%, 31%): year 1 = r1, year 2 = r2 - r1, years 3-5 = (r5 - r2) / 3 each.
 */
export function annualRefractureRisk(f: Pick<Scenario['fls'], 'refractureRisk1y' | 'refractureRisk2y' | 'refractureRisk5y'>): number[] {
	const late = (f.refractureRisk5y - f.refractureRisk2y) / 3;
	return [f.refractureRisk1y, f.refractureRisk2y - f.refractureRisk1y, late, late, late];
}

/**
 * Extra patients on treatment at 12 months because of the FLS, per fragility fracture:
 * (identified x assessed x recommended x started - usual-care treated) x adherent, floored at 0.
 * With RCP defaults: (0.8 x 0.9 x 0.5 x 0.8 - 0.193) x 0.8 = (0.288 - 0.193) x 0.8 = 0.076.
 */
export function extraTreatedPerFracture(f: Scenario['fls']): number {
	const started = f.identifiedShare * f.assessedShare * f.recommendedShare * f.startedShare;
	return Math.max(0, started - f.usualCareTreatedShare) * f.adherentShare;
}

/**
 * FLS outcomes and costs by year. Each year's cohort averts refractures in the following
 * `effectYears` years (the index year counts as year 1): extra treated x annual risk x site share x
 * relative risk reduction. Drug costs run for the same years. Counted only inside the horizon.
 */
export function flsResult(s: Scenario, cache: PopulationTerms = new PopulationTerms()): FlsResult {
	const f = s.fls;
	const H = s.horizonYears;
	const risk = annualRefractureRisk(f).slice(0, f.effectYears);
	const otherShare = Math.max(0, 1 - f.hipShare - f.vertebralShare);
	const coordinator = s.staffing.roles.find((r) => r.id === f.coordinatorRoleId);
	const rows: FlsYear[] = [];
	for (let y = 0; y < H; y++) {
		const cohort = flsCohort(s, y, cache);
		const identified = cohort * f.identifiedShare;
		const assessed = identified * f.assessedShare;
		const recommended = assessed * f.recommendedShare;
		const started = recommended * f.startedShare;
		const baseWte = identified / f.caseloadPerCoordinatorWte;
		const { fundedWte } = wteFromHours(baseWte * s.staffing.hoursPerWte, s.staffing.hoursPerWte, s.staffing.leaveAllowance);
		const coordinatorCostGbp = coordinator ? roleCost(fundedWte, coordinator, s.staffing.onCostRate) : 0;
		rows.push({
			yearIndex: y,
			cohort,
			identified,
			assessed,
			recommended,
			started,
			adherent: started * f.adherentShare,
			extraTreated: cohort * extraTreatedPerFracture(f),
			dxaScans: identified * f.dxaShareOfIdentified,
			avertedHip: 0,
			avertedVertebral: 0,
			avertedOther: 0,
			bedDaysAvoided: 0,
			deathsAvoided: 0,
			qalysGained: 0,
			costsAvoidedGbp: 0,
			coordinatorWte: fundedWte,
			coordinatorCostGbp,
			flsCostGbp: coordinatorCostGbp + f.otherCostsPerYearGbp
		});
	}
	for (let y = 0; y < H; y++) {
		const extra = (rows[y] as FlsYear).extraTreated;
		risk.forEach((r, k) => {
			const row = rows[y + k];
			if (!row) return;
			row.avertedHip += extra * r * f.hipShare * f.rrrHip;
			row.avertedVertebral += extra * r * f.vertebralShare * f.rrrVertebral;
			row.avertedOther += extra * r * otherShare * f.rrrOther;
			row.flsCostGbp += extra * f.drugCostPerTreatedPerYearGbp;
		});
	}
	for (const row of rows) {
		row.bedDaysAvoided = row.avertedHip * f.hipBedDays + row.avertedVertebral * f.vertebralBedDays + row.avertedOther * f.otherBedDays;
		row.deathsAvoided = row.avertedHip * f.hipMortality;
		row.qalysGained = row.avertedHip * f.hipQalyLoss + row.avertedVertebral * f.vertebralQalyLoss + row.avertedOther * f.otherQalyLoss;
		row.costsAvoidedGbp = row.avertedHip * f.hipFractureCostGbp + row.avertedVertebral * f.vertebralFractureCostGbp + row.avertedOther * f.otherFractureCostGbp;
	}
	// Each total summed in year order from 0, as a reduce over the rows would (a loop per field:
	// this runs once per Monte Carlo iteration).
	const sum = (pick: (r: FlsYear) => number) => {
		let t = 0;
		for (const r of rows) t += pick(r);
		return t;
	};
	const { discountRate: r, discountRateLong: rl, healthDiscountRate: h } = s.appraisal;
	const pvCostsAvoidedGbp = rows.reduce((t, row) => t + row.costsAvoidedGbp * discountFactor(row.yearIndex, r, rl), 0);
	const pvFlsCostGbp = rows.reduce((t, row) => t + row.flsCostGbp * discountFactor(row.yearIndex, r, rl), 0);
	return {
		byYear: rows,
		totals: {
			avertedHip: sum((r) => r.avertedHip),
			avertedVertebral: sum((r) => r.avertedVertebral),
			avertedOther: sum((r) => r.avertedOther),
			bedDaysAvoided: sum((r) => r.bedDaysAvoided),
			deathsAvoided: sum((r) => r.deathsAvoided),
			qalysGained: sum((r) => r.qalysGained),
			costsAvoidedGbp: sum((r) => r.costsAvoidedGbp),
			flsCostGbp: sum((r) => r.flsCostGbp),
			dxaScans: sum((r) => r.dxaScans)
		},
		pvCostsAvoidedGbp,
		pvFlsCostGbp,
		discountedQalys: rows.reduce((t, row) => t + row.qalysGained * healthDiscountFactor(row.yearIndex, h), 0),
		// A vanishing FLS cost (e.g. 1e-320) would overflow the ratio to Infinity: no meaningful return then.
		returnPerPound: pvFlsCostGbp > 0 && Number.isFinite(pvCostsAvoidedGbp / pvFlsCostGbp) ? pvCostsAvoidedGbp / pvFlsCostGbp : null
	};
}
