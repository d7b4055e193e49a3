import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { listInputs } from '$lib/model/catalogue';
import { groupEntries } from './fieldGroups';

const input = JSON.parse(readFileSync('models/urban-backlog.json', 'utf8'));

describe('groupEntries', () => {
	it('groups catchment inputs by locality, then population / growth blocks', () => {
		const entries = listInputs(input).filter((e) => e.section === 'catchment');
		const groups = groupEntries(entries, input);
		// The example has two localities: City North and City South.
		expect(groups.map((g) => g.title)).toEqual(['City North', 'City South']);
		expect(groups[0]?.blocks.map((b) => b.key)).toEqual(['population', 'growth', '']);
		// 5 age bands of population, 5 of growth, then travel miles and minutes.
		expect(groups[0]?.blocks.map((b) => b.entries.length)).toEqual([5, 5, 2]);
	});

	it("groups an option's added scanners by scanner when told to skip the option index", () => {
		const entries = listInputs(input).filter((e) => e.path.startsWith('options[2].addScanners'));
		const groups = groupEntries(entries, input, 2);
		expect(groups.map((g) => g.title)).toEqual(['Community diagnostic centre scanner']);
		expect(groups[0]?.blocks.find((b) => b.key === 'slotMinutes')?.entries.map((e) => e.path)).toEqual([
			'options[2].addScanners[0].slotMinutes.standard',
			'options[2].addScanners[0].slotMinutes.withVfa',
			'options[2].addScanners[0].slotMinutes.oneStop'
		]);
	});
});
