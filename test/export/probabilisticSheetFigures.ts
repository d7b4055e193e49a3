/**
 * The figures of a workbook's Probabilistic sheet next to the engine's PSA result they should
 * equal, for the CLI test and the app's export journey (each compares them with its own expect):
 * run size, seed, the share of runs the base-case preferred option stays preferred, each option's
 * row of the options-compared table, and the acceptability curve.
 */
import type { PsaResult } from '../../src/lib/model/uncertainty/types';

/**
 * Sums of money (the NPC's mean, 5th and 95th percentiles) to the penny: in the app two workers
 * each sum half the runs, and Chromium's JavaScript engine is not Node's, so a figure can differ in
 * its last binary digit (mean 7,328,270.177276014 against ...013; 5th percentile
 * 1,622,890.7008177964 against ...962). The shares of runs and the curve are compared exactly.
 */
function penny(v: unknown): unknown {
	return typeof v === 'number' ? Math.round(v * 100) / 100 : v;
}

export function probabilisticSheetFigures(rows: unknown[][], psa: PsaResult): { actual: unknown; expected: unknown } {
	const find = (label: string) => rows.find((r) => r[0] === label) ?? [];
	const head = rows.findIndex((r) => r[0] === 'Option');
	const wtp = rows.findIndex((r) => r[0] === 'Willingness to pay per QALY (GBP)');
	const curve = psa.ceac?.points ?? [];
	return {
		actual: {
			iterations: find('Model runs (iterations)')[1],
			seed: find('Seed')[1],
			staysPreferred: find('Share of runs in which it stays preferred')[1],
			// Options compared: name, preferred in the base case, share preferred, share meeting the standard, NPC mean, 5th, 95th.
			options: psa.options.map((_, i) => {
				const r = rows[head + 1 + i]?.slice(0, 7) ?? [];
				return [...r.slice(0, 4), ...r.slice(4).map(penny)];
			}),
			curve: rows.slice(wtp + 1, wtp + 1 + curve.length).map((r) => [r[0], r[1]])
		},
		expected: {
			iterations: psa.iterations,
			seed: psa.seed,
			staysPreferred: psa.probabilityBasePreferred,
			options: psa.options.map((o) => [o.name, o.optionId === psa.basePreferredOptionId ? 'Yes' : 'No', o.probabilityPreferred, o.probabilityMeetsDemand, penny(o.netPresentCostGbp.mean), penny(o.netPresentCostGbp.p05), penny(o.netPresentCostGbp.p95)]),
			curve: curve.map((q) => [q.willingnessToPayGbp, q.probability])
		}
	};
}
