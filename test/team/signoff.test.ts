import { describe, expect, it } from 'vitest';
import { buildBusinessCase } from '../../src/lib/export/businessCase/build';
import { renderMarkdown } from '../../src/lib/export/businessCase/markdown';
import { signoffFor, type TeamLink } from '../../src/lib/team/link';
import { exampleModels } from '../export/models';

describe('sign-off on the business case cover', () => {
	const m = exampleModels()[0]!;
	const team: TeamLink = {
		spaceId: 's',
		spaceName: 'North trust DXA',
		scenarioId: 'c',
		scenarioName: m.scenario.name,
		version: 3,
		access: 'review',
		baseJson: '{"a":1}',
		signoffs: [
			{ id: '1', version: 3, reviewer: { name: 'Dan Lee', role: 'Finance' }, note: '', signedAt: '2026-11-29T10:00:00.000Z' },
			{ id: '2', version: 3, reviewer: { name: 'Carol Obi', role: 'Commissioner' }, note: 'Approved', signedAt: '2026-11-30T16:20:00.000Z' }
		]
	};

	it('the latest sign-off of the version, only while the work is unchanged from it', () => {
		expect(signoffFor(team, '{"a":1}')).toEqual({ reviewer: { name: 'Carol Obi', role: 'Commissioner' }, signedAt: '2026-11-30T16:20:00.000Z', version: 3, spaceName: 'North trust DXA' });
		expect(signoffFor(team, '{"a":2}')).toBeNull();
		expect(signoffFor({ ...team, signoffs: [] }, '{"a":1}')).toBeNull();
		expect(signoffFor(null, '{"a":1}')).toBeNull();
	});

	it('is a line under the title, after the draft line; without one the cover is as before', () => {
		const base = { scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-12-01' };
		const signed = renderMarkdown(buildBusinessCase({ ...base, signoff: signoffFor(team, '{"a":1}') }));
		const plain = renderMarkdown(buildBusinessCase(base));
		const line = 'Signed off by Carol Obi, Commissioner, on 30 November 2026 (version 3 in the team space “North trust DXA”).';
		expect(signed).toContain(line);
		expect(signed.indexOf(line)).toBeGreaterThan(signed.indexOf('Draft of 1 December 2026'));
		expect(signed.indexOf(line)).toBeLessThan(signed.indexOf('## '));
		expect(plain).not.toContain('Signed off');
		expect(signed.replace(`${line}\n\n`, '')).toBe(plain);
	});
});
