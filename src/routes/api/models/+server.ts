import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { listModels } from '$lib/server/models';
import { methodNotAllowed } from '$lib/server/responses';

/** The example scenarios: `[{ file, name, description }]`, sorted by file name. */
export const GET: RequestHandler = () => json(listModels());

export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, ['GET']);
