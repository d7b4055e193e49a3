import type { RequestHandler } from './$types';
import { getStore } from '$lib/server/store';
import { spaceFromZip } from '$lib/server/store/archive';
import { jsonResponse, MAX_IMPORT_BYTES, spaceLink } from '$lib/server/store/http';
import { readBytes } from '$lib/server/store/readBytes';
import { errorResponse, methodNotAllowed } from '$lib/server/responses';

/**
 * POST a zip made by GET /api/spaces/{id}/export (Content-Type: application/zip) -> 201 a new
 * space with every version, comment and sign-off, and new links. Nothing is stored unless every
 * version passes the scenario parser.
 */
export const POST: RequestHandler = async ({ request, url }) => {
	const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
	if (type !== 'application/zip') return errorResponse(415, [{ path: '(request)', message: `Content-Type must be application/zip, got ${type ? `"${type}"` : 'none'}` }], { 'accept-post': 'application/zip' });
	const body = await readBytes(request, MAX_IMPORT_BYTES);
	if (!body.ok) return errorResponse(body.status, [{ path: '(body)', message: body.message }]);
	const read = spaceFromZip(body.bytes);
	if (!read.ok) return errorResponse(400, read.errors);
	const store = await getStore();
	const s = await store.loadSpace(read.dump);
	return jsonResponse(
		{ id: s.id, name: s.name, editToken: s.editToken, reviewToken: s.reviewToken, editLink: spaceLink(url.origin, s.id, s.editToken), reviewLink: spaceLink(url.origin, s.id, s.reviewToken) },
		201,
		{ location: `/api/spaces/${s.id}` }
	);
};

export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, ['POST']);
