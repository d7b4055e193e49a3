import type { Scenario } from './schema/scenario';
import { CAPITAL_CATEGORIES, REVENUE_CATEGORIES, type CapitalCategory, type RevenueCategory } from './schema/costs';
import type { EffectiveService, EffectiveScanner } from './effective';
import type { FlsResult } from './results';
import { purchases, lastPurchaseYear, residualValue, type PurchaseEvent } from './assets';

export interface CostInputs {
	scanners: { scanner: EffectiveScanner; events: PurchaseEvent[] }[];
	/** Scans delivered by year (consumables). */
	delivered: readonly number[];
	/** Outsourced scans by year. */
	outsourced: readonly number[];
	/** Staff cost by year (all roles, incl. the FLS coordinator). */
	staffCost: ArrayLike<number>;
	/** Demand by year (patient travel). */
	demand: readonly number[];
	fls: FlsResult | null;
	/** Each locality's share of new referrals by year (travelShares), when already worked out for another option. */
	travelShares?: readonly (readonly number[])[];
	/** Discount factor by year (discountFactors), when already worked out for another option. */
	discountFactors?: ArrayLike<number>;
}

function indexOf<K extends string>(keys: readonly K[]): Record<K, number> {
	const o = {} as Record<K, number>;
	keys.forEach((k, i) => (o[k] = i));
	return o;
}

export const NC = CAPITAL_CATEGORIES.length;
export const NR = REVENUE_CATEGORIES.length;
const CAP = indexOf<CapitalCategory>(CAPITAL_CATEGORIES);
const REV = indexOf<RevenueCategory>(REVENUE_CATEGORIES);

/**
 * Every category's amount in every year, in flat typed arrays (year y, category k at y x N + k):
 * the Monte Carlo analysis reads only their totals, and building a record per year per option
 * per iteration was a fifth of its time. Each cell receives its additions in the order the
 * records used to, so every amount (and every sum of them) is exactly the same number.
 */
export interface CostLedger {
	capital: Float64Array;
	revenue: Float64Array;
	residual: Float64Array;
}

/**
 * A ledger for `H` years made of the scratch ledger's arrays, cleared: a caller that reads the
 * totals and drops the ledger (cashFlowTotals) reuses one, as allocating three typed arrays per
 * option per Monte Carlo iteration was a tenth of the run's time.
 */
function zeroed(scratch: CostLedger, H: number): CostLedger {
	if (scratch.residual.length !== H) {
		scratch.capital = new Float64Array(H * NC);
		scratch.revenue = new Float64Array(H * NR);
		scratch.residual = new Float64Array(H);
	} else {
		scratch.capital.fill(0);
		scratch.revenue.fill(0);
		scratch.residual.fill(0);
	}
	return scratch;
}

/** a[i] += v (typed arrays read as possibly undefined under noUncheckedIndexedAccess). */
function bump(a: Float64Array, i: number, v: number): void {
	a[i] = (a[i] as number) + v;
}

function addCapitalAt(capital: Float64Array, H: number, y: number, c: CapitalCategory, v: number): void {
	if (y >= 0 && y < H) bump(capital, y * NC + CAP[c], v);
}

function addResidualAt(residual: Float64Array, H: number, cost: number, y: number, life: number): void {
	bump(residual, H - 1, residualValue(cost, y, life, H));
}

/**
 * Capital: scanner, installation and IT at each purchase (installation inside the horizon and every
 * replacement), room works at first installation only, the mobile vehicle on its own lifetime,
 * and capital items (replaced on their lifetime). Revenue: staff, maintenance once the warranty
 * after the last purchase has run out, consumables per scan, estates (static), vehicle running and
 * site fees (mobile), training, outsourcing, FLS drugs and running costs, cross-calibration at
 * each replacement, revenue items. Residual value of assets bought inside the horizon is credited
 * in the last year.
 */
export function costLedger(s: Scenario, svc: EffectiveService, input: CostInputs, scratch?: CostLedger): CostLedger {
	const H = s.horizonYears;
	const { capital, revenue, residual } = scratch ? zeroed(scratch, H) : { capital: new Float64Array(H * NC), revenue: new Float64Array(H * NR), residual: new Float64Array(H) };
	for (const { scanner: sc, events } of input.scanners) {
		for (const e of events) {
			addCapitalAt(capital, H, e.yearIndex, 'scanner', sc.purchaseCostGbp);
			addCapitalAt(capital, H, e.yearIndex, 'installation', sc.installationCostGbp);
			addCapitalAt(capital, H, e.yearIndex, 'it', sc.itCostGbp);
			if (e.kind === 'install') addCapitalAt(capital, H, e.yearIndex, 'roomWorks', sc.roomWorksCostGbp);
			if (e.kind === 'replacement') {
				if (!(e.yearIndex >= 0 && e.yearIndex < H)) throw new RangeError(`Replacement outside the horizon (year index ${e.yearIndex})`);
				bump(revenue, e.yearIndex * NR + REV.crossCalibration, sc.crossCalibrationCostGbp);
			}
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
			const r = y * NR;
			if (y - lastPurchaseYear(sc.installedYear, events, s.startYear, y) >= sc.warrantyYears) bump(revenue, r + REV.maintenance, sc.maintenancePerYearGbp);
			if (sc.kind === 'static') bump(revenue, r + REV.estates, sc.estatesPerYearGbp);
			if (sc.kind === 'mobile' && sc.mobile) {
				bump(revenue, r + REV.vehicle, sc.mobile.milesPerYear * sc.mobile.runningCostPerMileGbp);
				bump(revenue, r + REV.siteFees, sc.mobile.siteFeesPerYearGbp);
			}
		}
	}

	for (const list of [s.costs.capitalItems, svc.option.capitalItems])
		for (const item of list) {
			const events = purchases(s.startYear + item.yearIndex, item.lifetimeYears, s.startYear, H);
			for (const e of events) addCapitalAt(capital, H, e.yearIndex, item.category, item.costGbp);
			const last = events[events.length - 1];
			if (last) addResidualAt(residual, H, item.costGbp, last.yearIndex, item.lifetimeYears);
		}
	const out = svc.option.outsourcing;
	for (let y = 0; y < H; y++) {
		const r = y * NR;
		bump(revenue, r + REV.staff, input.staffCost[y] ?? 0);
		bump(revenue, r + REV.consumables, (input.delivered[y] ?? 0) * s.costs.consumablesPerScanGbp);
		bump(revenue, r + REV.training, s.costs.trainingPerYearGbp);
		if (out) bump(revenue, r + REV.outsourcing, (input.outsourced[y] ?? 0) * out.costPerScanGbp);
		if (input.fls) {
			// The coordinator is paid through staff costs; the FLS line carries drugs and running costs.
			const f = input.fls.byYear[y];
			if (f) bump(revenue, r + REV.fls, f.flsCostGbp - f.coordinatorCostGbp);
		}
		for (const list of [s.costs.revenueItems, svc.option.revenueItems])
			for (const item of list) if (y >= item.fromYearIndex) bump(revenue, r + REV[item.category], item.annualCostGbp);
	}
	return { capital, revenue, residual };
}

/** Sum of one year's cells in category order (the order the records list them, so the same sum as over a record). */
export function rowSum(a: Float64Array, y: number, n: number): number {
	let t = 0;
	for (let k = y * n, end = k + n; k < end; k++) t += a[k] as number;
	return t;
}

/** One year's cells as a record keyed by category, in category order. */
export function rowRecord<K extends string>(a: Float64Array, y: number, keys: readonly K[]): Record<K, number> {
	const o = {} as Record<K, number>;
	const n = keys.length;
	for (let k = 0; k < n; k++) o[keys[k] as K] = a[y * n + k] as number;
	return o;
}
