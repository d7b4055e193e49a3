import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { KINDS, makeDatabase, type TestDatabase } from './databases';
import { ALICE, BOB, engineResult, prepared, urban } from './fixtures';
import { migrate, MIGRATIONS } from '../../src/lib/server/store/migrations';
import { openStore, type TeamStore } from '../../src/lib/server/store';
import { reviewTokenFor } from '../../src/lib/server/store/tokens';

describe.each(KINDS)('team store on %s', (kind) => {
	let db: TestDatabase;
	let store: TeamStore;
	beforeAll(async () => {
		db = await makeDatabase(kind);
		store = await db.open();
	}, 120_000);
	afterAll(async () => {
		await store?.db.close();
		await db?.drop();
	});

	it('runs the versioned migrations once: a second start applies none', async () => {
		expect(await migrate(store.db)).toEqual([]);
		const rows = await store.db.query<{ version: number; name: string }>('select version, name from schema_migrations order by version');
		expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
		expect(rows[0]?.name).toBe(MIGRATIONS[0]?.name);
	});

	it('makes 256-bit tokens, keeps only their SHA-256, and tells edit from review from wrong', async () => {
		const s = await store.createSpace('Bone health planning group');
		expect(s.editToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // 43 base64url characters = 258 bits >= 256 random bits
		expect(s.id).toMatch(/^[A-Za-z0-9_-]{22}$/); // 16 random bytes
		expect(s.reviewToken).toBe(reviewTokenFor(s.editToken));
		expect(s.reviewToken).not.toBe(s.editToken);
		const [row] = await store.db.query<{ edit_token_hash: string; review_token_hash: string }>('select edit_token_hash, review_token_hash from spaces where id = $1', [s.id]);
		expect(row?.edit_token_hash).toBe(createHash('sha256').update(s.editToken).digest('hex'));
		expect(JSON.stringify(row)).not.toContain(s.editToken);
		expect(JSON.stringify(row)).not.toContain(s.reviewToken);
		expect(await store.access(s.id, s.editToken)).toBe('edit');
		expect(await store.access(s.id, s.reviewToken)).toBe('review');
		expect(await store.access(s.id, s.editToken.slice(0, -1) + (s.editToken.endsWith('A') ? 'B' : 'A'))).toBe('wrong-token');
		expect(await store.access(s.id, '')).toBe('wrong-token');
		expect(await store.access('nosuchspace0000000000A', s.editToken)).toBe('no-space');
	});

	it('keeps every version whole, with its author, note and what it did to each option’s NPC', async () => {
		const s = await store.createSpace('History');
		const v1 = urban();
		const made = await store.createScenario(s.id, { scenario: prepared(v1), author: ALICE, note: 'First draft' });
		expect(made?.version).toBe(1);
		const v2 = urban();
		v2.scanners[0]!.sessionsPerWeek = 8;
		const saved = await store.saveVersion(s.id, made!.scenarioId, 1, { scenario: prepared(v2), author: BOB, note: 'Two more sessions' });
		expect(saved).toEqual({ ok: true, version: 2 });
		const list = await store.listVersions(s.id, made!.scenarioId);
		expect(list?.versions.map((v) => [v.version, v.author.name, v.author.role, v.note, v.basedOn])).toEqual([
			[1, 'Alice Hart', 'Lead clinician', 'First draft', null],
			[2, 'Bob Singh', 'Finance', 'Two more sessions', 1]
		]);
		// The summary is the engine's own NPC for each option of that version.
		const r2 = engineResult(v2);
		expect(list?.versions[1]?.summary.options.map((o) => o.netPresentCostGbp)).toEqual(r2.options.map((o) => o.summary.netPresentCostGbp));
		expect(list?.versions[1]?.summary.preferredOptionId).toBe(r2.preferredOptionId);
		const full = await store.getVersion(s.id, made!.scenarioId, 2);
		expect(full?.scenario).toEqual(v2);
		expect(await store.getVersion(s.id, made!.scenarioId, 3)).toBeNull();
		// Another space's id never reaches this scenario.
		const other = await store.createSpace('Other');
		expect(await store.getVersion(other.id, made!.scenarioId, 1)).toBeNull();
		expect(await store.saveVersion(other.id, made!.scenarioId, 2, { scenario: prepared(v2), author: BOB, note: '' })).toEqual({ ok: false, reason: 'missing' });
	});

	it('refuses a save based on an older version with the latest version number', async () => {
		const s = await store.createSpace('Conflict');
		const made = await store.createScenario(s.id, { scenario: prepared(urban()), author: ALICE, note: '' });
		const sid = made!.scenarioId;
		expect(await store.saveVersion(s.id, sid, 1, { scenario: prepared(urban()), author: ALICE, note: 'a' })).toEqual({ ok: true, version: 2 });
		expect(await store.saveVersion(s.id, sid, 1, { scenario: prepared(urban()), author: BOB, note: 'b' })).toEqual({ ok: false, reason: 'conflict', latest: 2 });
		expect(await store.saveVersion(s.id, sid, 2, { scenario: prepared(urban()), author: BOB, note: 'b' })).toEqual({ ok: true, version: 3 });
	});

	it('comments on a version or one input, and signs off a version with the reviewer’s name and role', async () => {
		const s = await store.createSpace('Review');
		const made = await store.createScenario(s.id, { scenario: prepared(urban()), author: ALICE, note: '' });
		const sid = made!.scenarioId;
		await store.addComment(s.id, sid, 1, { path: 'scanners[0].dnaRate', author: BOB, text: 'Our DNA rate was 7% last year' });
		await store.addComment(s.id, sid, 1, { path: null, author: ALICE, text: 'Ready for finance' });
		const so = await store.signOff(s.id, sid, 1, { reviewer: { name: 'Carol Obi', role: 'Commissioner' }, note: 'For the March board' });
		expect(so?.reviewer).toEqual({ name: 'Carol Obi', role: 'Commissioner' });
		expect(Date.now() - Date.parse(so!.signedAt)).toBeLessThan(60_000);
		const v = await store.getVersion(s.id, sid, 1);
		expect(v?.commentList.map((c) => [c.path, c.author.name, c.text])).toEqual([
			['scanners[0].dnaRate', 'Bob Singh', 'Our DNA rate was 7% last year'],
			[null, 'Alice Hart', 'Ready for finance']
		]);
		expect(v?.comments).toBe(2);
		expect(v?.signoffs.map((x) => x.reviewer.name)).toEqual(['Carol Obi']);
		const space = await store.getSpace(s.id, 'review');
		expect(space?.scenarios[0]?.latest.signoffs[0]?.note).toBe('For the March board');
		expect(await store.addComment(s.id, sid, 9, { path: null, author: BOB, text: 'x' })).toBeNull();
		expect(await store.signOff(s.id, sid, 9, { reviewer: BOB, note: '' })).toBeNull();
	});

	it('50 concurrent saves all based on version 1: exactly one becomes version 2, the other 49 are told version 2 is the latest', async () => {
		const s = await store.createSpace('Race');
		const made = await store.createScenario(s.id, { scenario: prepared(urban()), author: ALICE, note: '' });
		const sid = made!.scenarioId;
		// Separate clients: on PostgreSQL each has its own connection; PGlite serves one process, so they share it.
		const clients = kind === 'postgres' ? await Promise.all(Array.from({ length: 50 }, () => openStore(db.config))) : Array.from({ length: 50 }, () => store);
		try {
			const p = prepared(urban());
			const outcomes = await Promise.all(clients.map((c, i) => c.saveVersion(s.id, sid, 1, { scenario: p, author: BOB, note: `client ${i}` })));
			const accepted = outcomes.filter((o) => o.ok);
			expect(accepted).toEqual([{ ok: true, version: 2 }]);
			expect(outcomes.filter((o) => !o.ok)).toEqual(Array(49).fill({ ok: false, reason: 'conflict', latest: 2 }));
			const list = await store.listVersions(s.id, sid);
			expect(list?.versions.map((v) => v.version)).toEqual([1, 2]);
		} finally {
			if (kind === 'postgres') await Promise.all(clients.map((c) => c.db.close()));
		}
	}, 60_000);

	it('50 concurrent clients that retry after a 409: all 50 saves land, numbered 2 to 51, each based on the one before', async () => {
		const s = await store.createSpace('Retry');
		const made = await store.createScenario(s.id, { scenario: prepared(urban()), author: ALICE, note: '' });
		const sid = made!.scenarioId;
		const clients = kind === 'postgres' ? await Promise.all(Array.from({ length: 50 }, () => openStore(db.config))) : Array.from({ length: 50 }, () => store);
		try {
			const p = prepared(urban());
			let conflicts = 0;
			const saves = clients.map(async (c, i) => {
				let basedOn = 1;
				for (;;) {
					const o = await c.saveVersion(s.id, sid, basedOn, { scenario: p, author: BOB, note: `client ${i}` });
					if (o.ok) return o.version;
					if (o.reason !== 'conflict') throw new Error(o.reason);
					conflicts++;
					basedOn = o.latest;
				}
			});
			const versions = await Promise.all(saves);
			expect([...versions].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
			const list = await store.listVersions(s.id, sid);
			expect(list?.versions.map((v) => v.version)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
			expect(list?.versions.slice(1).every((v) => v.basedOn === v.version - 1)).toBe(true);
			// Every accepted save is in the history exactly once, under the version it was told.
			const byNote = new Map(list!.versions.slice(1).map((v) => [v.note, v.version]));
			expect(byNote.size).toBe(50);
			versions.forEach((v, i) => expect(byNote.get(`client ${i}`)).toBe(v));
			expect(conflicts).toBeGreaterThan(0);
		} finally {
			if (kind === 'postgres') await Promise.all(clients.map((c) => c.db.close()));
		}
	}, 120_000);
});
