/**
 * The figures of a workbook's Probabilistic sheet next to the engine's PSA result they should
 * equal, for the CLI test and the app's export journey (each compares them with its own expect):
 * run size, seed, the share of runs the base-case preferred option stays preferred, each option's
 * row of the options-compared table, and the acceptability curve.
 */
import type { PsaResult } from '../../src/lib/model/uncertainty/types';

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
			options: psa.options.map((_, i) => rows[head + 1 + i]?.slice(0, 7)),
			curve: rows.slice(wtp + 1, wtp + 1 + curve.length).map((r) => [r[0], r[1]])
		},
		expected: {
			iterations: psa.iterations,
			seed: psa.seed,
			staysPreferred: psa.probabilityBasePreferred,
			options: psa.options.map((o) => [o.name, o.optionId === psa.basePreferredOptionId ? 'Yes' : 'No', o.probabilityPreferred, o.probabilityMeetsDemand, o.netPresentCostGbp.mean, o.netPresentCostGbp.p05, o.netPresentCostGbp.p95]),
			curve: curve.map((q) => [q.willingnessToPayGbp, q.probability])
		}
	};
}
