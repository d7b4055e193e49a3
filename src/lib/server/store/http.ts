import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { zodIssues, type InputIssue } from '$lib/model/issues';
import { isJsonContentType, MAX_BODY_BYTES, readTextBody } from '../readBody';
import { errorResponse } from '../responses';
import { getStore, type TeamStore } from './index';
import { FailureLimiter } from './limiter';
import { TOKEN_PATTERN } from './tokens';
import type { Access } from '$lib/team/types';

/** Ids are 22 base64url characters; anything else cannot name a space, scenario or comment. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const limiter = new FailureLimiter();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function notFound(what: string): Response {
	return errorResponse(404, [{ path: '(request)', message: `${what} not found` }]);
}

function clientOf(event: Pick<RequestEvent, 'getClientAddress'>): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/**
 * Check the request's token for a space. 404 for an id that names no space; 401 with no token
 * or a wrong one (held back when one client keeps trying: see limiter.ts); 429 once a client
 * has tried too many; 403 when a review token asks to write; 400 when a token is put in the URL,
 * which would leave it in logs and browser history.
 */
export async function authorise(event: Pick<RequestEvent, 'request' | 'url' | 'getClientAddress'>, spaceId: string, need: 'read' | 'write'): Promise<{ store: TeamStore; access: Access; token: string } | Response> {
	for (const [k, v] of event.url.searchParams) {
		if (/token|key|secret|auth/i.test(k) || TOKEN_PATTERN.test(v)) {
			return errorResponse(400, [{ path: '(request)', message: `a token must never be sent in the URL (query parameter "${k}"): send it in an Authorization: Bearer header` }]);
		}
	}
	const client = clientOf(event);
	const wait = limiter.blockedFor(client);
	if (wait > 0) return errorResponse(429, [{ path: '(request)', message: `too many wrong tokens from this address: try again in ${wait} seconds` }], { 'retry-after': String(wait) });
	if (!ID_PATTERN.test(spaceId)) return notFound('space');
	const store = await getStore();
	const header = event.request.headers.get('authorization') ?? '';
	const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
	const check = await store.access(spaceId, m?.[1] ?? '');
	if (check === 'no-space') return notFound('space');
	if (check === 'wrong-token') {
		const delay = m ? limiter.fail(client) : 0;
		if (delay > 0) await sleep(delay);
		const message = m ? 'the token is not valid for this space: check the link you were given' : 'missing token: send the space link’s token in an Authorization: Bearer header';
		return errorResponse(401, [{ path: '(request)', message }], { 'www-authenticate': 'Bearer realm="team space"' });
	}
	if (need === 'write' && check !== 'edit') return errorResponse(403, [{ path: '(request)', message: 'this is a review link: it can read, comment and sign off, but not change scenarios' }]);
	return { store, access: check, token: m?.[1] ?? '' };
}

export function validId(id: string | undefined): id is string {
	return !!id && ID_PATTERN.test(id);
}

/** A positive whole version number from a route or header, or null. */
export function versionNumber(text: string | undefined | null): number | null {
	if (!text || !/^\d{1,9}$/.test(text)) return null;
	const n = Number(text);
	return n >= 1 ? n : null;
}

/** Read a JSON body within `maxBytes` and check it against `schema`; a Response when it fails. */
export async function readJson<S extends z.ZodType>(request: Request, maxBytes: number, schema: S): Promise<{ ok: true; value: z.infer<S> } | { ok: false; response: Response }> {
	const type = request.headers.get('content-type');
	if (!isJsonContentType(type)) return { ok: false, response: errorResponse(415, [{ path: '(request)', message: `Content-Type must be application/json, got ${type ? `"${type}"` : 'none'}` }]) };
	const body = await readTextBody(request, maxBytes);
	if (!body.ok) return { ok: false, response: errorResponse(body.status, [{ path: '(body)', message: body.message }]) };
	if (!body.text.trim()) return { ok: false, response: errorResponse(400, [{ path: '(body)', message: 'empty body: send JSON' }]) };
	let raw: unknown;
	try {
		raw = JSON.parse(body.text);
	} catch (e) {
		return { ok: false, response: errorResponse(400, [{ path: '(body)', message: `not valid JSON: ${(e as Error).message}` }]) };
	}
	const checked = schema.safeParse(raw, { reportInput: true });
	if (!checked.success) return { ok: false, response: errorResponse(400, bodyIssues(checked.error)) };
	return { ok: true, value: checked.data };
}

function bodyIssues(error: z.core.$ZodError): InputIssue[] {
	return zodIssues(error).map((i) => ({ ...i, path: i.path === '(scenario)' ? '(body)' : i.path }));
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers } });
}

/** A request carrying a scenario may be as large as POST /api/appraise allows, plus room for the author and note. */
export const MAX_SCENARIO_REQUEST_BYTES = MAX_BODY_BYTES + 65_536;
/** Comments, sign-offs and new spaces are small. */
export const MAX_SMALL_REQUEST_BYTES = 65_536;
/** An exported space: every version of every scenario, compressed. */
export const MAX_IMPORT_BYTES = 50_000_000;

/** The link that opens a space: the token travels in the fragment, which browsers never send to a server. */
export function spaceLink(origin: string, spaceId: string, token: string): string {
	return `${origin}/team/${spaceId}#token=${token}`;
}
