/**
 * The cost lines of an option's cash-flow sheet as formulas over the Inputs sheet, following the
 * engine's ledger (src/lib/model/costLedger.ts) term by term: the scanner, installation and IT at
 * each purchase and replacement, room works at installation, the mobile vehicle on its lifetime,
 * capital items, cross-calibration at each replacement, maintenance once the warranty has run out,
 * estates, vehicle running and site fees while the scanner runs, training, revenue items, and the
 * residual value (cost x remaining life / lifetime). Which years carry a purchase, a warranty or a
 * running scanner is a condition over the year and the Inputs cells of the installation year,
 * lifetime, warranty and sessions (years.ts), so changing a year in the workbook moves the money;
 * every price is a reference to its input. A scanner whose change starts later (phasing) refers to
 * the baseline scanner's inputs until then.
 * Consumables, outsourcing, staff and the FLS are written by the cash-flow sheet itself (they
 * multiply prices by quantities from other rows and sheets).
 */
import type { Scenario } from '../../model';
import type { CapitalCategory, RevenueCategory } from '../../model/schema/costs';
import { effectiveService, scannerInYear, startIndex } from '../../model/effective';
import { purchases } from '../../model/assets';
import { allKnown, and, installedBy, installedIn, knownLastPurchase, lastPurchase, numOf, or, replacedIn, residualFormula, text, when, type AssetYears, type Cond, type Num, type YearAt } from './years';

type Terms = string[][];

export interface LedgerTerms {
	capital: Partial<Record<CapitalCategory, Terms>>;
	revenue: Partial<Record<RevenueCategory, Terms>>;
	residual: string[];
	/** Per year, 1 for each scanner replaced like for like that year (IF(condition,1,0) while a year input has a cell). */
	replacements: Terms;
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

/**
 * Per-category, per-year lists of terms (cell references, numbers or IF(condition, term, 0)); a
 * year's formula is their sum. `yearCell(y)` is the sheet's cell holding year y's calendar year
 * (the cash-flow sheet's header), which the year conditions compare with the inputs (years.ts).
 */
export function ledgerTerms(s: Scenario, optionId: string, refOf: Map<string, string>, yearCell: (y: number) => string = (y) => String(s.startYear + y)): LedgerTerms {
	const H = s.horizonYears;
	const S = s.startYear;
	const END = S + H;
	const oi = s.options.findIndex((o) => o.id === optionId);
	const option = s.options[oi];
	const out: LedgerTerms = { capital: {}, revenue: {}, residual: [], replacements: Array.from({ length: H }, () => []) };
	if (!option) return out;
	const svc = effectiveService(s, option);
	const scannerPaths_ = scannerPaths(s, oi);
	/** The input's cell, or its value written as a number when the Inputs sheet does not list it. */
	const ref = (path: string, value: number) => refOf.get(path) ?? String(value);
	const add = <K extends string>(m: Partial<Record<K, Terms>>, k: K, y: number, term: string | null) => {
		if (term === null || y < 0 || y >= H) return;
		const t = (m[k] ??= Array.from({ length: H }, () => []));
		t[y]?.push(term);
	};
	const yearAt = (y: number): YearAt => ({ y, cell: yearCell(y), startYear: S, horizonYears: H });
	const ident = (f: string) => f;
	svc.scanners.forEach((sc, k) => {
		const paths = scannerPaths_[k];
		const phase = svc.phases[k] as (typeof svc.phases)[number];
		const before = phase.before;
		// The scanner as it runs in year y (phasing): its inputs' cells and its figures.
		const at = (y: number) => {
			const v = scannerInYear(svc, k, y) ?? sc;
			const p = v === before && y < phase.from ? (paths?.before ?? ident) : (paths?.after ?? ident);
			return { v, r: (f: string, value: number) => ref(p(f), value), n: (f: string, value: number) => numOf(refOf, p(f), value) };
		};
		const yearsOf = (y: number): AssetYears => {
			const { v, n } = at(y);
			return { installed: n('installedYear', v.installedYear), lifetime: n('lifetimeYears', v.lifetimeYears) };
		};
		const costOf = (y: number) => {
			const { v, r } = at(y);
			return `(${r('purchaseCostGbp', v.purchaseCostGbp)}+${r('installationCostGbp', v.installationCostGbp)}+${r('itCostGbp', v.itCostGbp)})`;
		};
		// Purchases as the engine marks them (each version's own in the years it runs), for figures whose years are all known.
		const ranges: [typeof sc, number, number][] = before ? [[before, 0, Math.min(phase.from, phase.until)], [sc, phase.from, phase.until]] : [[sc, 0, phase.until]];
		const events = ranges.flatMap(([v, from, to]) => purchases(v.installedYear, v.lifetimeYears, S, H).filter((e) => e.yearIndex >= from && e.yearIndex < to));
		const bought = events.map((e) => e.yearIndex);
		const after = yearsOf(Math.min(H - 1, Math.max(phase.from, 0)));
		const first = yearsOf(0);
		const phased = before !== null && phase.from < H;
		// The baseline's last purchase before the change starts (phased), or the option's installation year when none.
		const beforeLast = () => {
			const b = lastPurchase(first, String(S + phase.from - 1), S);
			return `IF(AND(${b}>=${S},${b}<=${S + phase.from - 1}),${b},${text(after.installed)})`;
		};
		/** The calendar year of the last purchase at or before year y (assets.ts lastPurchaseYear). */
		const lastBy = (y: number): string => {
			const a = yearsOf(y);
			if (!phased || y < phase.from) return lastPurchase(a, yearCell(y), S);
			const own = lastPurchase(a, yearCell(y), S);
			return `MAX(${text(a.installed)},${beforeLast()},IF(${own}>=${S + phase.from},${own},${text(a.installed)}))`;
		};
		for (let y = 0; y < Math.min(H, phase.until); y++) {
			const { v, r, n } = at(y);
			const a = yearsOf(y);
			const installed = installedIn(a, yearAt(y));
			const replaced = replacedIn(a, yearAt(y));
			const purchase = or(installed, replaced);
			add(out.capital, 'scanner', y, when(purchase, r('purchaseCostGbp', v.purchaseCostGbp)));
			add(out.capital, 'installation', y, when(purchase, r('installationCostGbp', v.installationCostGbp)));
			add(out.capital, 'it', y, when(purchase, r('itCostGbp', v.itCostGbp)));
			add(out.capital, 'roomWorks', y, when(installed, r('roomWorksCostGbp', v.roomWorksCostGbp)));
			add(out.revenue, 'crossCalibration', y, when(replaced, r('crossCalibrationCostGbp', v.crossCalibrationCostGbp)));
			const counted = when(replaced, '1');
			if (counted) out.replacements[y]?.push(counted);
			// Running costs while the scanner runs: installed by this year and with sessions.
			const sessions = n('sessionsPerWeek', v.sessionsPerWeek);
			const runs = and(installedBy(a, yearAt(y)), allKnown(sessions) ? v.sessionsPerWeek > 0 : `${text(sessions)}>0`);
			const warranty = n('warrantyYears', v.warrantyYears);
			const foldable = allKnown(a.installed, a.lifetime, warranty, first.installed, first.lifetime);
			const expired: Cond = foldable ? y - knownLastPurchase(v.installedYear, S, bought, y, H) >= v.warrantyYears : `${yearCell(y)}-${lastBy(y)}>=${text(warranty)}`;
			add(out.revenue, 'maintenance', y, when(and(runs, expired), r('maintenancePerYearGbp', v.maintenancePerYearGbp)));
			if (v.kind === 'static') add(out.revenue, 'estates', y, when(runs, r('estatesPerYearGbp', v.estatesPerYearGbp)));
			if (v.kind === 'mobile' && v.mobile) {
				add(out.revenue, 'vehicle', y, when(runs, `${r('mobile.milesPerYear', v.mobile.milesPerYear)}*${r('mobile.runningCostPerMileGbp', v.mobile.runningCostPerMileGbp)}`));
				add(out.revenue, 'siteFees', y, when(runs, r('mobile.siteFeesPerYearGbp', v.mobile.siteFeesPerYearGbp)));
			}
		}
		// Residual value of the last purchase (no residual value for a scanner removed inside the horizon, as the engine).
		const kept = phase.until >= H;
		if (kept) {
			if (allKnown(after.installed, after.lifetime, first.installed, first.lifetime)) {
				const last = events[events.length - 1];
				if (last) {
					const { v } = at(last.yearIndex);
					const remaining = v.lifetimeYears > 0 ? Math.max(0, v.lifetimeYears - (H - last.yearIndex)) : 0;
					if (remaining > 0) out.residual.push(`${costOf(last.yearIndex)}*${remaining}/${v.lifetimeYears}`);
				}
			} else {
				const own = lastPurchase(after, String(END - 1), S);
				const ownTerm = residualFormula(costOf(H - 1), after.lifetime, own, phased ? S + phase.from : S, END);
				if (!phased) out.residual.push(ownTerm);
				else {
					const b = lastPurchase(first, String(S + phase.from - 1), S);
					out.residual.push(`IF(AND(${own}>=${S + phase.from},${own}<${END}),${ownTerm},${residualFormula(costOf(0), first.lifetime, b, S, S + phase.from)})`);
				}
			}
		}
		if (sc.kind === 'mobile' && sc.mobile) {
			const pa = paths?.after ?? ident;
			const r = (f: string, value: number) => ref(pa(f), value);
			const cost = r('mobile.vehicleCostGbp', sc.mobile.vehicleCostGbp);
			const vehicle: AssetYears = { installed: numOf(refOf, pa('installedYear'), sc.installedYear), lifetime: numOf(refOf, pa('mobile.vehicleLifetimeYears'), sc.mobile.vehicleLifetimeYears) };
			const to = kept ? H : phase.until;
			for (let y = 0; y < to; y++) add(out.capital, 'vehicle', y, when(or(installedIn(vehicle, yearAt(y)), replacedIn(vehicle, yearAt(y))), cost));
			if (kept) out.residual.push(...residualTerms(vehicle, cost, S, H));
		}
	});
	const itemLists = [
		{ items: s.costs.capitalItems, at: 'costs.capitalItems' },
		{ items: option.capitalItems, at: `options[${oi}].capitalItems` }
	];
	for (const { items, at } of itemLists)
		items.forEach((item, i) => {
			const cost = ref(`${at}[${i}].costGbp`, item.costGbp);
			const yi = refOf.get(`${at}[${i}].yearIndex`);
			// Bought in its purchase year (a year index: the first year plus the index) and on its lifetime.
			const years: AssetYears = { installed: yi === undefined ? { v: S + item.yearIndex } : { v: S + item.yearIndex, cell: `(${S}+${yi})` }, lifetime: numOf(refOf, `${at}[${i}].lifetimeYears`, item.lifetimeYears) };
			for (let y = 0; y < H; y++) add(out.capital, item.category, y, when(or(installedIn(years, yearAt(y)), replacedIn(years, yearAt(y))), cost));
			out.residual.push(...residualTerms(years, cost, S, H));
		});
	for (let y = 0; y < H; y++) add(out.revenue, 'training', y, ref('costs.trainingPerYearGbp', s.costs.trainingPerYearGbp));
	const revenueLists = [
		{ items: s.costs.revenueItems, at: 'costs.revenueItems' },
		{ items: option.revenueItems, at: `options[${oi}].revenueItems` }
	];
	for (const { items, at } of revenueLists)
		items.forEach((item, i) => {
			if (item.category === 'staff') return; // on the staff line, with the Staffing sheet
			const from = numOf(refOf, `${at}[${i}].fromYearIndex`, item.fromYearIndex);
			for (let y = 0; y < H; y++) add(out.revenue, item.category, y, when(fromYear(from, yearAt(y)), ref(`${at}[${i}].annualCostGbp`, item.annualCostGbp)));
		});
	return out;
}

/** A cost that runs from a year index (revenue items, staff items): year index >= from. */
export function fromYear(from: Num, at: YearAt): Cond {
	return allKnown(from) ? at.y >= from.v : `${at.cell}-${at.startYear}>=${text(from)}`;
}

/** The residual value terms of an asset never removed: its last purchase inside the horizon, straight line over its lifetime. */
function residualTerms(a: AssetYears, cost: string, S: number, H: number): string[] {
	if (allKnown(a.installed, a.lifetime)) {
		const events = purchases(a.installed.v, a.lifetime.v, S, H);
		const last = events[events.length - 1];
		const remaining = last && a.lifetime.v > 0 ? Math.max(0, a.lifetime.v - (H - last.yearIndex)) : 0;
		return remaining > 0 ? [`${cost}*${remaining}/${a.lifetime.v}`] : [];
	}
	return [residualFormula(cost, a.lifetime, lastPurchase(a, String(S + H - 1), S), S, S + H)];
}

/** A year's formula from its terms: their sum, or 0. */
export function sumFormula(terms: readonly string[] | undefined): string {
	return terms && terms.length ? terms.join('+') : '0';
}
