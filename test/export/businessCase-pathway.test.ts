/**
 * The business case's benefits section (5.5 Outcome measures) gains the pathway: business as usual
 * against the preferred option, each figure the engine's, each row with its source or placeholder.
 */
import { describe, it, expect } from 'vitest';
import { buildBusinessCase } from '../../src/lib/export/businessCase/build';
import { renderMarkdown } from '../../src/lib/export/businessCase/markdown';
import { count, decimal } from '../../src/lib/present';
import { exampleModels } from './models';

describe('the pathway in the business case (urban example)', () => {
	const m = exampleModels().find((x) => x.slug === 'urban-backlog')!;
	const md = renderMarkdown(buildBusinessCase({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-03-01' }));
	const section = md.slice(md.indexOf('### 5.5'), md.indexOf('\n## ', md.indexOf('### 5.5')));
	const bau = m.result.options.find((o) => o.businessAsUsual)!;
	const pref = m.result.options.find((o) => o.id === m.result.preferredOptionId)!;
	const row = (measure: string) => section.split('\n').find((l) => l.startsWith(`| ${measure} |`)) ?? '';

	it('tabulates scans, VFA, fractures found, treatment, onward referral, visits and reporting for both options', () => {
		expect(section).toContain('The pathway over 10 years');
		expect(row('Scans delivered')).toContain(`| ${count(bau.pathway.totals.scanned)} | ${count(pref.pathway.totals.scanned)} |`);
		// found = VFA scans x 13%: e.g. business as usual's VFA scans x 0.13
		expect(bau.pathway.totals.fracturesFound).toBeCloseTo(bau.pathway.totals.vfaScans * 0.13, 6);
		expect(row('Previously undiagnosed vertebral fractures found')).toContain(`| ${decimal(bau.pathway.totals.fracturesFound, 1)} | ${decimal(pref.pathway.totals.fracturesFound, 1)} |`);
		expect(row('Reporting hours')).toContain(count(pref.pathway.totals.reportingHours));
		expect(row('Referred on to secondary care (clinic demand)')).toContain(count(pref.pathway.totals.onwardReferrals));
	});

	it('marks each assumption with its source or as a placeholder', () => {
		expect(row('Previously undiagnosed vertebral fractures found')).toContain('Cosman et al. 2020');
		expect(row('Referred on to secondary care (clinic demand)')).toContain('Placeholder');
		expect(section).toContain('not counted in the appraisal');
	});
});
