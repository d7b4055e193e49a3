import type { RequestHandler } from './$types';
import { authorise, notFound } from '$lib/server/store/http';
import { spaceToZip } from '$lib/server/store/archive';
import { methodNotAllowed } from '$lib/server/responses';

/** GET -> application/zip: every version of every scenario as JSON, with comments and sign-offs (any token). */
export const GET: RequestHandler = async (event) => {
	const auth = await authorise(event, event.params.id, 'read');
	if (auth instanceof Response) return auth;
	const dump = await auth.store.dumpSpace(event.params.id);
	if (!dump) return notFound('space');
	const zip = spaceToZip(dump);
	const stem = dump.name.replace(/[^A-Za-z0-9 _-]+/g, '').trim().replace(/\s+/g, '-').toLowerCase().slice(0, 60) || 'team-space';
	return new Response(zip as BodyInit, {
		headers: { 'content-type': 'application/zip', 'content-disposition': `attachment; filename="${stem}.zip"`, 'cache-control': 'no-store' }
	});
};

export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, ['GET']);
