import { describe, expect, it } from 'vitest';
import { applyChange, diffScenarios } from '../../src/lib/team/diff';
import { describeChange } from '../../src/lib/team/describe';
import { urban } from './fixtures';

describe('input-by-input differences', () => {
	it('an edited number, a formula and a renamed option, each with its label and both values', () => {
		const a = urban();
		const b = urban();
		b.scanners[0]!.dnaRate = 0.07;
		(b.demand as Record<string, unknown>).startingBacklog = { formula: '1800 * 1.1' };
		b.options[1]!.name = 'Evening sessions';
		const changes = diffScenarios(a, b).map((c) => describeChange(c, a, b));
		expect(changes.map((c) => [c.where, c.label, c.before, c.after])).toEqual([
			['Demand', 'Patients waiting at the start', '1800', '=1800 * 1.1'],
			['Scanners › Main hospital scanner', 'DNA rate', '0.09', '0.07'],
			['Options › Evening sessions', 'Name', `“${a.options[1]!.name}”`, '“Evening sessions”']
		]);
	});

	it('lists with ids are matched by id: an option added in the middle is one change, and applying it adds it', () => {
		const a = urban();
		const b = urban();
		const added = { ...structuredClone(b.options[1]!), id: 'mobile', name: 'Mobile unit' };
		b.options.splice(1, 0, added);
		const changes = diffScenarios(a, b);
		expect(changes.map((c) => [c.key, c.kind])).toEqual([['options{mobile}', 'added']]);
		expect(describeChange(changes[0]!, a, b)).toMatchObject({ where: 'Options', label: 'Added “Mobile unit”' });
		const target = urban();
		expect(applyChange(target, changes[0]!)).toBe(true);
		expect(target.options.map((o) => o.id)).toEqual([...a.options.map((o) => o.id), 'mobile']);
		// Removal the other way round.
		const back = diffScenarios(b, a);
		expect(back.map((c) => [c.key, c.kind])).toEqual([['options{mobile}', 'removed']]);
		expect(applyChange(target, back[0]!)).toBe(true);
		expect(target.options.map((o) => o.id)).toEqual(a.options.map((o) => o.id));
	});

	it('applying every change of a diff turns the first scenario into the second', () => {
		const a = urban();
		const b = urban();
		b.scanners[0]!.sessionsPerWeek = 9;
		delete (b.demand as Record<string, unknown>).vfaShare;
		b.options.pop();
		const target = structuredClone(a);
		for (const c of diffScenarios(a, b)) expect(applyChange(target, c)).toBe(true);
		expect(target).toEqual(b);
	});

	it('a change to something no longer there is not applied, and says so', () => {
		const a = urban();
		const b = urban();
		b.options[2]!.name = 'Renamed';
		const target = urban();
		target.options.splice(2, 1);
		const [c] = diffScenarios(a, b);
		expect(applyChange(target, c!)).toBe(false);
		expect(target.options.some((o) => o.name === 'Renamed')).toBe(false);
	});

	it('never writes through __proto__', () => {
		const target = urban();
		expect(applyChange(target, { path: ['__proto__', 'x'], key: '__proto__.x', kind: 'added', before: undefined, after: 1 })).toBe(false);
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});
});
