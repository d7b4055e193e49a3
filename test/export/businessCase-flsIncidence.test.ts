import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBusinessCase } from '../../src/lib/export/businessCase/build';
import { renderMarkdown } from '../../src/lib/export/businessCase/markdown';
import { appraise, parseScenario } from '../../src/lib/model';
import { count } from '../../src/lib/present';

/** The business case's FLS caseload sentence follows how the cohort is sized (issue #11). */
function markdown(cohortMethod: 'hipFractures' | 'incidence') {
	const input = JSON.parse(readFileSync('models/urban-backlog.json', 'utf8'));
	input.fls = { ...(input.fls ?? {}), cohortMethod };
	const p = parseScenario(input);
	if (!p.ok) throw new Error(JSON.stringify(p.errors));
	const result = appraise(p.scenario);
	return { md: renderMarkdown(buildBusinessCase({ scenario: p.scenario, result, input, formulas: p.formulas, date: '2026-03-01' })), result };
}

describe('business case: the FLS caseload', () => {
	it('sized from incidence, names the first-year fractures and not the hip-fracture multiplier', () => {
		const { md, result } = markdown('incidence');
		const cohort = result.options.find((o) => o.fls)!.fls!.byYear[0]!.cohort;
		// The urban example's catchment (114,000, 63,000, 42,000 and 15,000 aged 50-64, 65-74, 75-84 and 85+) at the default
		// rates and women's shares: 114 x 7.65096 + 63 x 10.00248 + 42 x 17.51384 + 15 x 33.98697
		//   = 872.21 + 630.16 + 735.58 + 509.80 = 2,747.75 fractures in 2026/27.
		expect(cohort).toBeCloseTo(2747.75, 1);
		expect(md).toContain(`sized from fracture incidence by age band and sex over the catchment's population aged 50+ (${count(cohort)} fragility fractures in the first year)`);
		expect(md).not.toContain('times the local hip fractures');
	});

	it('sized from hip fractures (the default), keeps the multiplier sentence', () => {
		expect(markdown('hipFractures').md).toContain('Expected caseload is 5 times the local hip fractures (725 a year)');
	});
});
