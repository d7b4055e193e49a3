import type { UncertaintySettings } from '../schema/uncertainty';
import { uncertainFields, type UncertainField } from './fields';
import { distributionMoments } from './distributions';
import { crossFieldViolation } from './constraints';
import { withValue } from './paths';
import { someOf } from '../schema/references';

/** The parts of a parsed scenario the uncertainty checks read. */
interface Checkable {
	uncertainty?: UncertaintySettings;
	options: { id: string; addFls: boolean }[];
	demand: { vfaShare: unknown; oneStopShare: unknown };
	fls: { inBaseline: boolean; refractureRisk1y: unknown; refractureRisk2y: unknown; refractureRisk5y: unknown; hipShare: unknown; vertebralShare: unknown };
}

const show = (v: number) => String(Number(v.toPrecision(6)));

/** A problem with the uncertainty section, at its path in the scenario. */
export interface UncertaintyIssue {
	path: (string | number)[];
	message: string;
}

function suggestions(path: string, fields: Map<string, UncertainField>): string {
	const last = path.split(/[.[\]]/).filter(Boolean).pop() ?? '';
	const near = [...fields.keys()].filter((p) => p.endsWith(`.${last}`) || p === last).slice(0, 3);
	return near.length ? `; inputs with that name: ${near.join(', ')}` : '; pick a path from the input catalogue, e.g. scanners[0].dnaRate';
}

/**
 * Checks of the `uncertainty` section against the rest of a valid scenario, each naming its path:
 * the path names a numeric input; low < high inside the field's bounds and around the base value;
 * whole-number fields get whole-number ends; distribution parameters fit the field (beta only for
 * proportions, gamma and lognormal only for non-negative inputs, a triangular mode inside the
 * range) and the distribution's mean lies inside the range; the ends keep the scenario's
 * cross-field rules; the acceptability-curve options exist.
 * The parser (parse.ts) runs them once the rest of the scenario is valid and every formula is
 * evaluated: a range cannot be judged against a base value that is itself in error, and one
 * mistake should give one message, not a cascade.
 */
export function uncertaintyIssues(s: Checkable): UncertaintyIssue[] {
	const u = s.uncertainty;
	if (!u) return [];
	const out: UncertaintyIssue[] = [];
	const add = (path: (string | number)[], message: string) => void out.push({ path, message });
	const fields = uncertainFields(s);
	const first = new Map<string, number>();
	u.inputs.forEach((inp, i) => {
		const issue = (key: string, message: string) => add(['uncertainty', 'inputs', i, key], message);
		const dup = first.get(inp.path);
		if (dup !== undefined) return issue('path', `"${inp.path}" already has a range at uncertainty.inputs[${dup}]`);
		first.set(inp.path, i);
		const field = fields.get(inp.path);
		if (!field) return issue('path', `"${inp.path}" is not a numeric input of this scenario${suggestions(inp.path, fields)}`);
		const { low, high } = inp;
		if (!(low < high)) return issue('high', `must be above low (${show(low)}) for ${field.label}, got ${show(high)}`);
		if (low < field.min) issue('low', `must be at least ${show(field.min)} (the lowest ${field.label} can be), got ${show(low)}`);
		if (high > field.max) issue('high', `must be at most ${show(field.max)} (the highest ${field.label} can be), got ${show(high)}`);
		if (field.int && (!Number.isInteger(low) || !Number.isInteger(high))) issue('low', `${field.label} is a whole number, so low and high must be whole numbers, got ${show(low)} and ${show(high)}`);
		const base = field.entry.value;
		const linked = (inp.linkedPaths ?? []).map((lp, j) => {
			const lf = fields.get(lp);
			const path = ['uncertainty', 'inputs', i, 'linkedPaths', j];
			if (!lf) add(path, `"${lp}" is not a numeric input of this scenario${suggestions(lp, fields)}`);
			else if (lp === inp.path || first.has(lp)) add(path, `"${lp}" already has its own range; an input can be linked to one range only`);
			else if (lf.int !== field.int) add(path, `"${lp}" and "${inp.path}" must both be whole numbers or both not`);
			return lf;
		});
		linked.forEach((lf) => lf && first.set(lf.path, i));
		if (typeof base === 'number') {
			if (base < low || base > high) issue('low', `the range ${show(low)} to ${show(high)} must include the base value of ${inp.path} (${show(base)})`);
			for (const end of [low, high]) {
				const broken = crossFieldViolation(withValue(s, field.parts, end));
				if (broken) issue(end === low ? 'low' : 'high', `at ${show(end)}, ${broken}`);
			}
		}
		const d = inp.distribution;
		if (!d) return;
		const dIssue = (message: string) => add(['uncertainty', 'inputs', i, 'distribution'], message);
		if (d.type === 'beta' && !field.proportion) return dIssue(`beta is for proportions between 0 and 1, but ${field.label} (${inp.path}) runs from ${show(field.min)} to ${show(field.max)}; use gamma or lognormal for costs and counts`);
		if ((d.type === 'gamma' || d.type === 'lognormal') && field.min < 0) return dIssue(`${d.type} gives only positive values, but ${field.label} (${inp.path}) can be negative; use normal or triangular`);
		if (d.type === 'triangular' && (d.mode < low || d.mode > high)) return dIssue(`triangular mode ${show(d.mode)} must lie between low (${show(low)}) and high (${show(high)})`);
		const { mean } = distributionMoments(d, low, high, typeof base === 'number' ? base : (low + high) / 2);
		if (mean < low || mean > high) dIssue(`the ${d.type} distribution's mean (${show(mean)}) lies outside the range ${show(low)} to ${show(high)}; the range and the distribution should describe the same uncertainty`);
	});
	if (u.ceac) {
		const ids = new Set(s.options.map((o) => o.id));
		for (const key of ['optionId', 'comparatorId'] as const) {
			if (!ids.has(u.ceac[key])) add(['uncertainty', 'ceac', key], `unknown option "${u.ceac[key]}" (${someOf(ids, 'options')})`);
		}
		if (u.ceac.optionId === u.ceac.comparatorId) add(['uncertainty', 'ceac', 'comparatorId'], 'the comparator must be a different option');
	}
	return out;
}
