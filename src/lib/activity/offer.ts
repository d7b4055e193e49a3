import { parseScenario, appraiseOption, AGE_BANDS, type Scenario, type ScenarioInput } from '../model';
import type { PathPart } from '../state/paths';
import type { ActivityFit } from './fit';
import { fittedYear } from './fit';
import { annualGrowth } from './trend';
import { financialYearStart, monthLabel, monthSpan, type MonthIndex } from './months';
import { count } from '../present/numbers';
import { financialYear } from '../present/calendar';

/**
 * What an activity fit offers the scenario: each item a set of values to write, the rationale
 * to record beside them (the file and its months), and notes. Every figure the engine produces
 * (demand, capacity) is read from the engine: values are chosen by running it, never by
 * re-deriving its arithmetic here. The demand and capacity of the business-as-usual option in the
 * first year are affine in the rate (or session) multiplier, so two engine runs fix it exactly.
 */
export type OfferId = 'growth' | 'referrals' | 'backlog' | 'capacity' | 'variation';

export interface OfferEdit {
	path: PathPart[];
	value: number;
}

export interface OfferItem {
	id: OfferId;
	label: string;
	/** What the scenario gives today, and what the fit would make it (in `unit`). */
	current: number;
	proposed: number;
	unit: string;
	/** How to show the two values when a number and unit do not say it (the variation item). */
	currentText?: string;
	proposedText?: string;
	edits: OfferEdit[];
	/** Rationale text recorded under each path written. */
	rationale: string;
	notes: string[];
}

export interface ActivityOffer {
	items: OfferItem[];
	/** Why something the file holds cannot be offered. */
	unavailable: string[];
}

const BOUNDS = { rateGrowth: 0.5, sessions: 21 };

function bau(s: Scenario) {
	return s.options.find((o) => o.businessAsUsual) ?? s.options[0];
}

/** The business-as-usual option's first year, from the engine, for a variant of the input; null when the variant is not valid. */
function firstYear(input: ScenarioInput): { total: number; newReferrals: number; nextNewReferrals: number; capacity: number } | null {
	// Uncertainty ranges do not change the engine's figures; left out so a trial value outside one is still a valid scenario.
	const p = parseScenario({ ...input, uncertainty: undefined });
	if (!p.ok) return null;
	const option = bau(p.scenario);
	if (!option) return null;
	const r = appraiseOption(p.scenario, option);
	return { total: r.demand[0]?.total ?? 0, newReferrals: r.demand[0]?.newReferrals ?? 0, nextNewReferrals: r.demand[1]?.newReferrals ?? 0, capacity: r.capacity[0]?.capacity ?? 0 };
}

function clone(input: ScenarioInput): ScenarioInput {
	return JSON.parse(JSON.stringify(input)) as ScenarioInput;
}

function apply(input: ScenarioInput, edits: readonly OfferEdit[]): ScenarioInput {
	const out: Record<string, unknown> = clone(input);
	for (const e of edits) {
		let v = out as Record<PathPart, unknown>;
		for (let i = 0; i < e.path.length - 1; i++) {
			const p = e.path[i] as PathPart;
			if (v[p] === null || typeof v[p] !== 'object') v[p] = {};
			v = v[p] as Record<PathPart, unknown>;
		}
		v[e.path[e.path.length - 1] as PathPart] = e.value;
	}
	return out as ScenarioInput;
}

/** Solve f(k) = target for f affine in k, from f(1) and f(2); null when f does not move with k. */
function solveAffine(f1: number, f2: number, target: number): number | null {
	const slope = f2 - f1;
	return slope > 1e-9 ? 1 + (target - f1) / slope : null;
}

function round(v: number, dp: number): number {
	const f = 10 ** dp;
	return Math.round(v * f) / f;
}

/** Sum of the last 12 months of scans when all 12 are present, else 12 x their mean; with the months used. */
function lastYearScans(fit: ActivityFit): { total: number; first: MonthIndex; last: MonthIndex; months: number } | null {
	const s = fit.scans;
	if (!s) return null;
	const last = s.months[s.months.length - 1] as number;
	const idx = s.months.map((m, i) => (m > last - 12 ? i : -1)).filter((i) => i >= 0);
	if (!idx.length) return null;
	const sum = idx.reduce((t, i) => t + (s.values[i] as number), 0);
	return { total: idx.length === 12 ? sum : (sum / idx.length) * 12, first: s.months[idx[0] as number] as number, last, months: idx.length };
}

export function offerFromFit(fit: ActivityFit, input: ScenarioInput, scenario: Scenario): ActivityOffer {
	const items: OfferItem[] = [];
	const unavailable: string[] = [];
	const d = fit.data;
	const source = `${d.fileName}, ${monthSpan(d.first, d.last)}`;
	const start = financialYearStart(scenario.startYear);
	const ahead = start - d.last;
	const aheadNote = ahead > 24 ? [`The scenario starts ${Math.floor(ahead / 12)} years after the last month of data: the trend is carried a long way.`] : [];
	const base = firstYear(input);
	if (!base) return { items, unavailable: ['The scenario has problems to fix first (see the Edit page).'] };

	let working = input;
	const ref = fit.referrals;
	if (ref) {
		const fitted = annualGrowth(ref.trend, start);
		const zero = firstYear(apply(input, [{ path: ['demand', 'referralRateGrowth'], value: 0 }]));
		if (zero && zero.newReferrals > 0) {
			// Population growth alone moves new referrals by n(1) / n(0) - 1; the rest is the rate growth.
			const population = zero.nextNewReferrals / zero.newReferrals - 1;
			const raw = (1 + fitted) / (1 + population) - 1;
			const rate = round(Math.max(-BOUNDS.rateGrowth, Math.min(BOUNDS.rateGrowth, raw)), 4);
			const edits: OfferEdit[] = [{ path: ['demand', 'referralRateGrowth'], value: rate }];
			items.push({
				id: 'growth',
				label: 'Growth in referral rates',
				current: scenario.demand.referralRateGrowth,
				proposed: rate,
				unit: 'fraction per year',
				edits,
				rationale: `From ${source}: ${ref.trend.kind === 'logLinear' ? 'log-linear' : 'linear'} trend of referrals growing ${(fitted * 100).toFixed(1)}% a year at the scenario's start, less the ${(population * 100).toFixed(1)}% a year the catchment's population growth gives.`,
				notes: [...(raw !== rate && Math.abs(raw) > BOUNDS.rateGrowth ? [`The fitted ${(raw * 100).toFixed(1)}% a year is outside the planner's limit of ${BOUNDS.rateGrowth * 100}% and is capped.`] : []), ...aheadNote]
			});
			working = apply(working, edits);
		} else unavailable.push('Growth in referral rates: the catchment has no population or referral rates yet to separate population growth from; enter the population first.');
		const target = fittedYear(ref, start);
		const rates = scenario.demand.referralRatesPer1000;
		const scaled = (k: number) => AGE_BANDS.map((b) => ({ path: ['demand', 'referralRatesPer1000', b] as PathPart[], value: rates[b] * k }));
		const one = firstYear(working);
		const two = firstYear(apply(working, scaled(2)));
		const k = one && two ? solveAffine(one.total, two.total, target) : null;
		if (k === null || k < 0) unavailable.push(k === null ? 'Referral level: the catchment has no population or no referral rates yet, so there is nothing to scale; enter the population first.' : 'Referral level: the fitted referrals are below what the FLS alone sends, so the rates cannot be scaled to them.');
		else {
			const edits = scaled(k).map((e) => ({ ...e, value: round(e.value, 3) }));
			items.push({
				id: 'referrals',
				label: `Referrals in ${financialYear(scenario.startYear)} (business as usual, all scans)`,
				current: base.total,
				proposed: target,
				unit: 'scans a year',
				edits,
				rationale: `From ${source}: referral rates scaled by ${k.toFixed(3)} so the first year's demand equals the fitted referrals for April ${scenario.startYear} to March ${scenario.startYear + 1} (trend${ref.seasonal ? ' x seasonal index' : ''}, ${count(target)}).`,
				notes: [...(AGE_BANDS.some((b) => typeof (input.demand?.referralRatesPer1000 as Record<string, unknown> | undefined)?.[b] === 'object') ? ['Rates written as formulas are replaced by numbers.'] : []), ...aheadNote]
			});
			working = apply(working, edits);
		}
	} else unavailable.push('Referral level and growth: the file has no referral figures to fit (at least 12 months are needed).');

	if (fit.backlog) {
		const b = fit.backlog;
		items.push({
			id: 'backlog',
			label: 'Patients waiting at the start',
			current: scenario.demand.startingBacklog,
			proposed: b.waitingList,
			unit: 'patients',
			edits: [{ path: ['demand', 'startingBacklog'], value: b.waitingList }],
			rationale: `From ${d.fileName}: waiting list at the end of ${monthLabel(b.month)}${b.waiting6 !== null ? ` (${count(b.waiting6)} waiting 6 weeks or more)` : ''}.`,
			notes: start - b.month > 1 ? [`The list is from ${monthLabel(b.month)}, ${start - b.month - 1} months before the scenario starts in April ${scenario.startYear}.`] : []
		});
	} else unavailable.push('Starting backlog: the file has no waiting-list column.');

	const scans = lastYearScans(fit);
	const scanners = scenario.scanners;
	if (scans && scanners.length) {
		const sessions = (k: number) => scanners.map((sc, i) => ({ path: ['scanners', i, 'sessionsPerWeek'] as PathPart[], value: sc.sessionsPerWeek * k }));
		const one = firstYear(working);
		const two = firstYear(apply(working, sessions(2)));
		const k = one && two ? solveAffine(one.capacity, two.capacity, scans.total) : null;
		if (k === null || k <= 0) unavailable.push("Today's capacity: the scanners give no capacity in the first year to scale.");
		else {
			const capped = sessions(k).map((e) => ({ ...e, value: round(Math.min(BOUNDS.sessions, e.value), 3) }));
			items.push({
				id: 'capacity',
				label: "Today's capacity (sessions a week on each scanner)",
				current: one?.capacity ?? base.capacity,
				proposed: scans.total,
				unit: 'scans a year',
				edits: capped,
				rationale: `From ${d.fileName}: ${count(scans.total)} scans in ${monthSpan(scans.first, scans.last)}${scans.months < 12 ? ` (${scans.months} months, scaled to a year)` : ''}; sessions a week scaled by ${k.toFixed(3)} so the first year's capacity matches.`,
				notes: [
					'Scans done equal capacity only while there is a waiting list; with spare capacity they understate it.',
					...(sessions(k).some((e) => e.value > BOUNDS.sessions) ? [`Capped at ${BOUNDS.sessions} sessions a week, the most the planner allows: the scans done need more capacity than these scanners can give.`] : [])
				]
			});
		}
	} else if (!scans) unavailable.push("Today's capacity: the file has no scans-done figures to fit (at least 12 months are needed).");

	if (ref) {
		const cv = (v: number) => round(Math.min(2, v), 4);
		const edits: OfferEdit[] = [{ path: ['waiting', 'referralsMonthlyCv'], value: cv(ref.monthlyCv) }];
		if (fit.scans) edits.push({ path: ['waiting', 'scansMonthlyCv'], value: cv(fit.scans.monthlyCv) });
		const pct = (v: number | undefined) => (v === undefined ? 'random (Poisson)' : `${(v * 100).toFixed(1)}%`);
		const w = scenario.waiting;
		items.push({
			id: 'variation',
			label: 'Month-to-month variation (for the capacity that holds the waiting-time standard)',
			current: w.referralsMonthlyCv ?? 0,
			proposed: cv(ref.monthlyCv),
			unit: 'coefficient of variation',
			currentText: `referrals ${pct(w.referralsMonthlyCv)}, scans ${pct(w.scansMonthlyCv)}`,
			proposedText: `referrals ${pct(cv(ref.monthlyCv))}, scans ${fit.scans ? pct(cv(fit.scans.monthlyCv)) : pct(w.scansMonthlyCv)}`,
			edits,
			rationale: `From ${source}: standard deviation of the monthly figures around their trend over their mean (referrals ${pct(ref.monthlyCv)}${fit.scans ? `, scans ${pct(fit.scans.monthlyCv)}` : ''}).`,
			notes: []
		});
	}
	return { items, unavailable };
}

/** Rationale keys written with an item: its paths, as the scenario's rationale record keys them. */
export function rationaleKeys(item: OfferItem): string[] {
	return item.edits.map((e) => keyOf(e.path));
}

type Range = { path: string; low: number; high: number; distribution?: Record<string, unknown> & { type: string } };

/**
 * Keep an uncertainty range around an input the offer changes: a range that no longer holds the
 * new value moves with it in proportion (new / old, with the distribution's mode, mean, sd or
 * scale), keeping its relative spread; where that cannot work (a value at or below 0) it is
 * widened to take the new value in. Returns the paths whose range moved.
 */
function carryRanges(out: ScenarioInput, edits: readonly OfferEdit[], before: Scenario): string[] {
	const ranges = (out as { uncertainty?: { inputs?: Range[] } }).uncertainty?.inputs;
	if (!ranges?.length) return [];
	const moved: string[] = [];
	for (const e of edits) {
		const path = keyOf(e.path);
		const r = ranges.find((x) => x.path === path);
		if (!r || (e.value >= r.low && e.value <= r.high)) continue;
		const old = e.path.reduce<unknown>((v, p) => (v as Record<PathPart, unknown>)?.[p], before);
		const ratio = typeof old === 'number' && old > 0 && e.value > 0 ? e.value / old : null;
		if (ratio !== null) {
			r.low *= ratio;
			r.high *= ratio;
			const d = r.distribution;
			if (d) for (const k of ['mode', 'mean', 'sd', 'scale'] as const) if (typeof d[k] === 'number') d[k] = (d[k] as number) * ratio;
		} else {
			r.low = Math.min(r.low, e.value);
			r.high = Math.max(r.high, e.value);
		}
		moved.push(path);
	}
	return moved;
}

function keyOf(p: readonly PathPart[]): string {
	return p.reduce<string>((s, part) => (typeof part === 'number' ? `${s}[${part}]` : s ? `${s}.${part}` : part), '');
}

/**
 * The scenario input with the chosen items applied, their rationale recorded and any uncertainty
 * range carried along (a new object; the input is not changed), with the paths whose range moved.
 */
export function applyOffer(input: ScenarioInput, items: readonly OfferItem[], before: Scenario): { input: ScenarioInput; movedRanges: string[] } {
	const edits = items.flatMap((i) => i.edits);
	const out = apply(input, edits) as ScenarioInput & { rationale?: Record<string, string> };
	const movedRanges = carryRanges(out, edits, before);
	const rationale = { ...(out.rationale ?? {}) };
	for (const i of items) for (const k of rationaleKeys(i)) rationale[k] = i.rationale;
	out.rationale = rationale;
	return { input: out, movedRanges };
}
