import { describe, expect, it } from 'vitest';
import { putSaved, readLibrary, deleteSaved, pushRecent, readRecent, readAutosave, writeAutosave, LIBRARY_KEY, AUTOSAVE_KEY, MAX_RECENT, type KeyValueStore } from './storage';

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
