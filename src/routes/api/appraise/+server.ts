import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { parseScenario } from '$lib/model/parse';
import { appraiseParsed } from '$lib/server/appraiseParsed';
import { isJsonContentType, MAX_BODY_BYTES, readTextBody } from '$lib/server/readBody';
import { errorResponse, methodNotAllowed } from '$lib/server/responses';

/**
 * POST a scenario as JSON; the answer is the same AppraisalResult as `cli appraise --json`.
 * Errors: 400 `{ errors: [{ path, message }] }` (the CLI's list), 413 too large, 415 not JSON.
 */
export const POST: RequestHandler = async ({ request }) => {
	const type = request.headers.get('content-type');
	if (!isJsonContentType(type)) {
		// The body is left unread, not cancelled (see readBody.ts).
		return errorResponse(415, [{ path: '(request)', message: `Content-Type must be application/json, got ${type ? `"${type}"` : 'none'}` }], { 'accept-post': 'application/json' });
	}
	const body = await readTextBody(request, MAX_BODY_BYTES);
	if (!body.ok) return errorResponse(body.status, [{ path: '(body)', message: body.message }]);
	if (!body.text.trim()) return errorResponse(400, [{ path: '(body)', message: 'empty body: send a scenario as JSON' }]);

	let raw: unknown;
	try {
		raw = JSON.parse(body.text);
	} catch (e) {
		return errorResponse(400, [{ path: '(body)', message: `not valid JSON: ${(e as Error).message}` }]);
	}
	const outcome = appraiseParsed(parseScenario(raw));
	if (outcome.ok) return json(outcome.result, { headers: { 'cache-control': 'no-store' } });
	if (outcome.kind === 'invalid') return errorResponse(400, outcome.errors);
	// Logged for the operator; the client gets a plain message, never a stack trace.
	console.error(`POST /api/appraise: ${outcome.message}`);
	return errorResponse(500, [{ path: '(server)', message: 'internal error while appraising the scenario; the server log has details' }]);
};

export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, ['POST']);
