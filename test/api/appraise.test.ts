import { describe, expect, it } from 'vitest';
import { POST, fallback } from '../../src/routes/api/appraise/+server';
import { appraise } from '../../src/lib/model/appraise';
import { parseScenarioJson } from '../../src/lib/model/parse';
import { AppraisalResultSchema } from '../../src/lib/model/results';
import { MAX_BODY_BYTES } from '../../src/lib/server/readBody';
import { BASE, call, postJson, streamOf } from './event';
import { exampleModelFiles, invalidUrbanScenario, readModel } from './fixtures';

async function errorsOf(res: Response): Promise<{ path: string; message: string }[]> {
	const body = (await res.json()) as { errors: { path: string; message: string }[] };
	return body.errors;
}

describe('POST /api/appraise: valid scenarios', () => {
	it.each(exampleModelFiles())('%s: 200 with the engine result, valid against AppraisalResultSchema', async (file) => {
		const text = readModel(file);
		const res = await call(POST, postJson('/api/appraise', text));
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		const body: unknown = await res.json();
		const checked = AppraisalResultSchema.safeParse(body);
		expect(checked.success).toBe(true);

		const parsed = parseScenarioJson(text);
		if (!parsed.ok) throw new Error(`${file} should be a valid example`);
		const expected = appraise(parsed.scenario);
		// JSON keeps every double exactly, so the whole result must come back unchanged.
		expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
		expect(checked.data?.preferredOptionId).toBe(expected.preferredOptionId);
	});

	it('accepts a charset parameter on the content type', async () => {
		const res = await call(POST, postJson('/api/appraise', readModel('urban-backlog.json'), { 'content-type': 'Application/JSON; charset=utf-8' }));
		expect(res.status).toBe(200);
	});
});

describe('POST /api/appraise: rejected requests', () => {
	it('400 with every validation error as { path, message }, the same list the parser gives', async () => {
		const { text, errors } = invalidUrbanScenario();
		const res = await call(POST, postJson('/api/appraise', text));
		expect(res.status).toBe(400);
		expect(await errorsOf(res)).toEqual(errors);
		const parsed = parseScenarioJson(text);
		expect(parsed.ok ? [] : parsed.errors).toEqual(errors);
	});

	it('400 for a future schemaVersion, naming the field', async () => {
		const s = JSON.parse(readModel('urban-backlog.json'));
		s.schemaVersion = 99;
		const res = await call(POST, postJson('/api/appraise', JSON.stringify(s)));
		expect(res.status).toBe(400);
		const errors = await errorsOf(res);
		expect(errors[0]?.path).toBe('schemaVersion');
	});

	it.each([
		['malformed JSON', '{"name": "x",', /^not valid JSON: /],
		['an empty body', '', /^empty body/],
		['whitespace only', '  \n ', /^empty body/]
	])('400 for %s, path (body)', async (_label, body, message) => {
		const res = await call(POST, postJson('/api/appraise', body));
		expect(res.status).toBe(400);
		const errors = await errorsOf(res);
		expect(errors).toHaveLength(1);
		expect(errors[0]?.path).toBe('(body)');
		expect(errors[0]?.message).toMatch(message);
	});

	it('400 for a JSON value that is not a scenario object', async () => {
		const res = await call(POST, postJson('/api/appraise', '[1, 2, 3]'));
		expect(res.status).toBe(400);
		expect((await errorsOf(res)).length).toBeGreaterThan(0);
	});

	it('400 for a body that is not UTF-8', async () => {
		// 0xC3 0x28 is an invalid two-byte UTF-8 sequence.
		const res = await call(POST, postJson('/api/appraise', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])));
		expect(res.status).toBe(400);
		expect((await errorsOf(res))[0]?.message).toMatch(/UTF-8/);
	});

	it.each([
		['text/plain', 'text/plain'],
		['a form', 'application/x-www-form-urlencoded'],
		['a near miss', 'application/jsonp']
	])('415 for %s', async (_label, type) => {
		const res = await call(POST, postJson('/api/appraise', readModel('urban-backlog.json'), { 'content-type': type }));
		expect(res.status).toBe(415);
		expect((await errorsOf(res))[0]).toEqual({ path: '(request)', message: `Content-Type must be application/json, got "${type}"` });
	});

	it('415 when there is no content type at all', async () => {
		const req = new Request(`${BASE}/api/appraise`, { method: 'POST', body: new Uint8Array([0x7b, 0x7d]) });
		expect(req.headers.get('content-type')).toBeNull();
		const res = await call(POST, req);
		expect(res.status).toBe(415);
		expect((await errorsOf(res))[0]?.message).toBe('Content-Type must be application/json, got none');
	});

	it('405 with an Allow header for other methods', async () => {
		for (const method of ['GET', 'PUT', 'DELETE']) {
			const res = await call(fallback, new Request(`${BASE}/api/appraise`, { method }));
			expect(res.status).toBe(405);
			expect(res.headers.get('allow')).toBe('POST');
			expect((await errorsOf(res))[0]?.message).toBe(`${method} is not allowed here; use POST`);
		}
	});
});

describe('POST /api/appraise: body size limit', () => {
	it('is 1,000,000 bytes, the parser limit in characters', () => {
		expect(MAX_BODY_BYTES).toBe(1_000_000);
	});

	it('accepts a scenario padded to exactly the limit, rejects one byte more with 413', async () => {
		const text = readModel('urban-backlog.json');
		const atLimit = text + ' '.repeat(MAX_BODY_BYTES - Buffer.byteLength(text));
		expect(Buffer.byteLength(atLimit)).toBe(1_000_000);
		expect((await call(POST, postJson('/api/appraise', atLimit))).status).toBe(200);

		const over = `${atLimit} `;
		const res = await call(POST, postJson('/api/appraise', over));
		expect(res.status).toBe(413);
		expect(await errorsOf(res)).toEqual([{ path: '(body)', message: 'request body is larger than the limit of 1,000,000 bytes' }]);
	});

	it('413 for a streamed body with no Content-Length once it passes the limit', async () => {
		// 20 chunks of 64 KiB = 1,310,720 bytes > 1,000,000.
		const res = await call(POST, postJson('/api/appraise', streamOf(65_536, 20)));
		expect(res.status).toBe(413);
	});

	it('413 when Content-Length understates the body (the stream is counted, not the header)', async () => {
		const req = postJson('/api/appraise', streamOf(65_536, 20), { 'content-type': 'application/json', 'content-length': '10' });
		expect(req.headers.get('content-length')).toBe('10');
		expect((await call(POST, req)).status).toBe(413);
	});

	it('413 straight from a Content-Length above the limit', async () => {
		const req = postJson('/api/appraise', streamOf(10, 1), { 'content-type': 'application/json', 'content-length': '5000000' });
		expect((await call(POST, req)).status).toBe(413);
	});
});

describe('POST /api/appraise: a body stream that fails', () => {
	function failingStream(error: unknown): ReadableStream<Uint8Array> {
		let first = true;
		return new ReadableStream({
			pull(controller) {
				if (first) {
					first = false;
					controller.enqueue(new TextEncoder().encode('{"schemaVersion": 1,'));
				} else controller.error(error);
			}
		});
	}

	it("413 when the server adapter stops the stream at its own limit (adapter-node's BODY_SIZE_LIMIT)", async () => {
		// adapter-node errors the stream with a SvelteKitError carrying status 413 and this message.
		const adapterError = Object.assign(new Error('request body size exceeded BODY_SIZE_LIMIT of 524288'), { status: 413 });
		const res = await call(POST, postJson('/api/appraise', failingStream(adapterError)));
		expect(res.status).toBe(413);
		expect(await errorsOf(res)).toEqual([{ path: '(body)', message: "request body is larger than the server's limit (request body size exceeded BODY_SIZE_LIMIT of 524288)" }]);
	});

	it('400 when the upload breaks off', async () => {
		const res = await call(POST, postJson('/api/appraise', failingStream(new Error('aborted'))));
		expect(res.status).toBe(400);
		expect((await errorsOf(res))[0]?.message).toMatch(/could not be read/);
	});
});
