import type { RequestHandler } from './$types';
import { authorise, jsonResponse, MAX_SMALL_REQUEST_BYTES, notFound, readJson, validId, versionNumber } from '$lib/server/store/http';
import { CommentBody } from '$lib/team/api';
import { listInputs } from '$lib/model/catalogue';
import { errorResponse, methodNotAllowed } from '$lib/server/responses';

/** GET -> the version's comments, oldest first. */
export const GET: RequestHandler = async (event) => {
	const auth = await authorise(event, event.params.id, 'read');
	if (auth instanceof Response) return auth;
	const n = versionNumber(event.params.n);
	if (!validId(event.params.sid) || n === null) return notFound('version');
	const v = await auth.store.getVersion(event.params.id, event.params.sid, n);
	if (!v) return notFound('version');
	return jsonResponse({ comments: v.commentList });
};

/** POST { author, text, path? } -> 201 the comment. Edit and review tokens may comment; `path` names one input of this version. */
export const POST: RequestHandler = async (event) => {
	const auth = await authorise(event, event.params.id, 'read');
	if (auth instanceof Response) return auth;
	const n = versionNumber(event.params.n);
	if (!validId(event.params.sid) || n === null) return notFound('version');
	const body = await readJson(event.request, MAX_SMALL_REQUEST_BYTES, CommentBody);
	if (!body.ok) return body.response;
	const path = body.value.path?.trim() || null;
	if (path !== null) {
		const v = await auth.store.getVersion(event.params.id, event.params.sid, n);
		if (!v) return notFound('version');
		if (!listInputs(v.scenario).some((e) => e.path === path)) return errorResponse(400, [{ path: 'path', message: `no input "${path.slice(0, 120)}" in version ${n}` }]);
	}
	const c = await auth.store.addComment(event.params.id, event.params.sid, n, { path, author: body.value.author, text: body.value.text });
	if (!c) return notFound('version');
	return jsonResponse(c, 201);
};

export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, ['GET', 'POST']);
