import type { AppraisalResult } from '../model';
import type { PsaResult } from '../model/uncertainty';
import type { PrecomputedSensitivity } from './sensitivity';

/** Base-case figures agree when they differ by no more than rounding (a millionth of a penny per pound). */
function same(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * An analysis worked out elsewhere (the app's worker, the CLI) must be of the scenario being
 * exported: a PSA of another version would put wrong figures in a business case. Its base case
 * must match the appraisal option by option. Returns the problem, or null when it matches.
 */
export function psaMismatch(psa: PsaResult, result: AppraisalResult): string | null {
	const ids = result.options.map((o) => o.id).join(', ');
	const psaIds = psa.options.map((o) => o.optionId).join(', ');
	if (ids !== psaIds) return `its options (${psaIds}) are not the scenario's (${ids})`;
	if (psa.basePreferredOptionId !== result.preferredOptionId) return `its preferred option (${psa.basePreferredOptionId}) is not the appraisal's (${result.preferredOptionId})`;
	for (const [i, o] of result.options.entries()) {
		const base = psa.options[i]?.base.netPresentCostGbp ?? NaN;
		if (!same(base, o.summary.netPresentCostGbp)) return `its base-case net present cost of ${o.name} (${base}) is not the appraisal's (${o.summary.netPresentCostGbp})`;
	}
	return null;
}

/** The same check for a one-way sensitivity analysis: preferred option and its base-case net present cost. */
export function sensitivityMismatch(sens: PrecomputedSensitivity, result: AppraisalResult): string | null {
	const preferred = result.options.find((o) => o.id === result.preferredOptionId);
	if (sens.ows.preferredOptionId !== result.preferredOptionId || !preferred) return `its preferred option (${sens.ows.preferredOptionId}) is not the appraisal's (${result.preferredOptionId})`;
	if (!same(sens.ows.baseNpcGbp, preferred.summary.netPresentCostGbp)) return `its base-case net present cost (${sens.ows.baseNpcGbp}) is not the appraisal's (${preferred.summary.netPresentCostGbp})`;
	return null;
}
