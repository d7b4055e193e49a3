import { describe, expect, it } from 'vitest';
import { buildBusinessCase } from '../../src/lib/export/businessCase/build';
import { renderMarkdown } from '../../src/lib/export/businessCase/markdown';
import { exampleModels } from './models';

/**
 * The decision in plain view in the business case: the summary says who bears the preferred
 * option's cost, what it asks of the budget against business as usual and how much of its social
 * value is QALYs; Appendix C tabulates the same for every option. Figures worked by hand from the
 * engine's summaries (urban: NPC 6,916,236.23, capital 518,000 against 244,000, revenue
 * 7,247,288.99 against 1,673,524.22 over 10 years, fracture costs avoided 1,053,461.24 and QALY
 * value 4,660,103.07; rural business as usual: travel counted).
 */
const models = new Map(exampleModels().map((m) => [m.slug, m]));
function markdown(slug: string): string {
	const m = models.get(slug);
	if (!m) throw new Error(`no example ${slug}`);
	return renderMarkdown(buildBusinessCase({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-03-01' })).replace(/\s+/g, ' ');
}

describe('the business case puts the decision in plain view', () => {
	it('urban: the summary words the preferred option\'s cost, affordability and QALY share', () => {
		const text = markdown('urban-backlog');
		// Capital 518,000 - 244,000 = 274,000; revenue (7,247,288.99 - 1,673,524.22) / 10 = 557,376.48 a year;
		// QALYs 4,660,103.07 / (1,053,461.24 + 4,660,103.07 = 5,713,564.31) = 81.6%; without them 1,053,461.24 - 6,916,236.23 = -5,862,774.99.
		expect(text).toContain(
			"Net present cost: £6.92m, all of it the organisation's (no patients' travel costs are counted). " +
				'Against Business as usual it needs £274k more capital over the 10 years and £557k more revenue a year on average (in cash, before optimism bias). ' +
				'£4.66m of its £5.71m of social benefits (81.6%) is the money value of QALYs gained, the rest fracture costs avoided; without the QALYs it would be a net cost of £5.86m.'
		);
	});

	it('rural: Appendix C splits each option\'s net present cost between the organisation and patients\' travel', () => {
		const text = markdown('rural-mobile');
		expect(text).toContain('Costs to the organisation and to patients, and affordability against business as usual');
		// Business as usual: 1,672,204.42 + 895,903.04 = 2,568,107.46, its NPC; no extras against itself.
		expect(text).toMatch(/\| Business as usual \| £1,672,204 \| £895,903 \| – \| – \| – \|/);
		// The mobile unit: capital 772,000 - 244,000 = 528,000; revenue (2,686,212.24 - 1,668,043.23) / 10 = 101,816.90 a year; travel 3,671,148.34 - 3,105,326.31.
		expect(text).toMatch(/\| Mobile unit touring the market towns \| £3,105,326 \| £565,822 \| £528,000 \| £101,817 \| – \|/);
	});
});
