import { parseScenarioJson } from '../src/lib/model/parse';
import { appraise } from '../src/lib/model/appraise';
import { appraiseParsed } from '../src/lib/server/appraiseParsed';
import { bench, formatMs, formatRate, printSection, type BenchSection } from './bench-lib';
import { previousEngine } from './previous-engine';

/** Target (issue 9): one full evaluation of each example under 0.5 ms. */
const EVALUATE_TARGET_MS = 0.5;

/**
 * Per example model: parsing the JSON (validation and formulas), one full evaluation (appraise():
 * every table and summary, what the app re-runs on every edit) beside its target and the same
 * evaluation by an earlier commit's engine (previous-engine.ts), each as wall and CPU time, and a whole CLI/API request
 * (parse, appraise, and the output-schema check). The two engines are timed in turn, twice, and
 * the faster of each pair kept, so both meet the same machine load.
 */
export const section: BenchSection = {
	title: 'Scenario parsing and evaluation',
	async run({ models }) {
		const previous = await previousEngine();
		const rows = models.map((m) => {
			const parse = bench(`${m.file} parse`, () => parseScenarioJson(m.text));
			// Wall and CPU time of one evaluation, this engine's and the previous one's in turn, twice;
			// the faster of each pair is kept, so both meet the same machine load.
			let now = { wall: Infinity, cpu: Infinity };
			let before = { wall: Infinity, cpu: Infinity };
			const keep = (t: typeof now, r: { meanMs: number; cpuMeanMs: number }) => ({ wall: Math.min(t.wall, r.meanMs), cpu: Math.min(t.cpu, r.cpuMeanMs) });
			const old = 'engine' in previous ? previous.engine.parseScenarioJson(m.text) : null;
			for (let round = 0; round < 2; round++) {
				now = keep(now, bench(`${m.file} appraise`, () => appraise(m.scenario)));
				if (old?.ok && 'engine' in previous) {
					const s = old.scenario;
					before = keep(before, bench(`${m.file} appraise (previous)`, () => previous.engine.appraise(s)));
				}
			}
			const request = bench(`${m.file} request`, () => appraiseParsed(parseScenarioJson(m.text)));
			return [
				m.file,
				String(m.scenario.options.length),
				String(m.scenario.horizonYears),
				formatMs(parse.meanMs),
				`${formatMs(now.wall)} / ${formatMs(now.cpu)}`,
				`< ${formatMs(EVALUATE_TARGET_MS)} ${now.cpu < EVALUATE_TARGET_MS ? 'met' : 'NOT MET'}`,
				Number.isFinite(before.cpu) ? `${formatMs(before.wall)} / ${formatMs(before.cpu)}` : 'n/a',
				Number.isFinite(before.cpu) ? `${(before.cpu / now.cpu).toFixed(1)}x` : 'n/a',
				formatRate(request.perSecond)
			];
		});
		const against = 'label' in previous ? previous.label : `not run: ${previous.skipped}`;
		printSection(`Scenario parsing and evaluation (previous engine: ${against})`, ['Model', 'Options', 'Years', 'Parse (ms)', 'Evaluate: wall / CPU (ms)', 'Target (CPU)', 'Previous (ms)', 'Speed-up (CPU)', 'CLI/API requests/s'], rows);
		console.log('Evaluate: one appraise() (every table and summary), wall time as measured now and this thread\'s own CPU time per call (what it takes on an idle machine); the target is judged on the CPU time.');
	}
};
