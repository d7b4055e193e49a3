import type { RequestHandler } from './$types';
import { getModelText } from '$lib/server/models';
import { errorResponse, methodNotAllowed } from '$lib/server/responses';

/** One example scenario's JSON exactly as stored in models/ (by file name, ".json" optional). */
export const GET: RequestHandler = ({ params }) => {
	const text = getModelText(params.file);
	if (text === null) return errorResponse(404, [{ path: '(request)', message: `no example model named "${params.file.slice(0, 80)}"; GET /api/models lists them` }]);
	return new Response(text, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, ['GET']);
