import type { Scenario } from './schema/scenario';
import type { DemandSeries } from './demand';
import { MAX_BACK_YEARS } from './demand';
import type { DiscountSeries } from './discount';
import { roleCost, wteBase, wteFunded } from './staffing';
import { ownBuffers, type Alloc } from './slab';
import { RISK_YEARS, addFracturesAverted, fractureCostsAvoided, fractureQalysGained } from './fracturesAverted';

/**
 * Extra patients on treatment at 12 months because of the FLS, per fragility fracture:
 * (identified x assessed x recommended x started - usual-care treated) x adherent, floored at 0.
 * With RCP defaults: (0.8 x 0.9 x 0.5 x 0.8 - 0.193) x 0.8 = (0.288 - 0.193) x 0.8 = 0.076.
 */
export function extraTreatedPerFracture(f: Scenario['fls']): number {
	const started = f.identifiedShare * f.assessedShare * f.recommendedShare * f.startedShare;
	return Math.max(0, started - f.usualCareTreatedShare) * f.adherentShare;
}

/** The FLS's figures by year (the fields of a results FlsYear). */
export interface FlsYearSeries {
	cohort: Float64Array;
	identified: Float64Array;
	assessed: Float64Array;
	recommended: Float64Array;
	started: Float64Array;
	adherent: Float64Array;
	extraTreated: Float64Array;
	dxaScans: Float64Array;
	/** Share of the year's demand the DXA service scans: min(1, scans delivered / demand), 1 with no demand. */
	scannedShare: Float64Array;
	/** Share of the year's scans seen after waiting beyond the standard (1 - the share seen within it). */
	beyondStandardShare: Float64Array;
	/** FLS patients scanned: dxaScans x scanned share. */
	dxaScanned: Float64Array;
	/** FLS patients lost to follow-up: scanned x beyond-standard share x the share lost when the wait exceeds the standard. */
	lostToFollowUp: Float64Array;
	/** Share of identified patients whose pathway reaches a treatment decision (1 when the service scans everyone in time). */
	reachedShare: Float64Array;
	avertedHip: Float64Array;
	avertedVertebral: Float64Array;
	avertedOther: Float64Array;
	bedDaysAvoided: Float64Array;
	deathsAvoided: Float64Array;
	qalysGained: Float64Array;
	costsAvoidedGbp: Float64Array;
	coordinatorWte: Float64Array;
	coordinatorCostGbp: Float64Array;
	flsCostGbp: Float64Array;
}

/** Totals over the horizon (the fields of a results FlsResult's totals). */
export interface FlsTotals {
	avertedHip: number;
	avertedVertebral: number;
	avertedOther: number;
	bedDaysAvoided: number;
	deathsAvoided: number;
	qalysGained: number;
	costsAvoidedGbp: number;
	flsCostGbp: number;
	dxaScans: number;
	dxaScanned: number;
	lostToFollowUp: number;
}

/**
 * The option's fracture liaison service outcomes and costs, worked out per option after its
 * waiting list: the FLS's patients who need a scan are scanned only as far as the option's DXA
 * service scans its demand, and some of those whose scan waits beyond the standard are lost.
 */
export interface FlsSeries {
	/** Whether the option being computed has an FLS (the rest is then filled). */
	active: boolean;
	byYear: FlsYearSeries;
	totals: FlsTotals;
	pvCostsAvoidedGbp: number;
	pvFlsCostGbp: number;
	discountedQalys: number;
	/** PV of costs avoided per pound of PV FLS cost; NaN when there is no meaningful return. */
	returnPerPound: number;
	/** Work space: the refracture risk in each year after the index fracture (fracturesAverted.ts fillRefractureRisk). */
	risk: Float64Array;
}

export function newFlsSeries(years: number, m: Alloc = ownBuffers()): FlsSeries {
	const y = () => m.f64(years);
	return {
		active: false,
		byYear: { cohort: y(), identified: y(), assessed: y(), recommended: y(), started: y(), adherent: y(), extraTreated: y(), dxaScans: y(), scannedShare: y(), beyondStandardShare: y(), dxaScanned: y(), lostToFollowUp: y(), reachedShare: y(), avertedHip: y(), avertedVertebral: y(), avertedOther: y(), bedDaysAvoided: y(), deathsAvoided: y(), qalysGained: y(), costsAvoidedGbp: y(), coordinatorWte: y(), coordinatorCostGbp: y(), flsCostGbp: y() },
		totals: { avertedHip: 0, avertedVertebral: 0, avertedOther: 0, bedDaysAvoided: 0, deathsAvoided: 0, qalysGained: 0, costsAvoidedGbp: 0, flsCostGbp: 0, dxaScans: 0, dxaScanned: 0, lostToFollowUp: 0 },
		pvCostsAvoidedGbp: 0,
		pvFlsCostGbp: 0,
		discountedQalys: 0,
		returnPerPound: NaN,
		risk: m.f64(RISK_YEARS)
	};
}

function sum(a: Float64Array, n: number): number {
	let t = 0;
	for (let i = 0; i < n; i++) t += a[i] as number;
	return t;
}

/**
 * What the option's DXA service gives the FLS's patients, by year (the kernel passes the option's
 * demand, its scans delivered and the waiting list's share seen within the standard).
 */
export interface FlsScanService {
	demand: ArrayLike<number>;
	delivered: ArrayLike<number>;
	withinStandardShare: ArrayLike<number>;
}

/**
 * Share of the FLS's identified patients whose pathway reaches a treatment decision in a year:
 * those who need no scan (1 - DXA share), and of those who do, the scanned (the service's scanned
 * share of its demand) less those lost because their scan waited beyond the standard:
 *   reached = (1 - d) + d x scanned x (1 - lost share x beyond-standard share).
 * Example (test/model/flsCapacity.test.ts): d 0.7, half the demand scanned, 10/13 of scans beyond
 * the standard, 20% of those lost: 0.3 + 0.7 x 0.5 x (1 - 0.2 x 10/13) = 0.596154.
 */
export function reachedShare(dxaShare: number, scanned: number, beyond: number, lostShare: number): number {
	return 1 - dxaShare + dxaShare * scanned * (1 - lostShare * beyond);
}

/**
 * FLS outcomes and costs by year. The funnel: identified = cohort x identified share x the year's
 * coverage (phasing: 0 before a new FLS starts, then its ramp's share of the full caseload); those
 * needing a scan (dxaScans) are scanned in the share the option's DXA service scans its demand,
 * min(1, delivered / demand), and of the scanned, those seen beyond the waiting-time standard lose
 * the stated share to follow-up (`service` null: everyone is scanned in time). The identified
 * patients reached (reachedShare) go on to be assessed, recommended and started in turn, and the
 * extra treated are the cohort x coverage x extra treated per fracture x the share reached: an unreached
 * patient gets usual care, as without the FLS. The coordinator's funded WTE = identified / caseload
 * per WTE with the leave allowance (the coordinator works every identified patient). Each year's
 * cohort averts refractures in the following `effectYears` years (the index year counts as year 1):
 * extra treated x annual risk x site share x relative risk reduction; drug costs run for the same
 * years (fracturesAverted.ts, shared with the pathway). Counted only inside the horizon. Other FLS costs run from the year the FLS starts. Bed-days, deaths, QALYs and costs avoided follow from
 * the fractures averted at each site.
 */
/**
 * When the option's FLS runs (phasing): the year index it starts (its other costs run from then)
 * and the share of its full caseload reached in each year (null: all of it, every year); the
 * kernel passes the effective service, which has both (effective.ts).
 */
export interface FlsPhase {
	flsFrom: number;
	flsCoverage: ArrayLike<number> | null;
}

/**
 * `summaryOnly` (kernel.ts, need 'summary'): fill only what the summary, the staffing and the cost
 * ledger read (the funnel and costs by year, the fractures averted and their totals, the present
 * value of costs avoided and the discounted QALYs), each worked out as for the tables; bed-days,
 * deaths, the other totals, the PV of the FLS's cost and its return per pound are left alone.
 */
export function fillFls(s: Scenario, demand: DemandSeries, discount: DiscountSeries, service: FlsScanService | null, out: FlsSeries, phase: FlsPhase = { flsFrom: 0, flsCoverage: null }, summaryOnly = false): void {
	const f = s.fls;
	const H = s.horizonYears;
	const r = out.byYear;
	let coordinator: Scenario['staffing']['roles'][number] | undefined;
	for (const x of s.staffing.roles)
		if (x.id === f.coordinatorRoleId) {
			coordinator = x;
			break;
		}
	const extraPerFracture = extraTreatedPerFracture(f);
	for (let y = 0; y < H; y++) {
		const cohort = demand.flsCohort[y + MAX_BACK_YEARS] as number;
		// The FLS works the share of the cohort its coverage reaches this year (phasing).
		const coverage = phase.flsCoverage ? (phase.flsCoverage[y] as number) : 1;
		const identified = cohort * f.identifiedShare * coverage;
		const yearDemand = service ? (service.demand[y] as number) : 0;
		const scanned = service && yearDemand > 0 ? Math.min(1, (service.delivered[y] as number) / yearDemand) : 1;
		const beyond = service ? Math.min(1, Math.max(0, 1 - (service.withinStandardShare[y] as number))) : 0;
		const reached = reachedShare(f.dxaShareOfIdentified, scanned, beyond, f.lostWhenWaitBeyondStandardShare);
		const needScan = identified * f.dxaShareOfIdentified;
		const assessed = identified * reached * f.assessedShare;
		const recommended = assessed * f.recommendedShare;
		const started = recommended * f.startedShare;
		const baseWte = identified / f.caseloadPerCoordinatorWte;
		const fundedWte = wteFunded(wteBase(baseWte * s.staffing.hoursPerWte, s.staffing.hoursPerWte), s.staffing.leaveAllowance);
		const coordinatorCost = coordinator ? roleCost(fundedWte, coordinator, s.staffing.onCostRate) : 0;
		r.cohort[y] = cohort;
		r.identified[y] = identified;
		r.assessed[y] = assessed;
		r.recommended[y] = recommended;
		r.started[y] = started;
		r.adherent[y] = started * f.adherentShare;
		r.extraTreated[y] = cohort * coverage * extraPerFracture * reached;
		r.dxaScans[y] = needScan;
		r.scannedShare[y] = scanned;
		r.beyondStandardShare[y] = beyond;
		r.dxaScanned[y] = needScan * scanned;
		r.lostToFollowUp[y] = needScan * scanned * beyond * f.lostWhenWaitBeyondStandardShare;
		r.reachedShare[y] = reached;
		r.coordinatorWte[y] = fundedWte;
		r.coordinatorCostGbp[y] = coordinatorCost;
		r.flsCostGbp[y] = coordinatorCost + (y >= phase.flsFrom ? f.otherCostsPerYearGbp : 0);
	}
	// Each year's cohort averts fractures, and takes drugs, in the years its treatment covers.
	addFracturesAverted(f, r.extraTreated, H, out.risk, r.avertedHip, r.avertedVertebral, r.avertedOther, r.flsCostGbp);
	for (let y = 0; y < H; y++) {
		const hip = r.avertedHip[y] as number;
		const vertebral = r.avertedVertebral[y] as number;
		const other = r.avertedOther[y] as number;
		if (!summaryOnly) {
			r.bedDaysAvoided[y] = hip * f.hipBedDays + vertebral * f.vertebralBedDays + other * f.otherBedDays;
			r.deathsAvoided[y] = hip * f.hipMortality;
		}
		r.qalysGained[y] = fractureQalysGained(f, hip, vertebral, other);
		r.costsAvoidedGbp[y] = fractureCostsAvoided(f, hip, vertebral, other);
	}
	// Totals and present values, each summed in year order from 0.
	const t = out.totals;
	t.avertedHip = sum(r.avertedHip, H);
	t.avertedVertebral = sum(r.avertedVertebral, H);
	t.avertedOther = sum(r.avertedOther, H);
	let pvAvoided = 0;
	let qalys = 0;
	for (let y = 0; y < H; y++) {
		pvAvoided += (r.costsAvoidedGbp[y] as number) * (discount.factor[y] as number);
		qalys += (r.qalysGained[y] as number) * (discount.health[y] as number);
	}
	out.pvCostsAvoidedGbp = pvAvoided;
	out.discountedQalys = qalys;
	out.active = true;
	if (summaryOnly) return;
	t.bedDaysAvoided = sum(r.bedDaysAvoided, H);
	t.deathsAvoided = sum(r.deathsAvoided, H);
	t.qalysGained = sum(r.qalysGained, H);
	t.costsAvoidedGbp = sum(r.costsAvoidedGbp, H);
	t.flsCostGbp = sum(r.flsCostGbp, H);
	t.dxaScans = sum(r.dxaScans, H);
	t.dxaScanned = sum(r.dxaScanned, H);
	t.lostToFollowUp = sum(r.lostToFollowUp, H);
	let pvCost = 0;
	for (let y = 0; y < H; y++) pvCost += (r.flsCostGbp[y] as number) * (discount.factor[y] as number);
	out.pvFlsCostGbp = pvCost;
	// A vanishing FLS cost (e.g. 1e-320) would overflow the ratio to Infinity: no meaningful return then.
	out.returnPerPound = pvCost > 0 && Number.isFinite(pvAvoided / pvCost) ? pvAvoided / pvCost : NaN;
}
