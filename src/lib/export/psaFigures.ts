import { count } from '../present';
import type { CeacResult } from '../model/uncertainty';

/**
 * What the exports show of a probabilistic analysis (PsaResult): the measures per option, in one
 * order and with one wording, for the workbook's Probabilistic sheet and the business case.
 * Selection and labels only: every figure is the engine's.
 */
export type PsaMeasureKey = 'netPresentCostGbp' | 'costPerScanGbp' | 'endListSize' | 'fracturesAverted' | 'netPresentSocialValueGbp';

export interface PsaMeasure {
	key: PsaMeasureKey;
	label: string;
	unit: string;
	/** How the number reads: money in whole pounds, money in pence, a count, or a count to one decimal. */
	kind: 'gbp' | 'gbp2' | 'count' | 'count1';
}

/** The measures, with the last year and the horizon in their labels. */
export function psaMeasures(endYear: number, horizonYears: number): PsaMeasure[] {
	return [
		{ key: 'netPresentCostGbp', label: 'Net present cost', unit: 'GBP, present value', kind: 'gbp' },
		{ key: 'costPerScanGbp', label: 'Cost per scan', unit: 'GBP per scan', kind: 'gbp2' },
		{ key: 'endListSize', label: `Waiting list at the end of ${endYear}`, unit: 'patients', kind: 'count' },
		{ key: 'fracturesAverted', label: `Fractures averted over ${horizonYears} years`, unit: 'fractures', kind: 'count1' },
		{ key: 'netPresentSocialValueGbp', label: 'Net present social value', unit: 'GBP, present value', kind: 'gbp' }
	];
}

/** A threshold on the acceptability curve and why a reader looks there. */
export interface CeacThreshold {
	willingnessToPayGbp: number;
	probability: number;
	source: 'NICE' | 'appraisal';
	why: string;
}

/**
 * Willingness-to-pay thresholds a reader looks for on the acceptability curve: NICE's £20,000
 * and £30,000 per QALY (NICE health technology evaluations manual, 2022, section 6.3) and the
 * appraisal's own value of a QALY (HM Treasury Green Book, 2022: £70,000 by default). Only points
 * the engine worked out are returned (no interpolation), lowest first.
 */
export function ceacThresholds(ceac: CeacResult, valuePerQalyGbp: number): CeacThreshold[] {
	const wanted: { gbp: number; source: CeacThreshold['source']; why: string }[] = [
		{ gbp: 20000, source: 'NICE', why: 'NICE lower threshold' },
		{ gbp: 30000, source: 'NICE', why: 'NICE upper threshold' }
	];
	if (!wanted.some((w) => w.gbp === valuePerQalyGbp)) wanted.push({ gbp: valuePerQalyGbp, source: 'appraisal', why: 'value of a QALY in this appraisal (Green Book)' });
	const out: CeacThreshold[] = [];
	for (const w of wanted.sort((a, b) => a.gbp - b.gbp)) {
		const p = ceac.points.find((x) => x.willingnessToPayGbp === w.gbp);
		if (p) out.push({ willingnessToPayGbp: p.willingnessToPayGbp, probability: p.probability, source: w.source, why: w.why });
	}
	return out;
}

/** How to reproduce a run, for the sheet and the business case. */
export function reproduceText(iterations: number, seed: number): string {
	return `The same scenario with ${count(iterations)} runs and seed ${seed} gives the same numbers: in the app, set them on the Uncertainty page and run the analysis; on the command line, npm run cli -- appraise scenario.json --psa ${iterations} --seed ${seed} --xlsx out.xlsx.`;
}
