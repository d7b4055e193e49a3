import { parseScenarioJson } from '../src/lib/model/parse';
import { appraise } from '../src/lib/model/appraise';
import { appraiseParsed } from '../src/lib/server/appraiseParsed';
import { bench, formatMs, formatRate, printSection, type BenchSection } from './bench-lib';

/**
 * Per example model: parsing the JSON (validation and formulas), evaluating the scenario (the
 * engine alone, what the app re-runs on every edit), and a whole CLI/API request (parse,
 * appraise, and the output-schema check).
 */
export const section: BenchSection = {
	title: 'Scenario parsing and evaluation',
	run({ models }) {
		const rows = models.map((m) => {
			const parse = bench(`${m.file} parse`, () => parseScenarioJson(m.text));
			const evaluate = bench(`${m.file} appraise`, () => appraise(m.scenario));
			const request = bench(`${m.file} request`, () => appraiseParsed(parseScenarioJson(m.text)));
			return [
				m.file,
				String(m.scenario.options.length),
				String(m.scenario.horizonYears),
				formatMs(parse.meanMs),
				formatMs(evaluate.meanMs),
				formatRate(evaluate.perSecond),
				formatRate(request.perSecond)
			];
		});
		printSection('Scenario parsing and evaluation', ['Model', 'Options', 'Years', 'Parse (ms)', 'Evaluate (ms)', 'Evaluations/s', 'CLI/API requests/s'], rows);
	}
};
