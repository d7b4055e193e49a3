/**
 * Regenerates the whole-scenario fixtures for every models/*.json (`npm run fixtures:update`):
 *   test/fixtures/<model>.expected.json              key figures rounded to 2 dp (a digest to read)
 *   test/fixtures/golden/<model>.appraisal.json      the complete appraise() result, exact
 *   test/fixtures/golden/<model>.analyses.json       sensitivity, switching values, seeded PSA, exact
 * A fixture freezes the engine's answer: read the diff and check the figures are plausible before
 * committing it, or the fixture will guard a bug instead of catching one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { appraiseModel, fixturePath, FIXTURES_DIR, modelNames, summarise } from '../test/model/fixtureSummary';
import { exampleScenario, goldenPath, goldenText, goldenValue, GOLDEN_DIR } from '../test/model/golden';

mkdirSync(GOLDEN_DIR, { recursive: true });
for (const model of modelNames()) {
	const fixture = summarise(appraiseModel(model));
	writeFileSync(fixturePath(model), `${JSON.stringify(fixture, null, '\t')}\n`);
	const s = exampleScenario(model);
	for (const kind of ['appraisal', 'analyses'] as const) writeFileSync(goldenPath(model, kind), goldenText(goldenValue(s, kind)));
	console.log(`${model}: preferred ${fixture.preferredOptionId}`);
	for (const o of fixture.options)
		console.log(
			`  ${String(o.rank).padStart(2)} ${o.id.padEnd(20)} NPC ${o.netPresentCostGbp.toFixed(0).padStart(10)}  NPSV ${o.netPresentSocialValueGbp.toFixed(0).padStart(10)}  ` +
				`capacity ${o.capacityByYear[0]?.toFixed(0)}..${o.capacityByYear.at(-1)?.toFixed(0)}  demand ${o.demandByYear[0]?.toFixed(0)}..${o.demandByYear.at(-1)?.toFixed(0)}  ` +
				`end list ${o.endListSize.toFixed(0)}  clears ${o.backlogClearsMonth ?? 'never'}  WTE ${o.averageFundedWte}  averted ${o.fracturesAverted}`
		);
}
console.log(`wrote ${FIXTURES_DIR} and ${GOLDEN_DIR}`);
