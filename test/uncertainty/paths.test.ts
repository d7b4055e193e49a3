import { describe, expect, it } from 'vitest';
import { withValues, withValue, numberAt } from '../../src/lib/model/uncertainty/paths';
import { parsePath } from '../../src/lib/model/uncertainty/fields';

describe('setting values at paths', () => {
	const s = { a: { b: [{ c: 1, d: 2 }, { c: 3 }], e: { f: 4 } }, g: { h: 5 } };

	it('parses display paths into parts', () => {
		expect(parsePath('scanners[0].slotMinutes.standard')).toEqual(['scanners', 0, 'slotMinutes', 'standard']);
		expect(parsePath('options[12].addScanners[0].dnaRate')).toEqual(['options', 12, 'addScanners', 0, 'dnaRate']);
	});

	it('copies only the branches it touches and never changes the original', () => {
		const before = structuredClone(s);
		const t = withValues(s, [
			{ parts: ['a', 'b', 0, 'c'], value: 10 },
			{ parts: ['a', 'b', 0, 'd'], value: 20 }
		]);
		expect(s).toEqual(before);
		expect(t.a.b[0]).toEqual({ c: 10, d: 20 });
		expect(t.a.b[1]).toBe(s.a.b[1]);
		expect(t.a.e).toBe(s.a.e);
		expect(t.g).toBe(s.g);
		expect(t.a.b).not.toBe(s.a.b);
		expect(numberAt(t, ['a', 'b', 0, 'c'])).toBe(10);
		expect(numberAt(withValue(s, ['g', 'h'], 6), ['g', 'h'])).toBe(6);
	});
});
