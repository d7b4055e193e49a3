import { describe, expect, it } from 'vitest';
import { buildBusinessCase } from '../../src/lib/export/businessCase/build';
import { renderMarkdown } from '../../src/lib/export/businessCase/markdown';
import { exampleModels } from './models';

/**
 * The decision in plain view in the business case: the summary says who bears the preferred
 * option's cost, what it asks of the budget against business as usual and how much of its social
 * value is QALYs; Appendix C tabulates the same for every option. Figures worked by hand from the
 * engine's summaries (urban business as usual: capital 244,000, revenue 1,673,524.22 over 10
 * years; Extended hours, preferred: NPC 2,224,725.01, capital 244,000, revenue 2,307,969.69;
 * Second scanner and new FLS: NPC 6,916,236.23, capital 518,000, revenue 7,247,288.99, fracture
 * costs avoided 848,081.45 and QALY value 3,152,242.49; rural business as usual: travel counted).
 */
const models = new Map(exampleModels().map((m) => [m.slug, m]));
function markdown(slug: string): string {
	const m = models.get(slug);
	if (!m) throw new Error(`no example ${slug}`);
	return renderMarkdown(buildBusinessCase({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-03-01' })).replace(/\s+/g, ' ');
}

describe('the business case puts the decision in plain view', () => {
	it('urban: the summary words the preferred option\'s cost and affordability; Appendix C the FLS option\'s QALY share', () => {
		const text = markdown('urban-backlog');
		// Extended hours: capital 244,000 - 244,000 = 0 (the same); revenue (2,307,969.69 - 1,673,524.22) / 10 = 63,444.55 a year;
		// no benefits are valued in money for it.
		expect(text).toContain(
			"Net present cost: £2.22m, all of it the organisation's (no patients' travel costs are counted). " +
				'Against Business as usual it needs the same capital over the 10 years and £63k more revenue a year on average (in cash, before optimism bias). ' +
				'No benefits are valued in money for this option, so its net present social value is minus its net present cost.'
		);
		expect(text).toMatch(/\| Extended hours \| £2,224,725 \| £0 \| £0 \| £63,445 \| – \|/);
		// Second scanner and new FLS: capital 518,000 - 244,000 = 274,000; revenue (7,247,288.99 - 1,673,524.22) / 10 = 557,376.48;
		// QALYs 3,152,242.49 / (848,081.45 + 3,152,242.49 = 4,000,323.94) = 78.8%.
		expect(text).toMatch(/\| Second scanner and new FLS \| £6,916,236 \| £0 \| £274,000 \| £557,376 \| 78\.8% \|/);
	});

	it('rural: Appendix C splits each option\'s net present cost between the organisation and patients\' travel', () => {
		const text = markdown('rural-mobile');
		expect(text).toContain('Costs to the organisation and to patients, and affordability against business as usual');
		// Business as usual: 1,672,204.42 + 895,903.04 = 2,568,107.46, its NPC; no extras against itself.
		expect(text).toMatch(/\| Business as usual \| £1,672,204 \| £895,903 \| – \| – \| – \|/);
		// The mobile unit: capital 772,000 - 244,000 = 528,000; revenue (2,685,020.18 - 1,668,043.23) / 10 = 101,697.69 a year;
		// organisation 3,104,135.53 + travel 617,100.92 = its NPC 3,721,236.45. Its travel changes follow the unit's opening in
		// 2027 (phasing), so 2026's journeys are today's longer ones: travel was 565,822 and revenue 101,817 a year when they
		// started in 2026 (fewer referrals in 2026 at today's distance, so fewer consumables).
		expect(text).toMatch(/\| Mobile unit touring the market towns \| £3,104,136 \| £617,101 \| £528,000 \| £101,698 \| – \|/);
	});
});
