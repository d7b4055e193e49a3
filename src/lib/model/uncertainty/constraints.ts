/**
 * Cross-field rules of the scenario schema that a drawn or varied value could break. They repeat
 * the superRefine checks in schema/demand.ts and schema/fls.ts, which run at parse time only; the
 * sampler and the sensitivity searches check a varied scenario here instead of re-parsing it
 * (a full parse per Monte Carlo iteration would cost more than the appraisal itself).
 */
interface Checked {
	demand: { vfaShare: unknown; oneStopShare: unknown };
	fls: { refractureRisk1y: unknown; refractureRisk2y: unknown; refractureRisk5y: unknown; hipShare: unknown; vertebralShare: unknown };
}

const isNum = (v: unknown): v is number => typeof v === 'number';

/** The first cross-field rule the scenario breaks, as a sentence naming the fields; null when none. */
export function crossFieldViolation(s: Checked): string | null {
	const { vfaShare, oneStopShare } = s.demand;
	if (isNum(vfaShare) && isNum(oneStopShare) && vfaShare + oneStopShare > 1) return `demand.vfaShare + demand.oneStopShare would be ${vfaShare + oneStopShare}, above 1`;
	const f = s.fls;
	if (isNum(f.refractureRisk1y) && isNum(f.refractureRisk2y) && isNum(f.refractureRisk5y) && !(f.refractureRisk1y <= f.refractureRisk2y && f.refractureRisk2y <= f.refractureRisk5y))
		return `cumulative refracture risks would fall over time (${f.refractureRisk1y}, ${f.refractureRisk2y}, ${f.refractureRisk5y})`;
	if (isNum(f.hipShare) && isNum(f.vertebralShare) && f.hipShare + f.vertebralShare > 1) return `fls.hipShare + fls.vertebralShare would be ${f.hipShare + f.vertebralShare}, above 1`;
	return null;
}
