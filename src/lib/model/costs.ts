import type { Scenario } from './schema/scenario';
import { CAPITAL_CATEGORIES, REVENUE_CATEGORIES, type CapitalCategory, type RevenueCategory } from './schema/costs';
import type { EffectiveService, EffectiveScanner } from './effective';
import type { CashFlowYear, FlsResult } from './results';
import { purchases, lastPurchaseYear, residualValue, type PurchaseEvent } from './assets';
import { discountFactor } from './discount';
import { newReferrals, type PopulationTerms } from './demand';

export interface CostInputs {
	scanners: { scanner: EffectiveScanner; events: PurchaseEvent[] }[];
	/** Scans delivered by year (consumables). */
	delivered: readonly number[];
	/** Outsourced scans by year. */
	outsourced: readonly number[];
	/** Staff cost by year (all roles, incl. the FLS coordinator). */
	staffCost: readonly number[];
	/** Demand by year (patient travel). */
	demand: readonly number[];
	fls: FlsResult | null;
	/** Each locality's share of new referrals by year (travelShares), when already worked out for another option. */
	travelShares?: readonly (readonly number[])[];
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
	const o = {} as Record<K, number>;
	for (const k of keys) o[k] = 0;
	return o;
}

// Each year's records start as copies of these (a spread of a fixed shape is far cheaper than
// building the keys one by one, for every year of every option of every Monte Carlo iteration).
const CAPITAL_ZERO = zeroes<CapitalCategory>(CAPITAL_CATEGORIES);
const REVENUE_ZERO = zeroes<RevenueCategory>(REVENUE_CATEGORIES);

/** Sum in category order (the order the records were built in, so the same sum as Object.values). */
function sumInOrder<K extends string>(r: Record<K, number>, keys: readonly K[]): number {
	let t = 0;
	for (const k of keys) t += r[k];
	return t;
}

/**
 * Each locality's share of new referrals in each year: newReferrals(locality) / newReferrals(all);
 * all zeroes in a year with no referrals. It does not depend on the option.
 */
export function travelShares(s: Scenario, cache: PopulationTerms = new Map()): number[][] {
	return Array.from({ length: s.horizonYears }, (_, y) => {
		const all = newReferrals(s, y, undefined, cache);
		return s.catchment.localities.map((l) => (all <= 0 ? 0 : newReferrals(s, y, l.id, cache) / all));
	});
}

/**
 * Patient travel cost a year (societal perspective): for each locality, its share of demand x
 * (return miles x cost per mile + minutes / 60 x value of time), using the option's journey for
 * the share of patients it moves.
 */
export function patientTravelCost(s: Scenario, svc: EffectiveService, yearIndex: number, demand: number, shares?: readonly number[]): number {
	const t = s.costs.patientTravel;
	const all = shares ? 1 : newReferrals(s, yearIndex);
	if (all <= 0) return 0;
	let total = 0;
	const localities = s.catchment.localities;
	for (let i = 0; i < localities.length; i++) {
		const l = localities[i] as (typeof localities)[number];
		const share = shares ? (shares[i] as number) : newReferrals(s, yearIndex, l.id) / all;
		const change = svc.option.travel.find((c) => c.localityId === l.id);
		const base = journeyCost(t, l.returnTravelMiles, l.travelMinutes);
		const cost = change ? (1 - change.shareOfPatients) * base + change.shareOfPatients * journeyCost(t, change.returnTravelMiles, change.travelMinutes) : base;
		total += demand * share * cost;
	}
	return total;
}

/** One patient's return journey: miles x cost per mile + minutes / 60 x value of an hour. */
function journeyCost(t: Scenario['costs']['patientTravel'], miles: number, minutes: number): number {
	return miles * t.costPerMileGbp + (minutes / 60) * t.valueOfTimePerHourGbp;
}

function addCapitalAt(capital: Record<CapitalCategory, number>[], H: number, y: number, c: CapitalCategory, v: number): void {
	if (y >= 0 && y < H) (capital[y] as Record<CapitalCategory, number>)[c] += v;
}

function addResidualAt(residual: number[], H: number, cost: number, y: number, life: number): void {
	residual[H - 1] = (residual[H - 1] as number) + residualValue(cost, y, life, H);
}

/**
 * Cash flows by year and category, in real prices at the price base year.
 * Capital: scanner, installation and IT at each purchase (installation inside the horizon and every
 * replacement), room works at first installation only, the mobile vehicle on its own lifetime,
 * and capital items (replaced on their lifetime). Revenue: staff, maintenance once the warranty
 * after the last purchase has run out, consumables per scan, estates (static), vehicle running and
 * site fees (mobile), training, outsourcing, FLS drugs and running costs, cross-calibration at
 * each replacement, revenue items. Optimism bias uplifts capital and revenue. Residual value of
 * assets bought inside the horizon is credited in the last year. Total = capital + revenue +
 * optimism bias + patient travel (if included) - residual value; discounted by the Green Book factor.
 */
export function cashFlows(s: Scenario, svc: EffectiveService, input: CostInputs): CashFlowYear[] {
	const H = s.horizonYears;
	const capital = Array.from({ length: H }, () => ({ ...CAPITAL_ZERO }));
	const revenue = Array.from({ length: H }, () => ({ ...REVENUE_ZERO }));
	const residual = new Array<number>(H).fill(0);
	// Module-level helpers, not closures: cashFlows runs for every option of every Monte Carlo iteration.
	for (const { scanner: sc, events } of input.scanners) {
		for (const e of events) {
			addCapitalAt(capital, H, e.yearIndex, 'scanner', sc.purchaseCostGbp);
			addCapitalAt(capital, H, e.yearIndex, 'installation', sc.installationCostGbp);
			addCapitalAt(capital, H, e.yearIndex, 'it', sc.itCostGbp);
			if (e.kind === 'install') addCapitalAt(capital, H, e.yearIndex, 'roomWorks', sc.roomWorksCostGbp);
			if (e.kind === 'replacement') (revenue[e.yearIndex] as Record<RevenueCategory, number>).crossCalibration += sc.crossCalibrationCostGbp;
		}
		const last = events[events.length - 1];
		if (last) addResidualAt(residual, H, sc.purchaseCostGbp + sc.installationCostGbp + sc.itCostGbp, last.yearIndex, sc.lifetimeYears);
		if (sc.kind === 'mobile' && sc.mobile) {
			const v = purchases(sc.installedYear, sc.mobile.vehicleLifetimeYears, s.startYear, H);
			for (const e of v) addCapitalAt(capital, H, e.yearIndex, 'vehicle', sc.mobile.vehicleCostGbp);
			const lv = v[v.length - 1];
			if (lv) addResidualAt(residual, H, sc.mobile.vehicleCostGbp, lv.yearIndex, sc.mobile.vehicleLifetimeYears);
		}
		for (let y = 0; y < H; y++) {
			if (s.startYear + y < sc.installedYear || sc.sessionsPerWeek <= 0) continue;
			const r = revenue[y] as Record<RevenueCategory, number>;
			if (y - lastPurchaseYear(sc.installedYear, events, s.startYear, y) >= sc.warrantyYears) r.maintenance += sc.maintenancePerYearGbp;
			if (sc.kind === 'static') r.estates += sc.estatesPerYearGbp;
			if (sc.kind === 'mobile' && sc.mobile) {
				r.vehicle += sc.mobile.milesPerYear * sc.mobile.runningCostPerMileGbp;
				r.siteFees += sc.mobile.siteFeesPerYearGbp;
			}
		}
	}

	const items = [...s.costs.capitalItems, ...svc.option.capitalItems];
	for (const item of items) {
		const events = purchases(s.startYear + item.yearIndex, item.lifetimeYears, s.startYear, H);
		for (const e of events) addCapitalAt(capital, H, e.yearIndex, item.category, item.costGbp);
		const last = events[events.length - 1];
		if (last) addResidualAt(residual, H, item.costGbp, last.yearIndex, item.lifetimeYears);
	}
	const revenueItems = [...s.costs.revenueItems, ...svc.option.revenueItems];
	const out = svc.option.outsourcing;
	const { discountRate, discountRateLong, optimismBiasCapital, optimismBiasRevenue } = s.appraisal;

	return capital.map((cap, y) => {
		const rev = revenue[y] as Record<RevenueCategory, number>;
		rev.staff += input.staffCost[y] ?? 0;
		rev.consumables += (input.delivered[y] ?? 0) * s.costs.consumablesPerScanGbp;
		rev.training += s.costs.trainingPerYearGbp;
		if (out) rev.outsourcing += (input.outsourced[y] ?? 0) * out.costPerScanGbp;
		if (input.fls) {
			// The coordinator is paid through staff costs; the FLS line carries drugs and running costs.
			const f = input.fls.byYear[y];
			if (f) rev.fls += f.flsCostGbp - f.coordinatorCostGbp;
		}
		for (const item of revenueItems) if (y >= item.fromYearIndex) rev[item.category] += item.annualCostGbp;
		const capitalTotal = sumInOrder(cap, CAPITAL_CATEGORIES);
		const revenueTotal = sumInOrder(rev, REVENUE_CATEGORIES);
		const obCap = capitalTotal * optimismBiasCapital;
		const obRev = revenueTotal * optimismBiasRevenue;
		const travel = s.costs.patientTravel.include ? patientTravelCost(s, svc, y, input.demand[y] ?? 0, input.travelShares?.[y]) : 0;
		const res = residual[y] as number;
		const total = capitalTotal + revenueTotal + obCap + obRev + travel - res;
		const df = discountFactor(y, discountRate, discountRateLong);
		return {
			yearIndex: y,
			year: s.startYear + y,
			// Fresh records made for this call alone, so no copy is needed.
			capital: cap,
			revenue: rev,
			capitalTotal,
			revenueTotal,
			optimismBiasCapital: obCap,
			optimismBiasRevenue: obRev,
			residualValue: res,
			patientTravel: travel,
			total,
			discountFactor: df,
			discounted: total * df
		};
	});
}
