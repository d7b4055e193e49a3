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

describe('merging after a 409', () => {
	it('takes their changes where only they changed an input, keeps mine on a conflict unless chosen, and keeps my other edits', async () => {
		const { mergeRows, applyMerge } = await import('../../src/lib/team/merge');
		const base = urban();
		const theirs = urban();
		theirs.scanners[0]!.sessionsPerWeek = 8; // only theirs
		theirs.scanners[0]!.dnaRate = 0.06; // both, differently
		const mine = urban();
		mine.scanners[0]!.dnaRate = 0.07;
		(mine.demand as Record<string, unknown>).startingBacklog = 2000; // only mine
		const rows = mergeRows(base, mine, theirs);
		expect(rows.map((r) => [r.described.label, r.described.before, r.mine, r.described.after, r.conflict, r.takeTheirs])).toEqual([
			['Sessions a week', '6', '6', '8', false, true],
			['DNA rate', '0.09', '0.07', '0.06', true, false]
		]);
		const kept = applyMerge(mine, rows).merged as typeof mine;
		expect([kept.scanners[0]!.sessionsPerWeek, kept.scanners[0]!.dnaRate, (kept.demand as Record<string, unknown>).startingBacklog]).toEqual([8, 0.07, 2000]);
		rows[1]!.takeTheirs = true;
		const taken = applyMerge(mine, rows).merged as typeof mine;
		expect([taken.scanners[0]!.sessionsPerWeek, taken.scanners[0]!.dnaRate, (taken.demand as Record<string, unknown>).startingBacklog]).toEqual([8, 0.06, 2000]);
		// Mine is not changed in place.
		expect(mine.scanners[0]!.sessionsPerWeek).toBe(6);
	});
});
