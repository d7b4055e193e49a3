import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { makeDatabase, type TestDatabase } from './databases';
import { ALICE, BOB, urban } from './fixtures';
import { call, errorsOf, req } from './api';
import { setStore, type TeamStore } from '../../src/lib/server/store';
import * as spaces from '../../src/routes/api/spaces/+server';
import * as space from '../../src/routes/api/spaces/[id]/+server';
import * as scenarios from '../../src/routes/api/spaces/[id]/scenarios/+server';
import * as scenario from '../../src/routes/api/spaces/[id]/scenarios/[sid]/+server';
import * as version from '../../src/routes/api/spaces/[id]/scenarios/[sid]/versions/[n]/+server';
import * as comments from '../../src/routes/api/spaces/[id]/scenarios/[sid]/versions/[n]/comments/+server';
import * as signoff from '../../src/routes/api/spaces/[id]/scenarios/[sid]/versions/[n]/signoff/+server';
import * as exporter from '../../src/routes/api/spaces/[id]/export/+server';
import * as importer from '../../src/routes/api/spaces/import/+server';

/** Export and import through the HTTP handlers (the zip format is the same on both databases; PGlite here). */
describe('GET /api/spaces/{id}/export and POST /api/spaces/import', () => {
	let db: TestDatabase;
	let store: TeamStore;
	beforeAll(async () => {
		db = await makeDatabase('pglite');
		store = await db.open();
		setStore(store);
	}, 120_000);
	afterAll(async () => {
		setStore(null);
		await store?.db.close();
		await db?.drop();
	});

	async function spaceWithHistory() {
		const s = await (await call(spaces.POST, req('POST', '/api/spaces', { body: { name: 'North trust DXA' } }))).json();
		const made = await (await call(scenarios.POST, req('POST', `/api/spaces/${s.id}/scenarios`, { token: s.editToken, body: { scenario: urban(), author: ALICE, note: 'Draft' } }), { id: s.id })).json();
		const v2 = urban();
		v2.scanners[0]!.sessionsPerWeek = 8;
		await call(scenario.PUT, req('PUT', `/api/spaces/${s.id}/scenarios/${made.scenarioId}`, { token: s.editToken, body: { scenario: v2, author: BOB, note: 'More sessions' }, headers: { 'if-match': '1' } }), { id: s.id, sid: made.scenarioId });
		await call(comments.POST, req('POST', `/api/spaces/${s.id}/scenarios/${made.scenarioId}/versions/2/comments`, { token: s.reviewToken, body: { author: BOB, text: 'Agreed with estates', path: 'scanners[0].sessionsPerWeek' } }), { id: s.id, sid: made.scenarioId, n: '2' });
		await call(signoff.POST, req('POST', `/api/spaces/${s.id}/scenarios/${made.scenarioId}/versions/2/signoff`, { token: s.reviewToken, body: { reviewer: { name: 'Carol Obi', role: 'Commissioner' } } }), { id: s.id, sid: made.scenarioId, n: '2' });
		return { s, sid: made.scenarioId as string, v2 };
	}

	it('exports every version as JSON in a zip, and imports it as a new space with new links and the same history', async () => {
		const { s, sid, v2 } = await spaceWithHistory();
		const res = await call(exporter.GET, req('GET', `/api/spaces/${s.id}/export`, { token: s.reviewToken }), { id: s.id });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/zip');
		expect(res.headers.get('content-disposition')).toBe('attachment; filename="north-trust-dxa.zip"');
		const zip = new Uint8Array(await res.arrayBuffer());
		const files = unzipSync(zip);
		expect(Object.keys(files).sort()).toEqual(['scenarios/' + sid + '/v1.json', 'scenarios/' + sid + '/v2.json', 'space.json'].sort());
		expect(JSON.parse(strFromU8(files[`scenarios/${sid}/v2.json`]!))).toEqual(v2);
		const manifest = JSON.parse(strFromU8(files['space.json']!));
		expect(manifest.scenarios[0].versions.map((v: { version: number; author: unknown; note: string }) => [v.version, v.author, v.note])).toEqual([
			[1, ALICE, 'Draft'],
			[2, BOB, 'More sessions']
		]);
		expect(JSON.stringify(manifest)).not.toContain(s.editToken);

		const imp = await call(importer.POST, req('POST', '/api/spaces/import', { body: zip, headers: { 'content-type': 'application/zip' } }));
		expect(imp.status).toBe(201);
		const n = await imp.json();
		expect(n.id).not.toBe(s.id);
		expect(n.editToken).not.toBe(s.editToken);
		const view = await (await call(space.GET, req('GET', `/api/spaces/${n.id}`, { token: n.editToken }), { id: n.id })).json();
		expect(view.name).toBe('North trust DXA');
		const nsid = view.scenarios[0].id;
		expect(view.scenarios[0].latest).toMatchObject({ version: 2, author: BOB, note: 'More sessions', basedOn: 1 });
		const v = await (await call(version.GET, req('GET', `/api/spaces/${n.id}/scenarios/${nsid}/versions/2`, { token: n.reviewToken }), { id: n.id, sid: nsid, n: '2' })).json();
		expect(v.scenario).toEqual(v2);
		expect(v.commentList.map((c: { text: string; path: string }) => [c.text, c.path])).toEqual([['Agreed with estates', 'scanners[0].sessionsPerWeek']]);
		expect(v.signoffs.map((o: { reviewer: unknown }) => o.reviewer)).toEqual([{ name: 'Carol Obi', role: 'Commissioner' }]);
		// The old links do not open the copy.
		expect((await call(space.GET, req('GET', `/api/spaces/${n.id}`, { token: s.editToken }), { id: n.id })).status).toBe(401);
	});

	it('refuses an archive with an invalid version, naming the file and the field, and stores nothing', async () => {
		const { s, sid } = await spaceWithHistory();
		const zip = new Uint8Array(await (await call(exporter.GET, req('GET', `/api/spaces/${s.id}/export`, { token: s.editToken }), { id: s.id })).arrayBuffer());
		const files = unzipSync(zip);
		const bad = JSON.parse(strFromU8(files[`scenarios/${sid}/v2.json`]!));
		bad.scanners[0].dnaRate = -1;
		files[`scenarios/${sid}/v2.json`] = strToU8(JSON.stringify(bad));
		const before = (await store.db.query<{ n: number }>('select count(*)::int as n from spaces'))[0]?.n;
		const res = await call(importer.POST, req('POST', '/api/spaces/import', { body: zipSync(files), headers: { 'content-type': 'application/zip' } }));
		expect(res.status).toBe(400);
		expect(await errorsOf(res)).toEqual([{ path: `scenarios/${sid}/v2.json: scanners[0].dnaRate`, message: 'must be at least 0, got -1' }]);
		expect((await store.db.query<{ n: number }>('select count(*)::int as n from spaces'))[0]?.n).toBe(before);
	});

	it.each([
		['not a zip', strToU8('hello'), 'application/zip', 400, '(body)'],
		['a zip without space.json', zipSync({ 'a.txt': strToU8('x') }), 'application/zip', 400, 'space.json'],
		['space.json of another format', zipSync({ 'space.json': strToU8('{"format":"other"}') }), 'application/zip', 400, 'space.json: format'],
		['JSON instead of a zip', strToU8('{}'), 'application/json', 415, '(request)'],
		['an empty body', new Uint8Array(), 'application/zip', 400, '(body)']
	])('%s: %i, never 500', async (_name, body, type, status, path) => {
		const res = await call(importer.POST, req('POST', '/api/spaces/import', { body, headers: { 'content-type': type } }));
		expect(res.status).toBe(status);
		expect((await errorsOf(res))[0]?.path).toBe(path);
	});
});
