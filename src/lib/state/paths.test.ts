import { describe, expect, it } from 'vitest';
import { getPath, setPath, pathKey, uniqueId } from './paths';

describe('paths', () => {
	it('sets deep values, creating objects and arrays, and removes on undefined', () => {
		const o: Record<string, unknown> = { scanners: [{ id: 'a' }] };
		setPath(o, ['scanners', 0, 'slotMinutes', 'standard'], 15);
		expect(getPath(o, ['scanners', 0, 'slotMinutes', 'standard'])).toBe(15);
		setPath(o, ['options', 0, 'id'], 'bau');
		expect(Array.isArray(o.options)).toBe(true);
		setPath(o, ['scanners', 0, 'slotMinutes', 'standard'], undefined);
		expect(o.scanners).toEqual([{ id: 'a', slotMinutes: {} }]);
	});

	it('refuses prototype keys', () => {
		expect(() => setPath({}, ['__proto__', 'polluted'], 1)).toThrow(/__proto__/);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('formats paths like the engine and makes unique ids', () => {
		expect(pathKey(['scanners', 0, 'dnaRate'])).toBe('scanners[0].dnaRate');
		expect(uniqueId('scanner', ['scanner', 'scanner2'])).toBe('scanner3');
		expect(uniqueId('2 new!', [])).toBe('new');
	});
});
