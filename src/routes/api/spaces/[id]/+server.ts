import type { RequestHandler } from './$types';
import { authorise, jsonResponse, notFound, spaceLink } from '$lib/server/store/http';
import { reviewTokenFor } from '$lib/server/store/tokens';
import { methodNotAllowed } from '$lib/server/responses';

/** GET -> the space, its scenarios with their latest version; an edit token also gets the review link to pass on. */
export const GET: RequestHandler = async (event) => {
	const auth = await authorise(event, event.params.id, 'read');
	if (auth instanceof Response) return auth;
	const space = await auth.store.getSpace(event.params.id, auth.access);
	if (!space) return notFound('space');
	const review = auth.access === 'edit' ? reviewTokenFor(auth.token) : null;
	const links = review ? { reviewToken: review, reviewLink: spaceLink(event.url.origin, space.id, review) } : {};
	return jsonResponse({ ...space, ...links });
};

export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, ['GET']);
