import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	putSaved,
	readLibrary,
	deleteSaved,
	pushRecent,
	readRecent,
	readAutosave,
	writeAutosave,
	findAutosave,
	writeHistory,
	readHistory,
	LIBRARY_KEY,
	AUTOSAVE_KEY,
	AUTOSAVE_PREVIOUS_KEY,
	AUTOSAVE_DAMAGED_KEY,
	MAX_RECENT,
	type KeyValueStore
} from './storage';
import { scenarioDamage } from './shape';

function memory(limit = Infinity): KeyValueStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => {
			if (v.length > limit) throw new DOMException('exceeded the quota', 'QuotaExceededError');
			data.set(k, v);
		},
		removeItem: (k) => void data.delete(k)
	};
}

describe('storage', () => {
	it('keeps a library of named saves, newest first, replacing by id', () => {
		const s = memory();
		putSaved(s, { id: 'a', name: 'A', savedAt: 1, json: '{}' });
		putSaved(s, { id: 'b', name: 'B', savedAt: 2, json: '{}' });
		putSaved(s, { id: 'a', name: 'A2', savedAt: 3, json: '{"x":1}' });
		expect(readLibrary(s).map((x) => x.name)).toEqual(['A2', 'B']);
		deleteSaved(s, 'b');
		expect(readLibrary(s).map((x) => x.id)).toEqual(['a']);
	});

	it('ignores corrupt or hostile entries instead of throwing', () => {
		const s = memory();
		s.data.set(LIBRARY_KEY, '{not json');
		expect(readLibrary(s)).toEqual([]);
		s.data.set(LIBRARY_KEY, JSON.stringify([{ id: 1 }, null, { id: 'ok', name: 'N', savedAt: 5, json: '{}' }]));
		expect(readLibrary(s).map((x) => x.id)).toEqual(['ok']);
		s.data.set(AUTOSAVE_KEY, JSON.stringify({ json: 5 }));
		expect(readAutosave(s)).toBeNull();
	});

	it('reports a full quota as a message', () => {
		const s = memory(10);
		const r = writeAutosave(s, { json: '{"a":"long enough to overflow"}', origin: 'x', baselineJson: null, savedId: null, at: 1 });
		expect(r.ok).toBe(false);
		expect(!r.ok && r.message).toMatch(/storage is full/);
	});

	it('keeps the recent list short and moves a reopened item to the top', () => {
		const s = memory();
		for (let i = 0; i < MAX_RECENT + 2; i++) pushRecent(s, { kind: 'example', ref: `f${i}.json`, label: `E${i}`, at: i });
		pushRecent(s, { kind: 'example', ref: 'f5.json', label: 'E5', at: 99 });
		const r = readRecent(s);
		expect(r).toHaveLength(MAX_RECENT);
		expect(r[0]?.ref).toBe('f5.json');
		expect(r.filter((x) => x.ref === 'f5.json')).toHaveLength(1);
	});
});

describe('autosave that survives', () => {
	const rec = (json: string, at = 1) => ({ json, origin: 'x', baselineJson: null, savedId: null, at });

	it('keeps the autosave before the latest, and only when the scenario changed', () => {
		const s = memory();
		writeAutosave(s, rec('{"v":1}', 1));
		writeAutosave(s, rec('{"v":2}', 2));
		writeAutosave(s, rec('{"v":2}', 3)); // the same scenario again (page hide) does not push the previous out
		expect(readAutosave(s)?.json).toBe('{"v":2}');
		expect(readAutosave(s, AUTOSAVE_PREVIOUS_KEY)?.json).toBe('{"v":1}');
	});

	it('a damaged latest autosave is kept aside and the previous one offered, with the reason', () => {
		const s = memory();
		writeAutosave(s, rec('{"v":1}', 1));
		writeAutosave(s, rec('{"v":2}', 2));
		const check = (j: string) => (JSON.parse(j).v === 2 ? 'its “options” is not a list as it should be' : null);
		const found = findAutosave(s, check);
		expect(found).toEqual({ record: expect.objectContaining({ json: '{"v":1}', at: 1 }), problem: 'its “options” is not a list as it should be', fromPrevious: true });
		expect(JSON.parse(s.data.get(AUTOSAVE_DAMAGED_KEY)!).text).toBe(s.data.get(AUTOSAVE_KEY));
		s.data.set(AUTOSAVE_KEY, '{truncated');
		expect(findAutosave(s, () => null)).toMatchObject({ problem: 'it is not readable JSON', fromPrevious: true });
		s.data.delete(AUTOSAVE_PREVIOUS_KEY);
		expect(findAutosave(s, () => null)).toMatchObject({ record: null, problem: 'it is not readable JSON', fromPrevious: false });
	});

	it('undo steps are stored newest first within a budget, dropping the oldest when over it', () => {
		const s = memory();
		const big = 'x'.repeat(600_000);
		expect(writeHistory(s, { current: 'c', undo: [`1${big}`, `2${big}`, `3${big}`, `4${big}`], redo: [] })).toBe(true);
		// 4 x 600,001 characters is over the 2,000,000 budget: the oldest step goes.
		expect(readHistory(s)?.undo.map((u) => u[0])).toEqual(['2', '3', '4']);
		const small = memory(700);
		expect(writeHistory(small, { current: 'c', undo: ['a'.repeat(400), 'b'.repeat(400), 'c'.repeat(100)], redo: [] })).toBe(true);
		expect(readHistory(small)?.undo.map((u) => u[0])).toEqual(['c']);
	});
});

describe('scenarioDamage', () => {
	it('an invalid value can be opened; a broken structure cannot', () => {
		const s = JSON.parse(readFileSync('models/urban-backlog.json', 'utf8'));
		s.scanners[0].dnaRate = 5;
		expect(scenarioDamage(JSON.stringify(s))).toBeNull();
		s.options = 'x';
		expect(scenarioDamage(JSON.stringify(s))).toBe('its “options” is not a list as it should be');
		expect(scenarioDamage('[1]')).toBe('it does not hold a scenario');
		expect(scenarioDamage('{')).toBe('its scenario is not readable JSON');
	});
});
