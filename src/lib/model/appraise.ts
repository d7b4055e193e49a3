import type { Scenario, Option } from './schema/scenario';
import type { AppraisalResult, OptionResult, OptionSummary } from './results';
import { Arena, arenaFor, sizeOf } from './arena';
import { scenarioKernel, optionKernel } from './kernel';
import { summarise } from './summarise';
import { tabulate, tabulateLater } from './tabulate';
import { rankInto, reasonFor, type Ranked, type RankEntry, type RankingInto } from './ranking';

export { weightedScore } from './summarise';

/** An option's identity and summary figures, without the tables (appraiseSummaries). */
export interface OptionSummaryOnly {
	id: string;
	name: string;
	businessAsUsual: boolean;
	hasFls: boolean;
	summary: OptionSummary;
}

/**
 * The comparison with business as usual (each option's NPC less business as usual's, the first
 * option's when none is marked) and the ranking (ranking.ts rankInto), written into each option's
 * summary and into `r`: for appraise() and for every run of the uncertainty analyses alike.
 */
function compareAndRank(options: readonly OptionSummaryOnly[], r: RankingInto): void {
	const w = options.length;
	let bau = options[0];
	for (let k = 0; k < w; k++)
		if ((options[k] as OptionSummaryOnly).businessAsUsual) {
			bau = options[k];
			break;
		}
	for (let k = 0; k < w; k++) {
		const o = options[k] as OptionSummaryOnly;
		o.summary.incrementalNpcVsBauGbp = o.summary.netPresentCostGbp - (bau?.summary.netPresentCostGbp ?? 0);
	}
	rankInto(options, r);
	for (let i = 0; i < w; i++) (options[r.order[i] as number] as OptionSummaryOnly).summary.rank = i + 1;
}

/**
 * Every option's summaries and the ranking, without the tables (appraiseSummaries): refilled in
 * place when passed back to it, so the Monte Carlo analysis makes no new objects per iteration.
 */
export class SummaryAppraisal implements Ranked {
	options: OptionSummaryOnly[] = [];
	ranking: RankEntry[] = [];
	preferredOptionId = '';
	/** The options' indices in rank order: order[0] is the preferred option's. */
	readonly order: number[] = [];
	/** The arena the engine filled (pass it back with this result). */
	arena: Arena | undefined;
	standardWeeks = 0;
	reason: string | undefined;
	/** Why the first-ranked option is preferred (ranking.ts reasonFor), written when first read. */
	get preferredReason(): string {
		return (this.reason ??= reasonFor(
			this.order.map((k) => this.options[k] as OptionSummaryOnly),
			this.standardWeeks
		));
	}
}

/**
 * Every option's summary and the ranking, without the tables: what the uncertainty analyses need
 * from each of their thousands of runs. The same kernel fills the same series as for appraise(),
 * the summaries are read from them the same way, and they are compared and ranked by the same
 * function (compareAndRank), so they are exactly appraise()'s. Pass an arena to reuse its arrays (arenaFor).
 * Pass an earlier result as `reuse` to have it refilled and returned instead of a new one (its
 * option objects, summaries and ranking lines are overwritten, so its earlier figures are gone);
 * it is refilled only for a scenario with as many options, else a new result is made.
 */
export function appraiseSummaries(s: Scenario, arena?: Arena, reuse?: SummaryAppraisal): SummaryAppraisal {
	const a = arenaFor(s, arena);
	const w = s.options.length;
	const r = reuse && reuse.options.length === w ? reuse : new SummaryAppraisal();
	r.arena = a;
	r.standardWeeks = s.demand.waitStandardWeeks;
	r.reason = undefined;
	scenarioKernel(s, a);
	const fresh = r.options.length !== w;
	for (let k = 0; k < w; k++) {
		const option = s.options[k] as Option;
		const svc = optionKernel(s, option, a, 'summary');
		if (fresh) r.options.push({ id: option.id, name: option.name, businessAsUsual: option.businessAsUsual, hasFls: svc.hasFls, summary: summarise(s, option, a) });
		else {
			const o = r.options[k] as OptionSummaryOnly;
			o.id = option.id;
			o.name = option.name;
			o.businessAsUsual = option.businessAsUsual;
			o.hasFls = svc.hasFls;
			summarise(s, option, a, o.summary);
		}
	}
	compareAndRank(r.options, r);
	return r;
}

/** One option's tables and summary (before it is compared with business as usual and ranked). */
export function appraiseOption(s: Scenario, option: Option, arena?: Arena): OptionResult {
	const a = arenaFor(s, arena);
	scenarioKernel(s, a);
	const svc = optionKernel(s, option, a);
	return tabulate(s, option, svc, a, summarise(s, option, a));
}

/**
 * The writer of a scenario's tables, option by option, when they are first read: the kernel run
 * again for the option, for the tables this time, in an arena of the result's own: `own`, the one
 * appraise() made and filled for the scenario when the caller gave none, else one made when the
 * first table is read (never the caller's, which may have been reused since).
 */
function tablesWhenRead(s: Scenario, own: Arena | null): (option: Option, summary: OptionSummary) => OptionResult {
	let a = own;
	return (option, summary) => {
		if (!a) {
			a = new Arena(sizeOf(s));
			scenarioKernel(s, a);
		}
		return tabulate(s, option, optionKernel(s, option, a), a, summary);
	};
}

/**
 * Appraise every option of a valid scenario. Pure: same scenario, same result. Every series of
 * every option is worked out now, and the summaries, ranking and warnings from them; each option's
 * tables (several hundred records, which cost more than the arithmetic, while a view reads some of
 * them) are written from a copy of its series (arenaCopy.ts) the first time one of them is read.
 * They read the scenario then, so a scenario must not be changed after it is appraised (the app,
 * the server and the CLI appraise a parsed scenario that nothing changes).
 */
export function appraise(s: Scenario, arena?: Arena): AppraisalResult {
	const a = arenaFor(s, arena);
	scenarioKernel(s, a);
	const write = tablesWhenRead(s, arena ? null : a);
	const options = s.options.map((o) => {
		const svc = optionKernel(s, o, a, 'summary');
		const summary = summarise(s, o, a);
		return tabulateLater(s, o, svc, a, summary, () => write(o, summary));
	});
	const ranked: RankingInto = { order: [], ranking: [], preferredOptionId: '' };
	compareAndRank(options, ranked);
	// Scenario-level warnings first, then every option's flags prefixed with its name.
	const warnings: string[] = [];
	if (!options.some((o) => o.summary.meetsDemand))
		warnings.push(`No option brings the estimated wait within the ${s.demand.waitStandardWeeks}-week standard by the end of the horizon.`);
	warnings.push(...options.flatMap((o) => o.flags.map((f) => `${o.name}: ${f}`)));
	return {
		scenarioName: s.name,
		schemaVersion: s.schemaVersion,
		startYear: s.startYear,
		priceBaseYear: s.priceBaseYear,
		horizonYears: s.horizonYears,
		years: Array.from({ length: s.horizonYears }, (_, y) => s.startYear + y),
		options,
		ranking: ranked.ranking,
		preferredOptionId: ranked.preferredOptionId,
		preferredReason: reasonFor(
			ranked.order.map((k) => options[k] as OptionResult),
			s.demand.waitStandardWeeks
		),
		warnings
	};
}
