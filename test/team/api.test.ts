import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS, makeDatabase, type TestDatabase } from './databases';
import { ALICE, BOB, engineResult, urban } from './fixtures';
import { call, errorsOf, req } from './api';
import { setStore, type TeamStore } from '../../src/lib/server/store';
import { limiter } from '../../src/lib/server/store/http';
import * as spaces from '../../src/routes/api/spaces/+server';
import * as space from '../../src/routes/api/spaces/[id]/+server';
import * as scenarios from '../../src/routes/api/spaces/[id]/scenarios/+server';
import * as scenario from '../../src/routes/api/spaces/[id]/scenarios/[sid]/+server';
import * as versions from '../../src/routes/api/spaces/[id]/scenarios/[sid]/versions/+server';
import * as version from '../../src/routes/api/spaces/[id]/scenarios/[sid]/versions/[n]/+server';
import * as comments from '../../src/routes/api/spaces/[id]/scenarios/[sid]/versions/[n]/comments/+server';
import * as signoff from '../../src/routes/api/spaces/[id]/scenarios/[sid]/versions/[n]/signoff/+server';

interface Links {
	id: string;
	editToken: string;
	reviewToken: string;
	editLink: string;
	reviewLink: string;
}

describe.each(KINDS)('team space API on %s', (kind) => {
	let db: TestDatabase;
	let store: TeamStore;
	beforeAll(async () => {
		db = await makeDatabase(kind);
		store = await db.open();
		setStore(store);
	}, 120_000);
	afterAll(async () => {
		setStore(null);
		await store?.db.close();
		await db?.drop();
	});

	async function newSpace(name = 'Bone health planning'): Promise<Links> {
		const res = await call(spaces.POST, req('POST', '/api/spaces', { body: { name } }));
		expect(res.status).toBe(201);
		return (await res.json()) as Links;
	}

	async function newScenario(s: Links, raw: unknown = urban()): Promise<string> {
		const res = await call(scenarios.POST, req('POST', `/api/spaces/${s.id}/scenarios`, { token: s.editToken, body: { scenario: raw, author: ALICE, note: 'First draft' } }), { id: s.id });
		expect(res.status).toBe(201);
		const body = (await res.json()) as { scenarioId: string; version: number };
		expect(body.version).toBe(1);
		return body.scenarioId;
	}

	const put = (s: Links, sid: string, ifMatch: string | null, body: unknown, token = s.editToken) =>
		call(scenario.PUT, req('PUT', `/api/spaces/${s.id}/scenarios/${sid}`, { token, body, headers: ifMatch === null ? {} : { 'if-match': ifMatch } }), { id: s.id, sid });

	it('POST /api/spaces: both links carry their token in the fragment, never the query string', async () => {
		const s = await newSpace();
		expect(s.editLink).toBe(`http://localhost:3000/team/${s.id}#token=${s.editToken}`);
		expect(s.reviewLink).toBe(`http://localhost:3000/team/${s.id}#token=${s.reviewToken}`);
		expect(new URL(s.editLink).search).toBe('');
	});

	it('GET /api/spaces/{id}: edit and review tokens read it (only edit gets the review link); wrong token 401; unknown id 404; token in the URL 400', async () => {
		const s = await newSpace('Planning group');
		const sid = await newScenario(s);
		const asEdit = await call(space.GET, req('GET', `/api/spaces/${s.id}`, { token: s.editToken }), { id: s.id });
		expect(asEdit.status).toBe(200);
		const view = await asEdit.json();
		expect(view).toMatchObject({ id: s.id, name: 'Planning group', access: 'edit', reviewLink: s.reviewLink, reviewToken: s.reviewToken });
		expect(view.scenarios.map((x: { id: string; latest: { version: number; author: unknown } }) => [x.id, x.latest.version, x.latest.author])).toEqual([[sid, 1, ALICE]]);
		const asReview = await call(space.GET, req('GET', `/api/spaces/${s.id}`, { token: s.reviewToken }), { id: s.id });
		expect(asReview.status).toBe(200);
		const rv = await asReview.json();
		expect(rv.access).toBe('review');
		expect(rv.reviewLink).toBeUndefined();
		expect(rv.reviewToken).toBeUndefined();
		expect(JSON.stringify(rv)).not.toContain(s.editToken);

		const other = await newSpace();
		const wrong = await call(space.GET, req('GET', `/api/spaces/${s.id}`, { token: other.editToken, headers: { 'x-forwarded-for': '1' } }), { id: s.id });
		expect(wrong.status).toBe(401);
		expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
		const none = await call(space.GET, req('GET', `/api/spaces/${s.id}`), { id: s.id });
		expect(none.status).toBe(401);
		expect((await errorsOf(none))[0]?.message).toMatch(/Authorization: Bearer/);
		expect((await call(space.GET, req('GET', '/api/spaces/AAAAAAAAAAAAAAAAAAAAAA', { token: s.editToken }), { id: 'AAAAAAAAAAAAAAAAAAAAAA' })).status).toBe(404);
		expect((await call(space.GET, req('GET', '/api/spaces/..%2F..', { token: s.editToken }), { id: '../..' })).status).toBe(404);
		const inQuery = await call(space.GET, req('GET', `/api/spaces/${s.id}?token=${s.editToken}`), { id: s.id });
		expect(inQuery.status).toBe(400);
		expect(JSON.stringify(await inQuery.json())).not.toContain(s.editToken);
	});

	it('a review token gets 403 on every scenario write, and may still comment and sign off', async () => {
		const s = await newSpace();
		const sid = await newScenario(s);
		const create = await call(scenarios.POST, req('POST', `/api/spaces/${s.id}/scenarios`, { token: s.reviewToken, body: { scenario: urban(), author: BOB, note: '' } }), { id: s.id });
		expect(create.status).toBe(403);
		expect((await put(s, sid, '1', { scenario: urban(), author: BOB, note: '' }, s.reviewToken)).status).toBe(403);
		const c = await call(comments.POST, req('POST', `/api/spaces/${s.id}/scenarios/${sid}/versions/1/comments`, { token: s.reviewToken, body: { author: BOB, text: 'Check the DNA rate', path: 'scanners[0].dnaRate' } }), { id: s.id, sid, n: '1' });
		expect(c.status).toBe(201);
		expect(await c.json()).toMatchObject({ version: 1, path: 'scanners[0].dnaRate', author: BOB, text: 'Check the DNA rate' });
		const so = await call(signoff.POST, req('POST', `/api/spaces/${s.id}/scenarios/${sid}/versions/1/signoff`, { token: s.reviewToken, body: { reviewer: { name: 'Carol Obi', role: 'Commissioner' }, note: 'Approved for the board' } }), { id: s.id, sid, n: '1' });
		expect(so.status).toBe(201);
		const v = await (await call(version.GET, req('GET', `/api/spaces/${s.id}/scenarios/${sid}/versions/1`, { token: s.reviewToken }), { id: s.id, sid, n: '1' })).json();
		expect(v.signoffs.map((x: { reviewer: unknown; note: string }) => [x.reviewer, x.note])).toEqual([[{ name: 'Carol Obi', role: 'Commissioner' }, 'Approved for the board']]);
		expect(v.commentList.map((x: { text: string }) => x.text)).toEqual(['Check the DNA rate']);
	});

	it('bad bodies get 400 naming the field, never 500', async () => {
		const s = await newSpace();
		const sid = await newScenario(s);
		const bad = urban();
		bad.scanners[0]!.dnaRate = 1.5;
		const invalid = await call(scenarios.POST, req('POST', `/api/spaces/${s.id}/scenarios`, { token: s.editToken, body: { scenario: bad, author: ALICE } }), { id: s.id });
		expect(invalid.status).toBe(400);
		expect(await errorsOf(invalid)).toContainEqual({ path: 'scenario.scanners[0].dnaRate', message: expect.stringMatching(/at most 1, got 1.5/) });
		const noAuthor = await call(scenarios.POST, req('POST', `/api/spaces/${s.id}/scenarios`, { token: s.editToken, body: { scenario: urban(), author: { name: ' ', role: 'x' } } }), { id: s.id });
		expect(noAuthor.status).toBe(400);
		expect((await errorsOf(noAuthor))[0]?.path).toBe('author.name');
		const cases: [string, Response][] = [
			['space name missing', await call(spaces.POST, req('POST', '/api/spaces', { body: {} }))],
			['space body an array', await call(spaces.POST, req('POST', '/api/spaces', { body: [1, 2] }))],
			['malformed JSON', await call(spaces.POST, req('POST', '/api/spaces', { body: '{"name":' }))],
			['not JSON', await call(spaces.POST, req('POST', '/api/spaces', { body: 'name=x', headers: { 'content-type': 'text/plain' } }))],
			['scenario null', await call(scenarios.POST, req('POST', `/api/spaces/${s.id}/scenarios`, { token: s.editToken, body: { scenario: null, author: ALICE } }), { id: s.id })],
			['scenario a string', await put(s, sid, '1', { scenario: 'x', author: ALICE })],
			['unknown field', await put(s, sid, '1', { scenario: urban(), author: ALICE, extra: 1 })],
			['If-Match not a number', await put(s, sid, '"abc"', { scenario: urban(), author: ALICE })],
			['If-Match missing', await put(s, sid, null, { scenario: urban(), author: ALICE })],
			['comment empty', await call(comments.POST, req('POST', `/api/spaces/${s.id}/scenarios/${sid}/versions/1/comments`, { token: s.editToken, body: { author: ALICE, text: '' } }), { id: s.id, sid, n: '1' })],
			['comment on no such input', await call(comments.POST, req('POST', `/api/spaces/${s.id}/scenarios/${sid}/versions/1/comments`, { token: s.editToken, body: { author: ALICE, text: 'x', path: 'scanners[7].nope' } }), { id: s.id, sid, n: '1' })],
			['sign-off without role', await call(signoff.POST, req('POST', `/api/spaces/${s.id}/scenarios/${sid}/versions/1/signoff`, { token: s.editToken, body: { reviewer: { name: 'x' } } }), { id: s.id, sid, n: '1' })],
			['version not a number', await call(version.GET, req('GET', `/api/spaces/${s.id}/scenarios/${sid}/versions/x`, { token: s.editToken }), { id: s.id, sid, n: 'x' })],
			['version 0', await call(version.GET, req('GET', `/api/spaces/${s.id}/scenarios/${sid}/versions/0`, { token: s.editToken }), { id: s.id, sid, n: '0' })],
			['unknown version', await call(version.GET, req('GET', `/api/spaces/${s.id}/scenarios/${sid}/versions/99`, { token: s.editToken }), { id: s.id, sid, n: '99' })],
			['unknown scenario', await call(versions.GET, req('GET', `/api/spaces/${s.id}/scenarios/AAAAAAAAAAAAAAAAAAAAAA/versions`, { token: s.editToken }), { id: s.id, sid: 'AAAAAAAAAAAAAAAAAAAAAA' })],
			['wrong method', await call(space.fallback, req('DELETE', `/api/spaces/${s.id}`, { token: s.editToken }), { id: s.id })]
		];
		const statuses = Object.fromEntries(await Promise.all(cases.map(async ([name, r]) => [name, [r.status, (await errorsOf(r))[0]?.path]])));
		expect(statuses).toEqual({
			'space name missing': [400, 'name'],
			'space body an array': [400, '(body)'],
			'malformed JSON': [400, '(body)'],
			'not JSON': [415, '(request)'],
			'scenario null': [400, 'scenario'],
			'scenario a string': [400, 'scenario'],
			'unknown field': [400, '(body)'],
			'If-Match not a number': [400, 'If-Match'],
			'If-Match missing': [428, 'If-Match'],
			'comment empty': [400, 'text'],
			'comment on no such input': [400, 'path'],
			'sign-off without role': [400, 'reviewer.role'],
			'version not a number': [404, '(request)'],
			'version 0': [404, '(request)'],
			'unknown version': [404, '(request)'],
			'unknown scenario': [404, '(request)'],
			'wrong method': [405, '(request)']
		});
	});

	it('PUT with If-Match: the next version, or 409 with the newer version’s changes input by input', async () => {
		const s = await newSpace();
		const sid = await newScenario(s);
		const v2 = urban();
		v2.scanners[0]!.sessionsPerWeek = 8; // was 6 in the example
		const ok = await put(s, sid, '"1"', { scenario: v2, author: BOB, note: 'Two more sessions' });
		expect(ok.status).toBe(200);
		expect(await ok.json()).toEqual({ scenarioId: sid, version: 2 });
		expect(ok.headers.get('etag')).toBe('"2"');

		const mine = urban();
		mine.scanners[0]!.dnaRate = 0.07;
		const stale = await put(s, sid, '1', { scenario: mine, author: ALICE, note: 'DNA' });
		expect(stale.status).toBe(409);
		const c = await stale.json();
		expect(c.basedOn).toBe(1);
		expect(c.latest.version).toBe(2);
		expect(c.latest.scenario).toEqual(v2);
		expect(c.versionsSince.map((v: { version: number; author: unknown }) => [v.version, v.author])).toEqual([[2, BOB]]);
		expect(c.changes).toEqual([{ key: 'scanners{main}.sessionsPerWeek', kind: 'changed', where: 'Scanners › Main hospital scanner', label: 'Sessions a week', unit: 'sessions', before: '6', after: '8' }]);
		expect(c.errors[0].path).toBe('If-Match');
		// The 409 left the history as it was.
		const list = await (await call(versions.GET, req('GET', `/api/spaces/${s.id}/scenarios/${sid}/versions`, { token: s.reviewToken }), { id: s.id, sid })).json();
		expect(list.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
		// What version 2 did to the result: the engine's NPC for each option, before and after.
		const [r1, r2] = [engineResult(urban()), engineResult(v2)];
		expect(list.versions[0].summary.options.map((o: { netPresentCostGbp: number }) => o.netPresentCostGbp)).toEqual(r1.options.map((o) => o.summary.netPresentCostGbp));
		expect(list.versions[1].summary.options.map((o: { netPresentCostGbp: number }) => o.netPresentCostGbp)).toEqual(r2.options.map((o) => o.summary.netPresentCostGbp));
		// A restore is a new version that says where it came from.
		const restored = await put(s, sid, '2', { scenario: urban(), author: ALICE, note: 'Back to the first draft', restoredFrom: 1 });
		expect(await restored.json()).toEqual({ scenarioId: sid, version: 3 });
		const v3 = await (await call(version.GET, req('GET', `/api/spaces/${s.id}/scenarios/${sid}/versions/3`, { token: s.editToken }), { id: s.id, sid, n: '3' })).json();
		expect(v3).toMatchObject({ version: 3, restoredFrom: 1, basedOn: 2, note: 'Back to the first draft', scenario: urban() });
	});

	it('50 concurrent PUTs from separate clients based on what each last saw: each is a new version or a 409, and every accepted one is in the history', async () => {
		const s = await newSpace();
		const sid = await newScenario(s);
		const base = urban();
		const results = await Promise.all(
			Array.from({ length: 50 }, async (_, i) => {
				const body = structuredClone(base) as typeof base & { demand: Record<string, number> };
				body.demand.startingBacklog = 2000 + i;
				// Half the clients saw version 1, the others re-read the latest first.
				let basedOn = 1;
				if (i % 2) {
					const latest = await (await call(scenario.GET, req('GET', `/api/spaces/${s.id}/scenarios/${sid}`, { token: s.editToken }), { id: s.id, sid })).json();
					basedOn = latest.version;
				}
				const r = await put(s, sid, String(basedOn), { scenario: body, author: { name: `Client ${i}`, role: 'Tester' }, note: `client ${i}` });
				return { i, status: r.status, body: await r.json() };
			})
		);
		expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
		const accepted = results.filter((r) => r.status === 200);
		expect(accepted.length).toBeGreaterThanOrEqual(1);
		const list = await (await call(versions.GET, req('GET', `/api/spaces/${s.id}/scenarios/${sid}/versions`, { token: s.editToken }), { id: s.id, sid })).json();
		expect(list.versions.length).toBe(1 + accepted.length);
		for (const a of accepted) {
			const v = list.versions.find((x: { version: number }) => x.version === a.body.version);
			expect(v.note).toBe(`client ${a.i}`);
			const full = await (await call(version.GET, req('GET', `/api/spaces/${s.id}/scenarios/${sid}/versions/${a.body.version}`, { token: s.editToken }), { id: s.id, sid, n: String(a.body.version) })).json();
			expect(full.scenario.demand.startingBacklog).toBe(2000 + a.i);
		}
		for (const r of results.filter((x) => x.status === 409)) expect(r.body.latest.version).toBeGreaterThan(1);
	}, 60_000);

	it('repeated wrong tokens from one client are slowed down, then refused with 429 and Retry-After', async () => {
		const s = await newSpace();
		const client = `test-${kind}`;
		const ev = (token: string) => ({ request: req('GET', `/api/spaces/${s.id}`, { token }), url: new URL(`http://localhost/api/spaces/${s.id}`), params: { id: s.id }, getClientAddress: () => client });
		const run = (token: string) => space.GET(ev(token) as never);
		const wrong = s.editToken.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
		for (let i = 0; i < limiter.freeFailures; i++) expect((await run(wrong)).status).toBe(401);
		// The next wrong token waits baseDelayMs (250 ms) before its 401.
		const t0 = performance.now();
		expect((await run(wrong)).status).toBe(401);
		expect(performance.now() - t0).toBeGreaterThanOrEqual(limiter.baseDelayMs - 5);
		expect(limiter.failures(client)).toBe(limiter.freeFailures + 1);
		// Further failures would each wait longer; record them directly rather than wait them out.
		while (limiter.failures(client) < limiter.blockAfter) limiter.fail(client);
		const blocked = await run(s.editToken);
		expect(blocked.status).toBe(429);
		expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
	});
});
