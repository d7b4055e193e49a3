import type { RequestHandler } from './$types';
import { authorise, jsonResponse, notFound, validId } from '$lib/server/store/http';
import { methodNotAllowed } from '$lib/server/responses';

/** GET -> { scenarioId, name, versions }: every version's author, time, note, sign-offs and result summary, oldest first. */
export const GET: RequestHandler = async (event) => {
	const auth = await authorise(event, event.params.id, 'read');
	if (auth instanceof Response) return auth;
	if (!validId(event.params.sid)) return notFound('scenario');
	const list = await auth.store.listVersions(event.params.id, event.params.sid);
	if (!list) return notFound('scenario');
	return jsonResponse({ scenarioId: event.params.sid, ...list });
};

export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, ['GET']);
