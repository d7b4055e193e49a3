/**
 * The cost lines of an option's cash-flow sheet as formulas over the Inputs sheet, following the
 * engine's ledger (src/lib/model/costLedger.ts) term by term: the scanner, installation and IT at
 * each purchase and replacement, room works at installation, the mobile vehicle on its lifetime,
 * capital items, cross-calibration at each replacement, maintenance once the warranty has run out,
 * estates, vehicle running and site fees while the scanner runs, training, revenue items, and the
 * residual value (cost x remaining life / lifetime). Which years carry a purchase, a warranty or a
 * running scanner is the structure of the formula (from the scenario's dates and lifetimes); every
 * price is a reference to its input, so changing a price moves every year that uses it. A scanner
 * whose change starts later (phasing) refers to the baseline scanner's inputs until then.
 * Consumables, outsourcing, staff and the FLS are written by the cash-flow sheet itself (they
 * multiply prices by quantities from other rows and sheets).
 */
import type { Scenario } from '../../model';
import type { CapitalCategory, RevenueCategory } from '../../model/schema/costs';
import { effectiveService, scannerInYear, startIndex } from '../../model/effective';
import { lastPurchaseYear, purchases } from '../../model/assets';

type Terms = string[][];

export interface LedgerTerms {
	capital: Partial<Record<CapitalCategory, Terms>>;
	revenue: Partial<Record<RevenueCategory, Terms>>;
	residual: string[];
}

/**
 * The input paths of each scanner as the option runs it, in the engine's order (effectiveService):
 * `after` once its change has started, `before` until then (the baseline scanner's own inputs).
 * A scanner removed from the first year is not in the service; one removed later keeps its row.
 */
export function scannerPaths(s: Scenario, oi: number): { before: (field: string) => string; after: (field: string) => string }[] {
	const o = s.options[oi];
	if (!o) return [];
	const out: { before: (field: string) => string; after: (field: string) => string }[] = [];
	s.scanners.forEach((sc, i) => {
		if (o.removeScannerIds.includes(sc.id) && startIndex(s, (o.removeScannerYears ?? {})[sc.id]) <= 0) return;
		const ci = o.scannerChanges.findIndex((c) => c.scannerId === sc.id);
		const change = ci >= 0 ? (o.scannerChanges[ci] as Record<string, unknown>) : null;
		out.push({ before: (f) => `scanners[${i}].${f}`, after: (f) => (change && change[f.split(/[.[]/)[0] ?? f] !== undefined ? `options[${oi}].scannerChanges[${ci}].${f}` : `scanners[${i}].${f}`) });
	});
	o.addScanners.forEach((_, j) => out.push({ before: (f) => `options[${oi}].addScanners[${j}].${f}`, after: (f) => `options[${oi}].addScanners[${j}].${f}` }));
	return out;
}

/** Per-category, per-year lists of terms (cell references or numbers); a year's formula is their sum. */
export function ledgerTerms(s: Scenario, optionId: string, refOf: Map<string, string>): LedgerTerms {
	const H = s.horizonYears;
	const oi = s.options.findIndex((o) => o.id === optionId);
	const option = s.options[oi];
	const out: LedgerTerms = { capital: {}, revenue: {}, residual: [] };
	if (!option) return out;
	const svc = effectiveService(s, option);
	const scannerPaths_ = scannerPaths(s, oi);
	/** The input's cell, or its value written as a number when the Inputs sheet does not list it. */
	const ref = (path: string, value: number) => refOf.get(path) ?? String(value);
	const add = <K extends string>(m: Partial<Record<K, Terms>>, k: K, y: number, term: string) => {
		if (y < 0 || y >= H) return;
		const t = (m[k] ??= Array.from({ length: H }, () => []));
		t[y]?.push(term);
	};
	svc.scanners.forEach((sc, k) => {
		const paths = scannerPaths_[k];
		const phase = svc.phases[k] as (typeof svc.phases)[number];
		// The scanner as it runs in year y (phasing): its inputs' cells and its figures.
		const at = (y: number) => {
			const v = scannerInYear(svc, k, y) ?? sc;
			const p = v === phase.before && y < phase.from ? (paths?.before ?? ((f: string) => f)) : (paths?.after ?? ((f: string) => f));
			return { v, r: (f: string, value: number) => ref(p(f), value) };
		};
		// Purchases as the engine marks them: each version's own in the years it runs.
		const ranges: [typeof sc, number, number][] = phase.before ? [[phase.before, 0, Math.min(phase.from, phase.until)], [sc, phase.from, phase.until]] : [[sc, 0, phase.until]];
		const events = ranges.flatMap(([v, from, to]) => purchases(v.installedYear, v.lifetimeYears, s.startYear, H).filter((e) => e.yearIndex >= from && e.yearIndex < to));
		const purchasedIn = new Uint8Array(H);
		for (const e of events) {
			const { v, r } = at(e.yearIndex);
			purchasedIn[e.yearIndex] = 1;
			add(out.capital, 'scanner', e.yearIndex, r('purchaseCostGbp', v.purchaseCostGbp));
			add(out.capital, 'installation', e.yearIndex, r('installationCostGbp', v.installationCostGbp));
			add(out.capital, 'it', e.yearIndex, r('itCostGbp', v.itCostGbp));
			if (e.kind === 'install') add(out.capital, 'roomWorks', e.yearIndex, r('roomWorksCostGbp', v.roomWorksCostGbp));
			else add(out.revenue, 'crossCalibration', e.yearIndex, r('crossCalibrationCostGbp', v.crossCalibrationCostGbp));
		}
		// No residual value for a scanner removed inside the horizon (as the engine).
		const kept = phase.until >= H;
		const last = events[events.length - 1];
		if (last && kept) {
			const { v, r } = at(last.yearIndex);
			const remaining = v.lifetimeYears > 0 ? Math.max(0, v.lifetimeYears - (H - last.yearIndex)) : 0;
			if (remaining > 0) out.residual.push(`(${r('purchaseCostGbp', v.purchaseCostGbp)}+${r('installationCostGbp', v.installationCostGbp)}+${r('itCostGbp', v.itCostGbp)})*${remaining}/${v.lifetimeYears}`);
		}
		if (sc.kind === 'mobile' && sc.mobile) {
			const r = at(H - 1).r;
			const v = purchases(sc.installedYear, sc.mobile.vehicleLifetimeYears, s.startYear, H).filter((e) => kept || e.yearIndex < phase.until);
			for (const e of v) add(out.capital, 'vehicle', e.yearIndex, r('mobile.vehicleCostGbp', sc.mobile.vehicleCostGbp));
			const lv = v[v.length - 1];
			const life = sc.mobile.vehicleLifetimeYears;
			const remaining = lv && kept && life > 0 ? Math.max(0, life - (H - lv.yearIndex)) : 0;
			if (remaining > 0) out.residual.push(`${r('mobile.vehicleCostGbp', sc.mobile.vehicleCostGbp)}*${remaining}/${life}`);
		}
		for (let y = 0; y < H; y++) {
			if (!scannerInYear(svc, k, y)) continue;
			const { v, r } = at(y);
			if (s.startYear + y < v.installedYear || v.sessionsPerWeek <= 0) continue;
			if (y - lastPurchaseYear(v.installedYear, s.startYear, purchasedIn, y) >= v.warrantyYears) add(out.revenue, 'maintenance', y, r('maintenancePerYearGbp', v.maintenancePerYearGbp));
			if (v.kind === 'static') add(out.revenue, 'estates', y, r('estatesPerYearGbp', v.estatesPerYearGbp));
			if (v.kind === 'mobile' && v.mobile) {
				add(out.revenue, 'vehicle', y, `${r('mobile.milesPerYear', v.mobile.milesPerYear)}*${r('mobile.runningCostPerMileGbp', v.mobile.runningCostPerMileGbp)}`);
				add(out.revenue, 'siteFees', y, r('mobile.siteFeesPerYearGbp', v.mobile.siteFeesPerYearGbp));
			}
		}
	});
	const itemLists = [
		{ items: s.costs.capitalItems, at: 'costs.capitalItems' },
		{ items: option.capitalItems, at: `options[${oi}].capitalItems` }
	];
	for (const { items, at } of itemLists)
		items.forEach((item, i) => {
			const cost = ref(`${at}[${i}].costGbp`, item.costGbp);
			const events = purchases(s.startYear + item.yearIndex, item.lifetimeYears, s.startYear, H);
			for (const e of events) add(out.capital, item.category, e.yearIndex, cost);
			const last = events[events.length - 1];
			const remaining = last && item.lifetimeYears > 0 ? Math.max(0, item.lifetimeYears - (H - last.yearIndex)) : 0;
			if (remaining > 0) out.residual.push(`${cost}*${remaining}/${item.lifetimeYears}`);
		});
	for (let y = 0; y < H; y++) add(out.revenue, 'training', y, ref('costs.trainingPerYearGbp', s.costs.trainingPerYearGbp));
	const revenueLists = [
		{ items: s.costs.revenueItems, at: 'costs.revenueItems' },
		{ items: option.revenueItems, at: `options[${oi}].revenueItems` }
	];
	for (const { items, at } of revenueLists)
		items.forEach((item, i) => {
			if (item.category === 'staff') return; // on the staff line, with the Staffing sheet
			for (let y = item.fromYearIndex; y < H; y++) add(out.revenue, item.category, y, ref(`${at}[${i}].annualCostGbp`, item.annualCostGbp));
		});
	return out;
}

/** A year's formula from its terms: their sum, or 0. */
export function sumFormula(terms: readonly string[] | undefined): string {
	return terms && terms.length ? terms.join('+') : '0';
}
