import type { Scenario } from './schema/scenario';
import { newDemandSeries, type DemandSeries } from './demand';
import { newDiscountSeries, type DiscountSeries } from './discount';
import { newCapacitySeries, type CapacitySeries } from './capacity';
import { newWaitingSeries, type WaitingListInput, type WaitingSeries } from './waitingList';
import { newWaitingMeasureSeries, type WaitingMeasureSeries } from './waitingMeasures';
import { newFlsSeries, type FlsScanService, type FlsSeries } from './fls';
import { newStaffingSeries, type StaffingSeries } from './staffing';
import { newCostLedger, type CostLedger, type LedgerInputs } from './costLedger';
import { newCashFlowSeries, type CashFlowSeries } from './costs';
import { newAccessSeries, type AccessSeries } from './patientAccess';
import { newOptionDemandSeries, type OptionDemandSeries } from './optionDemand';
import { newPathwaySeries, type PathwayInputs, type PathwaySeries } from './pathway';
import { Slab } from './slab';
import { EffectiveService } from './effective';

/** The sizes an arena is made for: years of the horizon, localities, roles and the most scanners any option runs. */
export interface ArenaSize {
	years: number;
	localities: number;
	roles: number;
	scanners: number;
}

export function sizeOf(s: Scenario): ArenaSize {
	// A scanner removed in a later year (removeScannerYears) still runs until then, so keeps its row.
	const removed = (o: Scenario['options'][number]) => s.scanners.filter((sc) => o.removeScannerIds.includes(sc.id) && (o.removeScannerYears ?? {})[sc.id] === undefined).length;
	return {
		years: s.horizonYears,
		localities: s.catchment.localities.length,
		roles: s.staffing.roles.length,
		scanners: Math.max(0, ...s.options.map((o) => s.scanners.length - removed(o) + o.addScanners.length))
	};
}

/**
 * What the option's later stages read from the earlier ones, made once as views of the arena's
 * series: the kernel sets the figures that change from option to option (kernel.ts) rather than
 * building these for every option of every Monte Carlo iteration.
 */
export interface StageInputs {
	waiting: WaitingListInput;
	flsService: FlsScanService;
	pathway: PathwayInputs;
	ledger: LedgerInputs;
}

/**
 * The engine's work area: every series of one appraisal in typed arrays, grouped by the stage that
 * fills them. The scenario's series (demand, discounting) are shared by its options; the option
 * series hold one option at a time: the kernel (kernel.ts) fills them for an option, and the two
 * readers (tabulate.ts, summarise.ts) read them before the next option is computed. An arena is
 * passed in, never kept by the engine, and reused from one appraisal to the next (the Monte Carlo
 * analysis runs thousands in one): nothing else in src/lib/model holds state between calls.
 */
export class Arena {
	readonly size: ArenaSize;
	// The scenario's series.
	readonly demand: DemandSeries;
	readonly discount: DiscountSeries;
	// The series of the option being computed, in the order the kernel fills them.
	/** The service the option runs: the baseline with its changes (effective.ts), refilled for each option. */
	readonly service: EffectiveService;
	/** The option's demand: new referrals scaled by each locality's uptake (optionDemand.ts). */
	readonly optionDemand: OptionDemandSeries;
	readonly capacity: CapacitySeries;
	readonly waiting: WaitingSeries;
	/** The waiting-time measures under variation (waitingMeasures.ts). */
	readonly measures: WaitingMeasureSeries;
	/** Scans delivered by year, and of those the in-house share (the rest outsourced, in proportion). */
	readonly delivered: Float64Array;
	readonly inHouseScans: Float64Array;
	/** Demand minus capacity by year; positive is a shortfall. */
	readonly gap: Float64Array;
	/** Patient access: journeys to scans delivered by year and locality (patientAccess.ts). */
	readonly access: AccessSeries;
	readonly fls: FlsSeries;
	/** The pathway around the scan (pathway.ts). */
	readonly pathway: PathwaySeries;
	readonly staffing: StaffingSeries;
	readonly ledger: CostLedger;
	readonly cashFlows: CashFlowSeries;
	readonly inputs: StageInputs;

	constructor(size: ArenaSize) {
		this.size = size;
		const { years, localities, roles, scanners } = size;
		// Every series a view into a few shared buffers (slab.ts).
		const m = new Slab();
		this.demand = newDemandSeries(years, localities, m);
		this.discount = newDiscountSeries(years, m);
		this.service = new EffectiveService(years);
		this.optionDemand = newOptionDemandSeries(years, localities, m);
		this.capacity = newCapacitySeries(years, scanners, m);
		this.waiting = newWaitingSeries(years, m);
		this.measures = newWaitingMeasureSeries(years, m);
		this.delivered = m.f64(years);
		this.inHouseScans = m.f64(years);
		this.gap = m.f64(years);
		this.access = newAccessSeries(years, localities, m);
		this.fls = newFlsSeries(years, m);
		this.pathway = newPathwaySeries(years, m);
		this.staffing = newStaffingSeries(years, roles, m);
		this.ledger = newCostLedger(years, m);
		this.cashFlows = newCashFlowSeries(years, m);
		const demand = this.optionDemand.total;
		this.inputs = {
			waiting: { years, demand, capacity: this.capacity.total, startingBacklog: 0, standardWeeks: 0, monthly: true },
			flsService: { demand, delivered: this.delivered, withinStandardShare: this.waiting.withinStandardShareByYear },
			pathway: { option: {}, hasFls: false, demand: this.demand, discount: this.discount, delivered: this.delivered, inHouseScans: this.inHouseScans, referred: demand, flsReferrals: this.optionDemand.flsReferrals, summaryOnly: false },
			ledger: { capacity: this.capacity, inHouseScans: this.inHouseScans, staffCost: this.staffing.totalCostGbp, fls: null, pathway: this.pathway }
		};
	}

	/** Whether this arena is large enough for the scenario. */
	fits(s: Scenario): boolean {
		const have = this.size;
		if (s.horizonYears > have.years || s.catchment.localities.length > have.localities || s.staffing.roles.length > have.roles) return false;
		// The scanners each option runs (sizeOf), counted without building lists: the Monte Carlo analysis asks this every iteration.
		for (let i = 0; i < s.options.length; i++) {
			const o = s.options[i] as Scenario['options'][number];
			let removed = 0;
			for (let k = 0; k < s.scanners.length; k++) if (o.removeScannerIds.includes((s.scanners[k] as Scenario['scanners'][number]).id)) removed++;
			if (s.scanners.length - removed + o.addScanners.length > have.scanners) return false;
		}
		return true;
	}
}

/** An arena for the scenario: `previous` when it is large enough, else a new one. */
export function arenaFor(s: Scenario, previous?: Arena): Arena {
	return previous?.fits(s) ? previous : new Arena(sizeOf(s));
}
