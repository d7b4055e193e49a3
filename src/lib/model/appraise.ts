import type { Scenario, Option } from './schema/scenario';
import type { AppraisalResult, CapacityYear, DemandYear, FlsResult, OptionResult, OptionSummary } from './results';
import { effectiveService, unchangedBaseline, type EffectiveScanner } from './effective';
import type { Scanner } from './schema/scenario';
import { projectDemand, PopulationTerms } from './demand';
import { scannerYears, scannerSeries } from './capacity';
import type { PurchaseEvent } from './assets';
import { runWaitingList } from './waitingList';
import { staffingYear, staffingTotals, summariseStaffing } from './staffing';
import { flsResult } from './fls';
import { cashFlows, cashFlowTotals, discountFactors, travelShares } from './costs';
import { annuityFactor, healthDiscountFactor } from './discount';
import { rankOptions } from './ranking';

/** Weighted non-financial score on a 0-10 scale: sum(weight x score) / sum(weight). Unscored criteria count 0. */
export function weightedScore(s: Scenario, option: Option): number {
	const total = s.appraisal.criteria.reduce((t, c) => t + c.weight, 0);
	if (total <= 0) return 0;
	return s.appraisal.criteria.reduce((t, c) => t + c.weight * (option.scores[c.id] ?? 0), 0) / total;
}

/** Outsourced scans in a year under the option's contract. */
function outsourcedScans(option: Option, yearIndex: number): number {
	const o = option.outsourcing;
	if (!o || yearIndex < o.fromYearIndex || yearIndex >= o.fromYearIndex + o.years) return 0;
	return o.scansPerYear;
}

/**
 * Work that does not depend on the option (demand with and without an FLS, the FLS results, each
 * locality's share of referrals), done once per appraisal and shared by its options. Filled
 * lazily; the numbers are exactly those each option would compute on its own.
 */
export interface SharedWork extends RunWork {
	demand: Map<boolean, DemandYear[]>;
	/** New referrals by year (the same for the projections with and without an FLS). */
	referrals: Map<number, number>;
	fls?: FlsResult;
	/** Summary mode only: a baseline scanner's figures, shared by the options that leave it unchanged. */
	scanners: Map<Scanner, ReturnType<typeof scannerSeries>>;
}

/**
 * The shared work that depends on a few parts of the scenario only, so a caller that appraises
 * many variants of one scenario (the Monte Carlo analysis, the sensitivity searches) can carry it
 * from one appraisal to the next when none of those parts varies (see uncertainty/reuse.ts).
 */
export interface RunWork {
	/** Band populations and their sums by year: the catchment only. */
	population: PopulationTerms;
	/** Each locality's share of new referrals by year: the catchment and the referral rates and their growth. */
	travelShares?: number[][];
	/** Discount factor by year (discountFactors): the appraisal's discount rates and the horizon. */
	discountFactors?: Float64Array;
}

/** Fresh shared work, starting from `carried` (work kept from an appraisal of the same catchment, rates, ...). */
export function sharedWork(carried?: Partial<RunWork>): SharedWork {
	return {
		demand: new Map(),
		referrals: new Map(),
		scanners: new Map(),
		population: carried?.population ?? new PopulationTerms(),
		travelShares: carried?.travelShares,
		discountFactors: carried?.discountFactors
	};
}

function demandFor(s: Scenario, hasFls: boolean, shared: SharedWork): DemandYear[] {
	let d = shared.demand.get(hasFls);
	if (!d) shared.demand.set(hasFls, (d = projectDemand(s, hasFls, shared.population, shared.referrals)));
	return d;
}

/** Everything for one option except its rank and its comparison with business as usual. */
export function appraiseOption(s: Scenario, option: Option, shared: SharedWork = sharedWork()): OptionResult {
	return optionCore(s, option, shared, true) as OptionResult;
}

/**
 * One option, in full (every table the views and exports read) or as its summary only. The
 * summary mode skips the month-by-month waiting list, the capacity and staffing tables and the
 * flags, but computes every summary figure by the same arithmetic, so the two agree exactly.
 */
function optionCore(s: Scenario, option: Option, shared: SharedWork, full: boolean): OptionResult | OptionSummaryOnly {
	const svc = effectiveService(s, option);
	const demandShared = demandFor(s, svc.hasFls, shared);
	// Copies in full results, so no two options' results share an object.
	const demand = full ? demandShared.map((d) => ({ ...d })) : demandShared;
	// Each scanner's capacity and sessions by year. Full results keep their own rows (no two
	// options share an object); summaries take plain series, and share the series of a baseline
	// scanner no option changed, which are the same numbers.
	const detailed = full ? scannerYears(s, svc.scanners) : null;
	const scanners: { scanner: EffectiveScanner; events: PurchaseEvent[]; capacity: readonly number[]; sessions: readonly number[] }[] = detailed
		? detailed.map((d) => ({ scanner: d.scanner, events: d.events, capacity: d.years.map((y) => y.capacity), sessions: d.years.map((y) => y.sessions) }))
		: svc.scanners.map((sc) => {
				const base = unchangedBaseline(s, sc);
				if (!base) return { scanner: sc, ...scannerSeries(s, sc) };
				let figures = shared.scanners.get(base);
				if (!figures) shared.scanners.set(base, (figures = scannerSeries(s, sc)));
				return { scanner: sc, ...figures };
			});
	const flsShared = svc.hasFls ? (shared.fls ??= flsResult(s, shared.population)) : null;
	const fls = full && flsShared ? { ...flsShared, byYear: flsShared.byYear.map((r) => ({ ...r })), totals: { ...flsShared.totals } } : flsShared;
	const H = s.horizonYears;

	// Summed scanner by scanner from 0, then the outsourced scans (loops, not closures: this runs
	// for every option of every Monte Carlo iteration).
	const capacityByYear: number[] = new Array(H);
	const outsourced: number[] = new Array(H);
	for (let y = 0; y < H; y++) {
		let c = 0;
		for (let k = 0; k < scanners.length; k++) c += (scanners[k] as (typeof scanners)[number]).capacity[y] ?? 0;
		outsourced[y] = outsourcedScans(option, y);
		capacityByYear[y] = c + (outsourced[y] as number);
	}
	const run = runWaitingList(
		{
			startYear: s.startYear,
			demand: demand.map((d) => d.total),
			capacity: capacityByYear,
			startingBacklog: s.demand.startingBacklog,
			standardWeeks: s.demand.waitStandardWeeks
		},
		full
	);
	const waitingList = run.result;
	// Scans seen in each year: the sum of the year's months, in month order.
	const delivered = run.seenByYear;
	// Outsourced scans are used first only in proportion: the in-house share of delivered scans drives consumables and reporting.
	const inHouse = delivered.map((d, y) => (capacityByYear[y] ? (d * (capacityByYear[y] - (outsourced[y] ?? 0))) / capacityByYear[y] : 0));

	const gaps = demand.map((d, y) => d.total - (capacityByYear[y] ?? 0));
	const capacity: CapacityYear[] | null = !detailed ? null : demand.map((d, y) => ({
		yearIndex: y,
		year: d.year,
		scanners: detailed.map((sc) => sc.years[y]).filter((x) => x !== undefined),
		outsourced: outsourced[y] ?? 0,
		capacity: capacityByYear[y] ?? 0,
		delivered: delivered[y] ?? 0,
		gap: gaps[y] as number,
		utilisation: (capacityByYear[y] ?? 0) > 0 ? (delivered[y] ?? 0) / (capacityByYear[y] as number) : 0
	}));

	const flsCoordinatorBaseWte = (y: number) => (fls ? (fls.byYear[y]?.identified ?? 0) / s.fls.caseloadPerCoordinatorWte : 0);
	const df = (shared.discountFactors ??= discountFactors(s));
	const travel = s.costs.patientTravel.include ? (shared.travelShares ??= travelShares(s, shared.population)) : undefined;
	const demandTotals = demand.map((d) => d.total);
	if (!full) {
		// Summary mode: the same totals in the same order, without a record per year (see staffingTotals, cashFlowTotals).
		const coordinatorWte: number[] = new Array(H);
		for (let y = 0; y < H; y++) coordinatorWte[y] = flsCoordinatorBaseWte(y);
		const st = staffingTotals(s, svc, scanners, inHouse, coordinatorWte);
		const totals = cashFlowTotals(s, svc, { scanners, delivered: inHouse, outsourced, staffCost: st.costGbp, demand: demandTotals, fls, travelShares: travel, discountFactors: df });
		let wte = 0;
		for (let y = 0; y < H; y++) wte += st.fundedWte[y] as number;
		return { id: option.id, name: option.name, businessAsUsual: option.businessAsUsual, hasFls: svc.hasFls, summary: summarise(s, { option, fls, df, delivered, capacityByYear, gaps, waitingList }, totals.discounted, totals.capital, totals.revenue, wte / H) };
	}
	const staffingYears = Array.from({ length: H }, (_, y) =>
		staffingYear(
			s,
			svc,
			{
				scannerYears: (detailed ?? []).map((sc) => ({ scannerId: sc.scanner.id, year: sc.years[y] as NonNullable<(typeof sc.years)[number]> })),
				scans: inHouse[y] ?? 0,
				flsCoordinatorBaseWte: flsCoordinatorBaseWte(y)
			},
			y,
			true
		)
	);
	const staffing = summariseStaffing(s, staffingYears);
	const flows = cashFlows(s, svc, {
		scanners,
		delivered: inHouse,
		outsourced,
		staffCost: staffingYears.map((y) => y.costGbp),
		demand: demandTotals,
		fls,
		travelShares: travel,
		discountFactors: df
	});
	const summary = summarise(
		s,
		{ option, fls, df, delivered, capacityByYear, gaps, waitingList },
		flows.reduce((t, f) => t + f.discounted, 0),
		flows.reduce((t, f) => t + f.capitalTotal, 0),
		flows.reduce((t, f) => t + f.revenueTotal, 0),
		staffingYears.reduce((t, y) => t + y.totalFundedWte, 0) / H
	);

	const finalWait = waitingList.endEstimatedWaitWeeks;
	if (!capacity) throw new Error('unreachable: full mode builds the capacity table');

	const flags: string[] = [];
	if (!staffing.hasExposureJustifier) flags.push('No staffed role is an IRMER practitioner who can justify exposures: at least one registered healthcare professional must be contracted to justify them.');
	if (!staffing.hasRegisteredProfessional) flags.push('No registered healthcare professional is staffed.');
	if (finalWait === null) flags.push('No scanning capacity in the final year: the waiting list cannot be cleared.');
	if (svc.scanners.some((sc) => sc.kind === 'mobile')) flags.push('Mobile sites each need power, toilets and a waiting area (guideline).');
	if (svc.hasFls && s.fls.hipFracturesPerYear <= 0) flags.push('The FLS has no local hip fractures to work from (fls.hipFracturesPerYear is 0): its benefits are zero.');

	return {
		id: option.id,
		name: option.name,
		description: option.description,
		businessAsUsual: option.businessAsUsual,
		hasFls: svc.hasFls,
		demand,
		capacity,
		waitingList,
		staffing,
		cashFlows: flows,
		fls,
		summary,
		flags
	};
}

/** What an option's summary needs besides its cash-flow and staffing totals. */
interface SummaryParts {
	option: Option;
	fls: FlsResult | null;
	df: Float64Array;
	delivered: readonly number[];
	capacityByYear: readonly number[];
	gaps: readonly number[];
	waitingList: { endListSize: number; endEstimatedWaitWeeks: number | null; backlogClearsMonth: number | null };
}

/** An option's summary from its cash-flow and staffing totals (worked out the same way in both modes). */
function summarise(s: Scenario, p: SummaryParts, npc: number, capitalTotal: number, revenueTotal: number, averageFundedWte: number): OptionSummary {
	const { option, fls, df, delivered, capacityByYear, gaps, waitingList } = p;
	const H = s.horizonYears;
	const { discountRate: r, discountRateLong: rl, healthDiscountRate: h, valuePerQalyGbp } = s.appraisal;
	const pvScans = delivered.reduce((t, d, y) => t + d * (df[y] as number), 0);
	const pvBenefits = fls?.pvCostsAvoidedGbp ?? 0;
	const discountedQalys = fls ? fls.byYear.reduce((t, f) => t + f.qalysGained * healthDiscountFactor(f.yearIndex, h), 0) : 0;
	const pvQalyValue = discountedQalys * valuePerQalyGbp;
	const finalWait = waitingList.endEstimatedWaitWeeks;

	const summary: OptionSummary = {
		netPresentCostGbp: npc,
		pvBenefitsGbp: pvBenefits,
		discountedQalys,
		pvQalyValueGbp: pvQalyValue,
		netPresentValueGbp: pvBenefits - npc,
		netPresentSocialValueGbp: pvBenefits + pvQalyValue - npc,
		incrementalNpcVsBauGbp: 0,
		equivalentAnnualCostGbp: npc / annuityFactor(H, r, rl),
		costPerScanGbp: pvScans > 0 ? npc / pvScans : null,
		capitalTotalGbp: capitalTotal,
		revenueTotalGbp: revenueTotal,
		scansDelivered: delivered.reduce((t, d) => t + d, 0),
		averageCapacity: capacityByYear.reduce((t, c) => t + c, 0) / H,
		maxCapacityGap: Math.max(...gaps),
		finalYearCapacityGap: gaps[H - 1] ?? 0,
		endListSize: waitingList.endListSize,
		endEstimatedWaitWeeks: finalWait,
		backlogClearsMonth: waitingList.backlogClearsMonth,
		averageFundedWte,
		fracturesAverted: fls ? fls.totals.avertedHip + fls.totals.avertedVertebral + fls.totals.avertedOther : 0,
		weightedScore: weightedScore(s, option),
		meetsDemand: finalWait !== null && finalWait <= s.demand.waitStandardWeeks,
		rank: 0
	};
	return summary;
}


/** An option's identity and summary figures, without the tables (appraiseSummaries). */
export interface OptionSummaryOnly {
	id: string;
	name: string;
	businessAsUsual: boolean;
	hasFls: boolean;
	summary: OptionSummary;
}

/** The comparison with business as usual and the ranking, written into each option's summary. */
function compareAndRank<T extends OptionSummaryOnly>(s: Scenario, options: T[]): Pick<AppraisalResult, 'ranking' | 'preferredOptionId' | 'preferredReason'> {
	const bau = options.find((o) => o.businessAsUsual) ?? options[0];
	for (const o of options) o.summary.incrementalNpcVsBauGbp = o.summary.netPresentCostGbp - (bau?.summary.netPresentCostGbp ?? 0);
	const ranked = rankOptions(options as unknown as OptionResult[], s.demand.waitStandardWeeks);
	for (const r of ranked.ranking) {
		const o = options.find((x) => x.id === r.optionId);
		if (o) o.summary.rank = r.rank;
	}
	return ranked;
}

/**
 * Every option's summary and the ranking, without the year-by-year tables: what the Monte Carlo
 * analysis needs from each of its thousands of runs. The summaries and ranking are exactly those
 * of appraise() (same arithmetic, in the same order).
 */
export function appraiseSummaries(s: Scenario, shared: SharedWork = sharedWork()): Pick<AppraisalResult, 'ranking' | 'preferredOptionId' | 'preferredReason'> & { options: OptionSummaryOnly[] } {
	const options = s.options.map((o) => optionCore(s, o, shared, false));
	const ranked = compareAndRank(s, options);
	// Not spread: that would write the preferred option's reason, which is only written when read.
	return {
		options,
		ranking: ranked.ranking,
		preferredOptionId: ranked.preferredOptionId,
		get preferredReason() {
			return ranked.preferredReason;
		}
	};
}

/** Appraise every option of a valid scenario. Pure: same scenario, same result. */
export function appraise(s: Scenario): AppraisalResult {
	const shared = sharedWork();
	const options = s.options.map((o) => appraiseOption(s, o, shared));
	const { ranking, preferredOptionId, preferredReason } = compareAndRank(s, options);
	// Scenario-level warnings first, then every option's flags prefixed with its name.
	const warnings: string[] = [];
	if (!options.some((o) => o.summary.meetsDemand))
		warnings.push(`No option brings the estimated wait within the ${s.demand.waitStandardWeeks}-week standard by the end of the horizon.`);
	warnings.push(...options.flatMap((o) => o.flags.map((f) => `${o.name}: ${f}`)));
	return {
		scenarioName: s.name,
		schemaVersion: s.schemaVersion,
		startYear: s.startYear,
		priceBaseYear: s.priceBaseYear,
		horizonYears: s.horizonYears,
		years: Array.from({ length: s.horizonYears }, (_, y) => s.startYear + y),
		options,
		ranking,
		preferredOptionId,
		preferredReason,
		warnings
	};
}
