import type { RequestHandler } from './$types';
import { getStore } from '$lib/server/store';
import { CreateSpaceBody } from '$lib/team/api';
import { jsonResponse, MAX_SMALL_REQUEST_BYTES, readJson, spaceLink } from '$lib/server/store/http';
import { methodNotAllowed } from '$lib/server/responses';

/** POST { name } -> 201 with the new space's id and its two links (edit and review). No token needed. */
export const POST: RequestHandler = async ({ request, url }) => {
	const body = await readJson(request, MAX_SMALL_REQUEST_BYTES, CreateSpaceBody);
	if (!body.ok) return body.response;
	const store = await getStore();
	const s = await store.createSpace(body.value.name);
	return jsonResponse(
		{ id: s.id, name: s.name, editToken: s.editToken, reviewToken: s.reviewToken, editLink: spaceLink(url.origin, s.id, s.editToken), reviewLink: spaceLink(url.origin, s.id, s.reviewToken) },
		201,
		{ location: `/api/spaces/${s.id}` }
	);
};

export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, ['POST']);
