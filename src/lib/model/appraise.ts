import type { Scenario, Option } from './schema/scenario';
import type { AppraisalResult, OptionResult, OptionSummary } from './results';
import { Arena, arenaFor, sizeOf } from './arena';
import { scenarioKernel, optionKernel } from './kernel';
import { summarise } from './summarise';
import { tabulate, tabulateLater } from './tabulate';
import { rankOptions, type Ranked } from './ranking';

export { weightedScore } from './summarise';

/** An option's identity and summary figures, without the tables (appraiseSummaries). */
export interface OptionSummaryOnly {
	id: string;
	name: string;
	businessAsUsual: boolean;
	hasFls: boolean;
	summary: OptionSummary;
}

/** The comparison with business as usual and the ranking, written into each option's summary. */
function compareAndRank(s: Scenario, options: readonly OptionSummaryOnly[]): Ranked {
	const bau = options.find((o) => o.businessAsUsual) ?? options[0];
	for (const o of options) o.summary.incrementalNpcVsBauGbp = o.summary.netPresentCostGbp - (bau?.summary.netPresentCostGbp ?? 0);
	const ranked = rankOptions(options, s.demand.waitStandardWeeks);
	for (const r of ranked.ranking) {
		const o = options.find((x) => x.id === r.optionId);
		if (o) o.summary.rank = r.rank;
	}
	return ranked;
}

/**
 * Every option's summary and the ranking, without the tables: what the uncertainty analyses need
 * from each of their thousands of runs. The same kernel fills the same series as for appraise(),
 * and the summaries are read from them the same way, so they are exactly appraise()'s. Pass an
 * arena to reuse its arrays (arenaFor).
 */
export function appraiseSummaries(s: Scenario, arena?: Arena): Ranked & { options: OptionSummaryOnly[] } {
	const a = arenaFor(s, arena);
	scenarioKernel(s, a);
	const options = s.options.map((option) => {
		const svc = optionKernel(s, option, a, 'summary');
		return { id: option.id, name: option.name, businessAsUsual: option.businessAsUsual, hasFls: svc.hasFls, summary: summarise(s, option, a) };
	});
	const ranked = compareAndRank(s, options);
	// Not spread: that would write the preferred option's reason, which is only written when read.
	return {
		options,
		ranking: ranked.ranking,
		preferredOptionId: ranked.preferredOptionId,
		get preferredReason() {
			return ranked.preferredReason;
		}
	};
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
	const { ranking, preferredOptionId, preferredReason } = compareAndRank(s, options);
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
		ranking,
		preferredOptionId,
		preferredReason,
		warnings
	};
}
