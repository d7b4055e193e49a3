import { AGE_BANDS, AGE_BAND_LABELS, type AgeBand, type AppraisalResult, type Scenario } from '../../model';
import { fillCatchment, fillDemand, MAX_BACK_YEARS, newDemandSeries, type DemandSeries } from '../../model/demand';
import { fillOptionDemand, newOptionDemandSeries } from '../../model/optionDemand';
import { effectiveService, startIndex } from '../../model/effective';
import { attendanceFactor, CURTIS_2009_BANDS, UPTAKE_SOURCE } from '../../model/access/uptake';
import { bandFractures, BANDS_50_PLUS } from '../../model/fractureEpidemiology';
import { backYears } from '../../model/pathwayDemand';
import { SheetBuilder, colName, sheetRef, type CellSpec } from './sheet';

export const CATCHMENT_SHEET = 'Catchment';

/** Column (0-based) of year index t: the look-back years (monitoring reads up to MAX_BACK_YEARS before the start) come first. */
const FIRST_YEAR_COL = 2;
export const yearCol = (t: number): number => FIRST_YEAR_COL + t + MAX_BACK_YEARS;

export interface CatchmentSheet {
	sheet: SheetBuilder;
	/** Catchment figures in year index y (0 to the horizon). */
	population: (y: number) => string;
	population50: (y: number) => string;
	flsCohort: (y: number) => string;
	/** The option at position i (result order): its demand lines in year y. */
	option: (i: number, line: 'newReferrals' | 'flsReferrals' | 'monitoring' | 'total' | 'vfaScans', y: number) => string;
	/** The option at position i: the FLS referrals' share of its scans in year y (Pathway sheet), or null without an FLS. */
	flsShare: (i: number, y: number) => string | null;
	/** The option at position i: locality li's share of its new referrals in year y (patients' travel). */
	localityShare: (i: number, li: number, y: number) => string;
}

/**
 * The published risk ratio at a one-way distance as a spreadsheet formula (access/uptake.ts
 * distanceRiskRatio): Curtis 2009's ratios at their bands' midpoints, linear between them, flat
 * beyond the ends. `x` is an expression for the one-way miles.
 */
export function riskRatioFormula(x: string): string {
	const b = CURTIS_2009_BANDS;
	const first = b[0] as (typeof b)[number];
	const last = b[b.length - 1] as (typeof b)[number];
	let inner = String(last.riskRatio);
	for (let k = b.length - 1; k >= 1; k--) {
		const hi = b[k] as (typeof b)[number];
		const lo = b[k - 1] as (typeof b)[number];
		const interp = `${lo.riskRatio}+(${x}-${lo.miles})/(${hi.miles}-${lo.miles})*(${hi.riskRatio}-${lo.riskRatio})`;
		inner = k === b.length - 1 ? interp : `IF(${x}<=${hi.miles},${interp},${inner})`;
	}
	return `IF(${x}<=${first.miles},${first.riskRatio},IF(${x}>=${last.miles},${last.riskRatio},${inner}))`;
}

/** Attendance factor for a return journey (access/uptake.ts attendanceFactor): 1 - strength x (1 - risk ratio at half the return miles). */
export function attendanceFormula(returnMiles: string, strength: string): string {
	return `1-${strength}*(1-${riskRatioFormula(`(${returnMiles})/2`)})`;
}

/**
 * The catchment and each option's demand, years across (src/lib/model/demand.ts fillCatchment and
 * fillDemand, optionDemand.ts fillOptionDemand), every figure a formula over the Inputs sheet:
 *   population of a locality and band in year t = P0 x (1 + growth)^t (t < 0 projects back for monitoring);
 *   new referrals of a locality = sum over bands of population x rate per 1,000 / 1,000 x (1 + referral-rate growth)^t;
 *   FLS cohort = hip fractures x aged 50+ in t / aged 50+ in year 0 x cohort per hip fracture
 *     (or, sized from incidence, the sum over bands 50+ of population x women's (men's) share x rate / 1,000 x share in remit);
 *   FLS referrals where an FLS runs = cohort x identified share x share needing DXA;
 *   per option: uptake of a locality whose journey the option changes = ((1 - moved) x factor today + moved x factor on the new journey) / factor today,
 *     from the year its change starts (Curtis 2009 at the uptake strength);
 *   new referrals = sum over localities of referrals x uptake; FLS referrals x the FLS's coverage that year (phasing);
 *   monitoring = return share x (new + FLS referrals) of the year an interval before (OFFSET by the interval);
 *   total = new + FLS + monitoring; scans with VFA = total x VFA share.
 * Cached values are the engine's.
 */
export function buildCatchmentSheet(opts: { scenario: Scenario; result: AppraisalResult; refOf: Map<string, string> }): CatchmentSheet {
	const { scenario: s, result, refOf } = opts;
	const H = result.horizonYears;
	const L = s.catchment.localities.length;
	const NB = AGE_BANDS.length;
	const ref = (path: string, value: number) => refOf.get(path) ?? String(value);
	const sh = new SheetBuilder(CATCHMENT_SHEET);
	const years = Array.from({ length: H + MAX_BACK_YEARS }, (_, k) => k - MAX_BACK_YEARS);
	const C = (t: number) => colName(yearCol(t));

	// The engine's catchment over the whole look-back span (the interval set to the longest, which the
	// catchment figures do not otherwise read), and its demand for the scenario as it is.
	const wide: Scenario = { ...s, demand: { ...s.demand, monitoringIntervalYears: MAX_BACK_YEARS } };
	const dw = newDemandSeries(H, L);
	fillCatchment(wide, dw);
	const d: DemandSeries = newDemandSeries(H, L);
	fillCatchment(s, d);
	const k = (t: number) => t + MAX_BACK_YEARS;

	sh.set(0, 0, 'Catchment and demand by year: population, referrals, the FLS cohort and each option\'s demand');
	sh.row(3, 0, ['Line', 'Value used', ...years.map((t) => ({ n: s.startYear + t, fmt: 'year' as const }))]);
	sh.row(4, 0, ['Year index', '', ...years.map((t) => ({ n: t, fmt: 'count' as const }))]);
	const T = (t: number) => `${C(t)}$5`;
	let row = 6;
	let widest = 20;
	const line = (label: string, cell: (t: number, R: number) => CellSpec, b: CellSpec = ''): number => {
		const R = row + 1;
		widest = Math.max(widest, label.length + 2);
		sh.set(row, 0, label);
		sh.set(row, 1, b);
		for (const t of years) sh.set(row, yearCol(t), cell(t, R));
		row++;
		return R;
	};

	// Population by locality and band.
	sh.set(row++, 0, 'Population: each locality and age band, population x (1 + growth)^year index');
	const popRow: number[][] = [];
	s.catchment.localities.forEach((l, i) => {
		popRow[i] = AGE_BANDS.map((band, b) => {
			const P = ref(`catchment.localities[${i}].population.${band}`, l.population[band]);
			const G = ref(`catchment.localities[${i}].growth.${band}`, l.growth[band]);
			return line(`${l.name}: ${AGE_BAND_LABELS[band]}`, (t) => ({ n: dw.terms[k(t) * L * NB + i * NB + b] as number, f: `${P}*(1+${G})^${T(t)}`, fmt: 'count' }));
		});
	});
	const bandTotal = new Map<AgeBand, number>();
	AGE_BANDS.forEach((band, b) => {
		const cells = popRow.map((rows) => rows[b] as number);
		bandTotal.set(band, line(`All localities: ${AGE_BAND_LABELS[band]}`, (t) => {
			let v = 0;
			for (let i = 0; i < L; i++) v += dw.terms[k(t) * L * NB + i * NB + b] as number;
			return { n: v, f: cells.map((r) => `${C(t)}${r}`).join('+') || '0', fmt: 'count' };
		}));
	});
	const band = (b: AgeBand) => bandTotal.get(b) as number;
	const popAll = line('Population (all ages)', (t) => ({ n: dw.population[k(t)] as number, f: AGE_BANDS.map((b) => `${C(t)}${band(b)}`).join('+'), fmt: 'count' }));
	const pop50 = line('Aged 50 and over', (t) => ({ n: dw.population50[k(t)] as number, f: BANDS_50_PLUS.map((b) => `${C(t)}${band(b)}`).join('+'), fmt: 'count' }));
	row++;

	// New referrals.
	sh.set(row++, 0, 'New referrals: population x referral rate per 1,000 / 1,000 x (1 + referral-rate growth)^year index');
	const K = ref('demand.referralRateGrowth', s.demand.referralRateGrowth);
	const growthRow = line('Referral-rate growth factor', (t) => ({ n: Math.pow(1 + s.demand.referralRateGrowth, t), f: `(1+${K})^${T(t)}`, fmt: 'factor' }));
	const rates = AGE_BANDS.map((b) => ref(`demand.referralRatesPer1000.${b}`, s.demand.referralRatesPer1000[b]));
	const ownRow = s.catchment.localities.map((l, i) =>
		line(`New referrals: ${l.name}`, (t) => {
			let v = 0;
			const g = Math.pow(1 + s.demand.referralRateGrowth, t);
			for (let b = 0; b < NB; b++) v += ((dw.terms[k(t) * L * NB + i * NB + b] as number) * s.demand.referralRatesPer1000[AGE_BANDS[b] as AgeBand] * g) / 1000;
			return { n: v, f: `(${AGE_BANDS.map((_, b) => `${C(t)}${popRow[i]?.[b]}*${rates[b]}`).join('+')})*${C(t)}${growthRow}/1000`, fmt: 'count1' };
		})
	);
	const newAll = line('New referrals (all localities)', (t) => ({ n: dw.newReferrals[k(t)] as number, f: ownRow.map((r) => `${C(t)}${r}`).join('+') || '0', fmt: 'count1' }));
	row++;

	// The FLS cohort and its referrals.
	const f = s.fls;
	const F = (key: string, v: number) => ref(`fls.${key}`, v);
	sh.set(row++, 0, f.cohortMethod === 'incidence' ? 'FLS cohort: fractures a year in the FLS remit from incidence by age band and sex' : 'FLS cohort: hip fractures x cohort per hip fracture, following the population aged 50+ since the first year');
	let cohortRow: number;
	if (f.cohortMethod === 'incidence') {
		const clamp = (x: string) => `MIN(1,MAX(0,${x}))`;
		const remit = clamp(F('incidence.inRemitShare', f.incidence.inRemitShare));
		const bandRows = BANDS_50_PLUS.map((b) => {
			const w = clamp(F(`incidence.femaleShare.${b}`, f.incidence.femaleShare[b]));
			const women = F(`incidence.women.${b}`, f.incidence.women[b]);
			const men = F(`incidence.men.${b}`, f.incidence.men[b]);
			return line(`Fractures in the remit: ${AGE_BAND_LABELS[b]}`, (t) => {
				const p = `MAX(0,${C(t)}${band(b)})`;
				let pop = 0;
				for (let i = 0; i < L; i++) pop += dw.terms[k(t) * L * NB + i * NB + AGE_BANDS.indexOf(b)] as number;
				const x = bandFractures(b, pop, f.incidence);
				return { n: x.women + x.men, f: `${p}*${w}*${women}/1000*${remit}+${p}*(1-${w})*${men}/1000*${remit}`, fmt: 'count1' };
			});
		});
		cohortRow = line('Fragility-fracture cohort', (t) => ({ n: dw.flsCohort[k(t)] as number, f: bandRows.map((r) => `${C(t)}${r}`).join('+'), fmt: 'count1' }));
	} else {
		const base = `$${C(0)}$${pop50}`;
		cohortRow = line('Fragility-fracture cohort', (t) => ({ n: dw.flsCohort[k(t)] as number, f: `${F('hipFracturesPerYear', f.hipFracturesPerYear)}*IF(${base}>0,${C(t)}${pop50}/${base},1)*${F('cohortPerHipFracture', f.cohortPerHipFracture)}`, fmt: 'count1' }));
	}
	const flsBase = line('FLS referrals if an FLS runs: cohort x identified share x needing DXA', (t) => ({
		n: (dw.flsCohort[k(t)] as number) * f.identifiedShare * f.dxaShareOfIdentified,
		f: `${C(t)}${cohortRow}*${F('identifiedShare', f.identifiedShare)}*${F('dxaShareOfIdentified', f.dxaShareOfIdentified)}`,
		fmt: 'count1'
	}));
	row++;

	// Each option's demand.
	const strength = ref('demand.distanceUptakeStrength', s.demand.distanceUptakeStrength);
	const returnShare = ref('demand.monitoringReturnShare', s.demand.monitoringReturnShare);
	const interval = ref('demand.monitoringIntervalYears', s.demand.monitoringIntervalYears);
	const indications = s.pathway.indications;
	const P = (j: number, key: string, v: number) => ref(`pathway.indications[${j}].${key}`, v);
	const vfaShare = indications.length ? indications.map((x, j) => `${P(j, 'share', x.share)}*${P(j, 'vfaShare', x.vfaShare)}`).join('+') : ref('demand.vfaShare', s.demand.vfaShare);
	const optionRows: Record<string, number>[] = [];
	const shareRows: number[][] = [];
	const flsShareRows: (number | undefined)[] = [];
	result.options.forEach((o, i) => {
		const oi = s.options.findIndex((x) => x.id === o.id);
		const option = s.options[oi];
		if (!option) return;
		const svc = effectiveService(s, option);
		fillDemand(s, d, svc.hasFls);
		const od = newOptionDemandSeries(H, L);
		fillOptionDemand(s, svc, d, od);
		sh.set(row++, 0, o.name);
		// Uptake of each locality whose journey the option changes (Curtis 2009 at the uptake strength).
		const uptakeRow: (number | null)[] = s.catchment.localities.map(() => null);
		s.catchment.localities.forEach((l, li) => {
			const ti = option.travel.findIndex((t) => t.localityId === l.id);
			const c = option.travel[ti];
			if (!c) return;
			const from = svc.travelFrom[ti] as number;
			// The change starts when its added scanner opens: a condition over the year and that scanner's installation year on the Inputs sheet (years helper's edit).
			const site = c.siteScannerId === undefined ? -1 : option.addScanners.findIndex((a) => a.id === c.siteScannerId);
			const opens = site >= 0 ? refOf.get(`options[${oi}].addScanners[${site}].installedYear`) : undefined;
			const today = line(`${l.name}: attendance factor on today's journey`, () => null, { n: attendanceFactor(l.returnTravelMiles, s.demand.distanceUptakeStrength), f: attendanceFormula(ref(`catchment.localities[${li}].returnTravelMiles`, l.returnTravelMiles), strength), fmt: 'factor' });
			const moved = line(`${l.name}: attendance factor on the option's journey`, () => null, { n: attendanceFactor(c.returnTravelMiles, s.demand.distanceUptakeStrength), f: attendanceFormula(ref(`options[${oi}].travel[${ti}].returnTravelMiles`, c.returnTravelMiles), strength), fmt: 'factor' });
			const share = ref(`options[${oi}].travel[${ti}].shareOfPatients`, c.shareOfPatients);
			const u = od.uptake[li] as number;
			uptakeRow[li] = line(
				`${l.name}: uptake relative to today (from ${s.startYear + from})`,
				(t, R) => (t < 0 ? null : opens ? { n: t >= from ? u : 1, f: `IF(${C(t)}$4>=MAX(${opens},${s.startYear + startIndex(s, c.startYear)}),$B$${R},1)`, fmt: 'factor' } : t >= from ? { n: u, f: `$B$${R}`, fmt: 'factor' } : { n: 1, fmt: 'factor' }),
				{ n: u, f: `IF(B${today}>0,((1-${share})*B${today}+${share}*B${moved})/B${today},1)`, fmt: 'factor' }
			);
		});
		const changed = uptakeRow.some((r) => r !== null);
		const nr = line(`New referrals${changed ? ' x uptake' : ''}`, (t) => {
			if (t < 0) return { n: dw.newReferrals[k(t)] as number, f: `${C(t)}${newAll}`, fmt: 'count1' };
			const f = changed ? ownRow.map((r, li) => `${C(t)}${r}${uptakeRow[li] ? `*${C(t)}${uptakeRow[li]}` : ''}`).join('+') : `${C(t)}${newAll}`;
			return { n: od.newReferrals[t] as number, f, fmt: 'count1' };
		});
		const coverage = svc.hasFls ? svc.flsCoverage : null;
		const fls = line(svc.hasFls ? (coverage ? 'FLS referrals x the FLS\'s coverage that year' : 'FLS referrals') : 'FLS referrals (no FLS)', (t) => {
			if (!svc.hasFls || (t < 0 && !f.inBaseline)) return { n: 0, fmt: 'count1' };
			const cov = t >= 0 && coverage ? (coverage[t] as number) : 1;
			// The engine fills the years its monitoring reads; the earlier look-back years are the same product.
			const n = t >= -backYears(s) ? (od.flsReferrals[k(t)] as number) : (dw.flsCohort[k(t)] as number) * f.identifiedShare * f.dxaShareOfIdentified;
			return { n, f: cov === 1 ? `${C(t)}${flsBase}` : `${C(t)}${flsBase}*${cov}`, fmt: 'count1' };
		});
		const back = (r: number, t: number, by: string) => `OFFSET(${C(t)}${r},0,-${by})`;
		const mon = line('Monitoring scans: return share x (new + FLS referrals) an interval before', (t) => {
			if (t < 0) return null;
			const f = indications.length
				? `${indications.map((x, j) => `${P(j, 'monitoringReturnShare', x.monitoringReturnShare)}*${P(j, 'share', x.share)}*${back(nr, t, P(j, 'monitoringIntervalYears', x.monitoringIntervalYears))}`).join('+')}+${returnShare}*${back(fls, t, interval)}`
				: `${returnShare}*(${back(nr, t, interval)}+${back(fls, t, interval)})`;
			return { n: od.monitoring[t] as number, f, fmt: 'count1' };
		});
		const total = line('Total demand', (t) => (t < 0 ? null : { n: od.total[t] as number, f: `${C(t)}${nr}+${C(t)}${fls}+${C(t)}${mon}`, fmt: 'count1' }));
		const vfa = line('Scans with VFA: total x VFA share', (t) => (t < 0 ? null : { n: od.vfaScans[t] as number, f: `${C(t)}${total}*${indications.length ? `(${vfaShare})` : vfaShare}`, fmt: 'count1' }));
		// The pathway's streams (pathway.ts fillPathway): each indication's (or the one) new referrals from
		// today's catchment and their returns, and the FLS's referrals and their returns; the FLS's share of them.
		if (svc.hasFls) {
			const flsStream = (t: number) => `${C(t)}${fls}+${returnShare}*${back(fls, t, interval)}`;
			const others = (t: number) =>
				indications.length
					? indications.map((x, j) => `${P(j, 'share', x.share)}*${C(t)}${newAll}+${P(j, 'monitoringReturnShare', x.monitoringReturnShare)}*${P(j, 'share', x.share)}*${back(newAll, t, P(j, 'monitoringIntervalYears', x.monitoringIntervalYears))}`).join('+')
					: `${C(t)}${newAll}+${returnShare}*${back(newAll, t, interval)}`;
			const pw = o.pathway.byYear;
			flsShareRows[i] = line('FLS referrals and their returns: share of scans (Pathway sheet)', (t) => {
				if (t < 0) return null;
				const py = pw[t];
				const n = py && py.scanned > 0 ? py.flsScans / py.scanned : 0;
				return { n, f: `IF((${others(t)})+(${flsStream(t)})>0,(${flsStream(t)})/((${others(t)})+(${flsStream(t)})),0)`, fmt: 'pct2' };
			});
		}
		shareRows[i] = s.catchment.localities.map((l, li) =>
			line(`${l.name}: share of new referrals`, (t) => {
				if (t < 0) return null;
				const own = `${C(t)}${ownRow[li]}${uptakeRow[li] ? `*${C(t)}${uptakeRow[li]}` : ''}`;
				return { n: od.localityShare[t * L + li] as number, f: `IF(${C(t)}${nr}>0,${own}/${C(t)}${nr},0)`, fmt: 'pct2' };
			})
		);
		optionRows[i] = { newReferrals: nr, flsReferrals: fls, monitoring: mon, total, vfaScans: vfa };
		row++;
	});
	sh.setWidths([widest, 12, ...years.map(() => 10)]);
	// The two notes wrap across the sheet's width (merged, rows as tall as their lines), so they print whole at one page wide.
	const lastCol = FIRST_YEAR_COL + years.length - 1;
	sh.note(1, 'Every figure is a formula over the Inputs sheet (Methods: Demand). Years before the first year of the appraisal are projected back for the monitoring scans, which return an interval after the first scan. The Demand and capacity sheet reads each option\'s demand from here.', lastCol);
	sh.note(row + 1, `Uptake: ${UPTAKE_SOURCE}; the risk ratio at a one-way distance is linear between the bands' midpoints (${CURTIS_2009_BANDS.map((b) => `${b.miles} miles: ${b.riskRatio}`).join(', ')}), flat beyond them, and the uptake strength scales its effect.`, lastCol);
	sh.freezeRows = 5;
	sh.freezeCols = 2;
	const at = (r: number, y: number) => sheetRef(CATCHMENT_SHEET, `${C(y)}${r}`);
	return {
		sheet: sh,
		population: (y) => at(popAll, y),
		population50: (y) => at(pop50, y),
		flsCohort: (y) => at(cohortRow, y),
		option: (i, key, y) => at(optionRows[i]?.[key] as number, y),
		localityShare: (i, li, y) => at(shareRows[i]?.[li] as number, y),
		flsShare: (i, y) => (flsShareRows[i] === undefined ? null : at(flsShareRows[i] as number, y))
	};
}
