import type { RequestHandler } from './$types';
import { authorise, jsonResponse, notFound, validId, versionNumber } from '$lib/server/store/http';
import { methodNotAllowed } from '$lib/server/responses';

/** GET -> one version in full: the scenario as written, its comments and sign-offs. */
export const GET: RequestHandler = async (event) => {
	const auth = await authorise(event, event.params.id, 'read');
	if (auth instanceof Response) return auth;
	const n = versionNumber(event.params.n);
	if (!validId(event.params.sid) || n === null) return notFound('version');
	const v = await auth.store.getVersion(event.params.id, event.params.sid, n);
	if (!v) return notFound('version');
	return jsonResponse(v, 200, { etag: `"${v.version}"` });
};

export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, ['GET']);
