import type { Scenario } from './schema/scenario';
import { CAPITAL_CATEGORIES, REVENUE_CATEGORIES, type CapitalCategory, type RevenueCategory } from './schema/lists';
import { scannerInYear, type EffectiveService, type ScannerPhase } from './effective';
import type { CapacitySeries } from './capacity';
import type { FlsSeries } from './fls';
import { pathwayCost, type PathwaySeries } from './pathway';
import { markPurchases, residualValue, NO_EVENT, INSTALL, REPLACEMENT } from './assets';
import { ownBuffers, type Alloc } from './slab';

export const NC = CAPITAL_CATEGORIES.length;
export const NR = REVENUE_CATEGORIES.length;

function indexOf<K extends string>(keys: readonly K[]): Record<K, number> {
	const o = {} as Record<K, number>;
	keys.forEach((k, i) => (o[k] = i));
	return o;
}
const CAP = indexOf<CapitalCategory>(CAPITAL_CATEGORIES);
const REV = indexOf<RevenueCategory>(REVENUE_CATEGORIES);

/**
 * Every cost category's amount in every year, in real prices at the price base year: capital
 * [year][category] and revenue [year][category] in the categories' order, and the residual value
 * credited in the last year. Each cell receives its additions in the order listed in fillLedger.
 */
export interface CostLedger {
	capital: Float64Array;
	revenue: Float64Array;
	residual: Float64Array;
	/** Work space: the years one asset (a vehicle, a capital item) is bought in, marked by markPurchases (assets.ts). */
	bought: Uint8Array;
}

export function newCostLedger(years: number, m: Alloc = ownBuffers()): CostLedger {
	return { capital: m.f64(years * NC), revenue: m.f64(years * NR), residual: m.f64(years), bought: m.u8(years) };
}

/** What the ledger needs from the option's other series. */
export interface LedgerInputs {
	capacity: CapacitySeries;
	/** Scans delivered in-house by year (consumables). */
	inHouseScans: ArrayLike<number>;
	/** Staff cost by year (all roles, incl. the FLS coordinator). */
	staffCost: ArrayLike<number>;
	fls: FlsSeries | null;
	/** The pathway's costs (onward referrals when costed, VFA treatment drugs when counted), under 'other'. */
	pathway?: PathwaySeries;
}

function bump(a: Float64Array, i: number, v: number): void {
	a[i] = (a[i] as number) + v;
}

/** Capital in a category in year y, when y is inside the horizon. */
function addCapital(capital: Float64Array, H: number, y: number, c: CapitalCategory, v: number): void {
	if (y >= 0 && y < H) bump(capital, y * NC + CAP[c], v);
}

/** The residual value of an asset bought in year `boughtIn`, credited in the last year. */
function credit(residual: Float64Array, H: number, cost: number, boughtIn: number, life: number): void {
	bump(residual, H - 1, residualValue(cost, boughtIn, life, H));
}

/** The revenue items running in year y, in order, into the year's row starting at r. */
function addRevenueItems(revenue: Float64Array, r: number, y: number, items: Scenario['costs']['revenueItems']): void {
	for (let i = 0; i < items.length; i++) {
		const item = items[i] as (typeof items)[number];
		if (y >= item.fromYearIndex) bump(revenue, r + REV[item.category], item.annualCostGbp);
	}
}

/** An asset bought in the years marked in out.bought: its cost as capital in each, the last purchase's residual value credited when `credited`. */
function addPurchases(out: CostLedger, H: number, c: CapitalCategory, cost: number, lifetimeYears: number, credited: boolean): void {
	let last = -1;
	for (let y = 0; y < H; y++) {
		if (out.bought[y] === NO_EVENT) continue;
		addCapital(out.capital, H, y, c, cost);
		last = y;
	}
	if (last >= 0 && credited) credit(out.residual, H, cost, last, lifetimeYears);
}

/** Capital items, in order: each bought in its year and replaced on its lifetime, the last purchase's residual value credited. */
function addCapitalItems(out: CostLedger, startYear: number, H: number, items: Scenario['costs']['capitalItems']): void {
	for (let i = 0; i < items.length; i++) {
		const item = items[i] as (typeof items)[number];
		out.bought.fill(NO_EVENT, 0, H);
		markPurchases(startYear + item.yearIndex, item.lifetimeYears, startYear, H, out.bought);
		addPurchases(out, H, item.category, item.costGbp, item.lifetimeYears, true);
	}
}

/**
 * Capital: scanner, installation and IT at each purchase (installation inside the horizon and every
 * replacement), room works at first installation only, the mobile vehicle on its own lifetime,
 * and capital items (replaced on their lifetime). Revenue: cross-calibration at each replacement;
 * maintenance once the warranty after the last purchase has run out, estates (static), vehicle
 * running and site fees (mobile), each while the scanner runs; then staff, consumables per scan,
 * training, outsourcing, FLS drugs and running costs (the coordinator is paid through staff), and
 * revenue items. Residual value of assets bought inside the horizon is credited in the last year.
 */
export function fillLedger(s: Scenario, svc: EffectiveService, input: LedgerInputs, out: CostLedger): void {
	const H = s.horizonYears;
	const { capital, revenue, residual } = out;
	capital.fill(0, 0, H * NC);
	revenue.fill(0, 0, H * NR);
	residual.fill(0, 0, H);
	const { event } = input.capacity;
	for (let k = 0; k < svc.scanners.length; k++) {
		const sc = svc.scanners[k] as EffectiveService['scanners'][number];
		// A scanner removed inside the horizon earns no residual value (disposal is not modelled).
		const kept = (svc.phases[k] as ScannerPhase).until >= H;
		const row = k * H;
		let last = -1;
		for (let y = 0; y < H; y++) {
			const e = event[row + y];
			if (e !== INSTALL && e !== REPLACEMENT) continue;
			// Bought as the scanner runs that year (before or after the option's change to it starts).
			const v = scannerInYear(svc, k, y) ?? sc;
			addCapital(capital, H, y, 'scanner', v.purchaseCostGbp);
			addCapital(capital, H, y, 'installation', v.installationCostGbp);
			addCapital(capital, H, y, 'it', v.itCostGbp);
			if (e === INSTALL) addCapital(capital, H, y, 'roomWorks', v.roomWorksCostGbp);
			else bump(revenue, y * NR + REV.crossCalibration, v.crossCalibrationCostGbp);
			last = y;
		}
		if (last >= 0 && kept) {
			const v = scannerInYear(svc, k, last) ?? sc;
			credit(residual, H, v.purchaseCostGbp + v.installationCostGbp + v.itCostGbp, last, v.lifetimeYears);
		}
		if (sc.kind === 'mobile' && sc.mobile) {
			// The vehicle on its own lifetime while the scanner runs.
			out.bought.fill(NO_EVENT, 0, H);
			markPurchases(sc.installedYear, sc.mobile.vehicleLifetimeYears, s.startYear, H, out.bought, 0, 0, kept ? H : (svc.phases[k] as ScannerPhase).until);
			addPurchases(out, H, 'vehicle', sc.mobile.vehicleCostGbp, sc.mobile.vehicleLifetimeYears, kept);
		}
		// The latest purchase inside the horizon up to each year, kept as the years go (lastPurchaseYear's answer, without a scan back every year).
		let bought = -Infinity;
		for (let y = 0; y < H; y++) {
			if (event[row + y]) bought = y;
			const v = scannerInYear(svc, k, y);
			if (!v || s.startYear + y < v.installedYear || v.sessionsPerWeek <= 0) continue;
			const r = y * NR;
			if (y - Math.max(v.installedYear - s.startYear, bought) >= v.warrantyYears) bump(revenue, r + REV.maintenance, v.maintenancePerYearGbp);
			if (v.kind === 'static') bump(revenue, r + REV.estates, v.estatesPerYearGbp);
			if (v.kind === 'mobile' && v.mobile) {
				bump(revenue, r + REV.vehicle, v.mobile.milesPerYear * v.mobile.runningCostPerMileGbp);
				bump(revenue, r + REV.siteFees, v.mobile.siteFeesPerYearGbp);
			}
		}
	}
	addCapitalItems(out, s.startYear, H, s.costs.capitalItems);
	addCapitalItems(out, s.startYear, H, svc.option.capitalItems);
	const outsourcing = svc.option.outsourcing;
	const fls = input.fls;
	for (let y = 0; y < H; y++) {
		const r = y * NR;
		bump(revenue, r + REV.staff, input.staffCost[y] as number);
		bump(revenue, r + REV.consumables, (input.inHouseScans[y] as number) * s.costs.consumablesPerScanGbp);
		bump(revenue, r + REV.training, s.costs.trainingPerYearGbp);
		if (outsourcing) bump(revenue, r + REV.outsourcing, (input.capacity.outsourced[y] as number) * outsourcing.costPerScanGbp);
		if (fls) bump(revenue, r + REV.fls, (fls.byYear.flsCostGbp[y] as number) - (fls.byYear.coordinatorCostGbp[y] as number));
		addRevenueItems(revenue, r, y, s.costs.revenueItems);
		addRevenueItems(revenue, r, y, svc.option.revenueItems);
		const pathway = input.pathway ? pathwayCost(input.pathway, y) : 0;
		if (pathway !== 0) bump(revenue, r + REV.other, pathway);
	}
}

/** Sum of one year's cells in category order. */
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
