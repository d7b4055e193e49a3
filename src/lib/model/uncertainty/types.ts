import type { Distribution } from '../schema/uncertainty';

/** One uncertain input as the analyses use it: the scenario's range resolved against its catalogue entry. */
export interface InputRange {
	path: string;
	label: string;
	unit: string;
	/** Base-case value in the scenario. */
	base: number;
	low: number;
	high: number;
	/** Bounds of the field itself; switching-value searches may go this far. */
	fieldMin: number;
	fieldMax: number;
	int: boolean;
	distribution: Distribution | undefined;
	/** e.g. "Beta(9, 91)"; a missing distribution reads "Triangular(low, mode base, high)". */
	distributionLabel: string;
	/** Analytical mean of the distribution drawn from. */
	mean: number;
	source?: string;
	placeholder?: boolean;
}

/** One bar of a tornado: a metric with the input at its low and at its high value, every other input at base. */
export interface TornadoBar {
	path: string;
	label: string;
	unit: string;
	low: number;
	high: number;
	base: number;
	/** The metric with this input at low and at high (GBP). */
	atLow: number;
	atHigh: number;
	/** |atHigh - atLow|: bars are sorted by it, widest first. */
	swing: number;
	/** The preferred option with the input at low and at high. */
	preferredAtLow: string;
	preferredAtHigh: string;
}

/** One-way sensitivity of the preferred option's NPC and of the NPSV gap between the top two options. */
export interface SensitivityResult {
	preferredOptionId: string;
	preferredName: string;
	/** The base-case runner-up, or null with a single option. */
	runnerUpOptionId: string | null;
	runnerUpName: string | null;
	/** Base-case NPC of the preferred option (GBP). */
	baseNpcGbp: number;
	/** Base-case NPSV of the preferred option minus the runner-up's (GBP); null with a single option. */
	baseGapGbp: number | null;
	/** Bars for the preferred option's NPC, widest swing first. */
	npc: TornadoBar[];
	/** Bars for the NPSV gap (preferred minus runner-up), widest swing first; empty with a single option. */
	gap: TornadoBar[];
	inputs: InputRange[];
}

/** Where the preferred option changes as one input moves away from its base value. */
export interface SwitchPoint {
	/** Midpoint of the final bisection bracket (whole numbers: the first whole value that switches). */
	value: number;
	/** The last value with the base-case preferred option and the first with another; the engine re-run at each end confirms it. */
	bracket: [number, number];
	/** (value - base) / base; null when the base is 0. */
	changeFromBase: number | null;
	/** The option preferred beyond the switching value. */
	newPreferredOptionId: string;
	newPreferredName: string;
	/** Whether the value lies inside the input's stated low-high range. */
	withinRange: boolean;
}

export interface SwitchingValue {
	path: string;
	label: string;
	unit: string;
	base: number;
	low: number;
	high: number;
	/** The span searched: the stated range, widened step by step to the field's bounds. */
	searchedFrom: number;
	searchedTo: number;
	/** Nearest switch below the base value, and above it; null when none was found. */
	below: SwitchPoint | null;
	above: SwitchPoint | null;
	/** A sentence for the business case. */
	statement: string;
}

/** Summary of a sampled quantity: mean, standard deviation and the 5th, 50th and 95th percentiles (90% interval). */
export interface Stat {
	mean: number;
	sd: number;
	p05: number;
	p50: number;
	p95: number;
	/** Iterations with a value (cost per scan is undefined when no scans are delivered). */
	n: number;
}

export interface PsaOptionResult {
	optionId: string;
	name: string;
	businessAsUsual: boolean;
	hasFls: boolean;
	/** The deterministic base case, for comparison with the sampled means. */
	base: { netPresentCostGbp: number; costPerScanGbp: number | null; endListSize: number; fracturesAverted: number; netPresentSocialValueGbp: number };
	netPresentCostGbp: Stat;
	/** Null when no iteration delivered any scans. */
	costPerScanGbp: Stat | null;
	endListSize: Stat;
	fracturesAverted: Stat;
	netPresentSocialValueGbp: Stat;
	/** Share of iterations in which this option ranks first (same rules as the base case). */
	probabilityPreferred: number;
	/** Share of iterations in which the option meets the waiting-time standard at the end of the horizon. */
	probabilityMeetsDemand: number;
}

/** One option's net present cost histogram, on its own equal-width bins. */
export interface Histogram {
	optionId: string;
	name: string;
	/** Bin edges (GBP), one more than the bins; the last bin includes its upper edge. */
	edges: number[];
	counts: number[];
}

/** Cost-effectiveness acceptability curve of the FLS option against its comparator. */
export interface CeacResult {
	optionId: string;
	optionName: string;
	comparatorId: string;
	comparatorName: string;
	/** Why this pair (explicit in the scenario, or chosen as the closest option without the FLS). */
	basis: string;
	/**
	 * Probability that the FLS option's net monetary benefit exceeds the comparator's at each
	 * willingness to pay lambda: NMB = lambda x discounted QALYs + PV of fracture costs avoided - NPC.
	 */
	points: { willingnessToPayGbp: number; probability: number }[];
	/** Mean incremental cost net of fracture costs avoided (GBP) and mean incremental discounted QALYs. */
	meanIncrementalCostGbp: number;
	meanIncrementalQalys: number;
	/** Base-case incremental cost per QALY; null when QALYs are not gained or the FLS option is cheaper and better. */
	baseIcerGbpPerQaly: number | null;
}

export interface PsaResult {
	iterations: number;
	seed: number;
	/** Iterations redrawn because the drawn values broke a cross-field rule (e.g. VFA + one-stop share above 1). */
	redraws: number;
	inputs: InputRange[];
	basePreferredOptionId: string;
	/** Share of iterations in which the base-case preferred option stays first. */
	probabilityBasePreferred: number;
	options: PsaOptionResult[];
	/** Per option: how its net present cost spreads across the iterations (own bins, so a narrow spread is still visible). */
	npcHistograms: Histogram[];
	ceac: CeacResult | null;
	/** Why there is no acceptability curve, when there is none. */
	ceacNote: string | null;
}

/** Raw per-iteration results of a block of PSA iterations; blocks from several workers merge into one. */
export interface PsaSamples {
	seed: number;
	/** First iteration number of the block and how many it holds. */
	start: number;
	count: number;
	optionIds: string[];
	inputPaths: string[];
	/** Row-major [iteration][option]. */
	npc: Float64Array;
	/** NaN where no scans were delivered. */
	costPerScan: Float64Array;
	endListSize: Float64Array;
	fracturesAverted: Float64Array;
	npsv: Float64Array;
	qalys: Float64Array;
	benefits: Float64Array;
	meetsDemand: Uint8Array;
	/** Index of the preferred option in each iteration. */
	preferred: Uint16Array;
	/** Row-major [iteration][input]: the drawn values. */
	draws: Float64Array;
	redraws: number;
}

export interface PsaOptions {
	iterations: number;
	seed: number;
	/** Called every `progressEvery` iterations (and at the end) with the number done so far. */
	onProgress?: (done: number) => void;
	progressEvery?: number;
	signal?: AbortSignal;
}

/**
 * The one-way sensitivity and the switching values of one scenario, worked out together: what the
 * workbook's Sensitivity sheet and the business case's sensitivity text and appendix read.
 */
export interface SensitivityAnalyses {
	ows: SensitivityResult;
	sv: SwitchingValue[];
}
