import type { RequestHandler } from './$types';
import { authorise, jsonResponse, MAX_SCENARIO_REQUEST_BYTES, notFound, readJson } from '$lib/server/store/http';
import { prepareScenario } from '$lib/server/store/intake';
import { NewScenarioBody } from '$lib/team/api';
import { errorResponse, methodNotAllowed } from '$lib/server/responses';

/** POST { scenario, author: { name, role }, note } -> 201 { scenarioId, version: 1 }. Edit token only. */
export const POST: RequestHandler = async (event) => {
	const auth = await authorise(event, event.params.id, 'write');
	if (auth instanceof Response) return auth;
	const body = await readJson(event.request, MAX_SCENARIO_REQUEST_BYTES, NewScenarioBody);
	if (!body.ok) return body.response;
	const prepared = prepareScenario(body.value.scenario);
	if (!prepared.ok) return errorResponse(400, prepared.errors);
	const made = await auth.store.createScenario(event.params.id, { scenario: prepared.value, author: body.value.author, note: body.value.note });
	if (!made) return notFound('space');
	return jsonResponse(made, 201, { location: `/api/spaces/${event.params.id}/scenarios/${made.scenarioId}`, etag: `"${made.version}"` });
};

export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, ['POST']);
