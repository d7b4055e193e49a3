import type { Scenario } from './schema/scenario';
import { newDemandSeries, type DemandSeries } from './demand';
import { newDiscountSeries, type DiscountSeries } from './discount';
import { newCapacitySeries, type CapacitySeries } from './capacity';
import { newWaitingSeries, type WaitingSeries } from './waitingList';
import { newWaitingMeasureSeries, type WaitingMeasureSeries } from './waitingMeasures';
import { newFlsSeries, type FlsSeries } from './fls';
import { newStaffingSeries, type StaffingSeries } from './staffing';
import { newCostLedger, type CostLedger } from './costLedger';
import { newCashFlowSeries, type CashFlowSeries } from './costs';
import { newAccessSeries, type AccessSeries } from './patientAccess';
import { newOptionDemandSeries, type OptionDemandSeries } from './optionDemand';
import { newPathwaySeries, type PathwaySeries } from './pathway';
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
	}

	/** Whether this arena is large enough for the scenario. */
	fits(s: Scenario): boolean {
		const have = this.size;
		if (s.horizonYears > have.years || s.catchment.localities.length > have.localities || s.staffing.roles.length > have.roles) return false;
		// The scanners each option runs (sizeOf), counted without building lists: the Monte Carlo analysis asks this every iteration.
		for (const o of s.options) {
			let removed = 0;
			for (const sc of s.scanners) if (o.removeScannerIds.includes(sc.id)) removed++;
			if (s.scanners.length - removed + o.addScanners.length > have.scanners) return false;
		}
		return true;
	}
}

/** An arena for the scenario: `previous` when it is large enough, else a new one. */
export function arenaFor(s: Scenario, previous?: Arena): Arena {
	return previous?.fits(s) ? previous : new Arena(sizeOf(s));
}
