/**
 * The key outputs of a whole-scenario appraisal that the saved fixtures guard
 * (test/fixtures/<model>.expected.json). Shared by the fixture test and scripts/update-fixtures.ts
 * so both read the same figures. Numbers are rounded to 2 dp.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioJson } from '../../src/lib/model/parse';
import { formatIssues } from '../../src/lib/model/issues';
import { appraise } from '../../src/lib/model/appraise';
import type { AppraisalResult } from '../../src/lib/model/results';

export const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Every example scenario: models/*.json except the generated JSON Schema. */
export function modelNames(): string[] {
	return readdirSync(MODELS_DIR)
		.filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
		.map((f) => f.replace(/\.json$/, ''))
		.sort();
}

export function fixturePath(model: string): string {
	return `${FIXTURES_DIR}${model}.expected.json`;
}

const r2 = (v: number) => Math.round(v * 100) / 100 + 0; // + 0 turns -0 into 0
const r2n = (v: number | null) => (v === null ? null : r2(v));

export interface OptionFixture {
	id: string;
	name: string;
	rank: number;
	meetsDemand: boolean;
	netPresentCostGbp: number;
	netPresentSocialValueGbp: number;
	incrementalNpcVsBauGbp: number;
	capitalTotalGbp: number;
	demandByYear: number[];
	capacityByYear: number[];
	deliveredByYear: number[];
	endListSize: number;
	endEstimatedWaitWeeks: number | null;
	backlogClearsMonth: number | null;
	averageFundedWte: number;
	fracturesAverted: number;
}

export interface ModelFixture {
	scenarioName: string;
	horizonYears: number;
	preferredOptionId: string;
	options: OptionFixture[];
}

export function summarise(a: AppraisalResult): ModelFixture {
	return {
		scenarioName: a.scenarioName,
		horizonYears: a.horizonYears,
		preferredOptionId: a.preferredOptionId,
		options: a.options.map((o) => ({
			id: o.id,
			name: o.name,
			rank: o.summary.rank,
			meetsDemand: o.summary.meetsDemand,
			netPresentCostGbp: r2(o.summary.netPresentCostGbp),
			netPresentSocialValueGbp: r2(o.summary.netPresentSocialValueGbp),
			incrementalNpcVsBauGbp: r2(o.summary.incrementalNpcVsBauGbp),
			capitalTotalGbp: r2(o.summary.capitalTotalGbp),
			demandByYear: o.demand.map((d) => r2(d.total)),
			capacityByYear: o.capacity.map((c) => r2(c.capacity)),
			deliveredByYear: o.capacity.map((c) => r2(c.delivered)),
			endListSize: r2(o.summary.endListSize),
			endEstimatedWaitWeeks: r2n(o.summary.endEstimatedWaitWeeks),
			backlogClearsMonth: o.summary.backlogClearsMonth,
			averageFundedWte: r2(o.summary.averageFundedWte),
			fracturesAverted: r2(o.summary.fracturesAverted)
		}))
	};
}

/** Parse and appraise models/<model>.json, failing with the error list if it does not parse. */
export function appraiseModel(model: string): AppraisalResult {
	const r = parseScenarioJson(readFileSync(`${MODELS_DIR}${model}.json`, 'utf8'));
	if (!r.ok) throw new Error(`models/${model}.json is invalid:\n${formatIssues(r.errors)}`);
	return appraise(r.scenario);
}
