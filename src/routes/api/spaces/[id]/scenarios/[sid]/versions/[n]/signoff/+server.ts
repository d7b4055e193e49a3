import type { RequestHandler } from './$types';
import { authorise, jsonResponse, MAX_SMALL_REQUEST_BYTES, notFound, readJson, validId, versionNumber } from '$lib/server/store/http';
import { SignoffBody } from '$lib/team/api';
import { methodNotAllowed } from '$lib/server/responses';

/** POST { reviewer: { name, role }, note } -> 201 the sign-off, dated by the server. Edit and review tokens may sign off. */
export const POST: RequestHandler = async (event) => {
	const auth = await authorise(event, event.params.id, 'read');
	if (auth instanceof Response) return auth;
	const n = versionNumber(event.params.n);
	if (!validId(event.params.sid) || n === null) return notFound('version');
	const body = await readJson(event.request, MAX_SMALL_REQUEST_BYTES, SignoffBody);
	if (!body.ok) return body.response;
	const s = await auth.store.signOff(event.params.id, event.params.sid, n, body.value);
	if (!s) return notFound('version');
	return jsonResponse(s, 201);
};

export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, ['POST']);
