import type { RequestHandler } from './$types';
import { authorise, jsonResponse, MAX_SCENARIO_REQUEST_BYTES, notFound, readJson, validId, versionNumber } from '$lib/server/store/http';
import { prepareScenario } from '$lib/server/store/intake';
import { SaveVersionBody } from '$lib/team/api';
import { diffScenarios } from '$lib/team/diff';
import { describeChange } from '$lib/team/describe';
import { errorResponse, methodNotAllowed } from '$lib/server/responses';

/** GET -> the latest version in full (as GET .../versions/{latest}). */
export const GET: RequestHandler = async (event) => {
	const auth = await authorise(event, event.params.id, 'read');
	if (auth instanceof Response) return auth;
	if (!validId(event.params.sid)) return notFound('scenario');
	const latest = await auth.store.latestVersion(event.params.id, event.params.sid);
	const v = latest === null ? null : await auth.store.getVersion(event.params.id, event.params.sid, latest);
	if (!v) return notFound('scenario');
	return jsonResponse(v, 200, { etag: `"${v.version}"` });
};

/**
 * PUT { scenario, author, note, restoredFrom? } with `If-Match: <version it was based on>` ->
 * 200 { scenarioId, version } with the next version, or 409 when another save came first: the
 * body then carries the latest version and its changes since the version this save was based
 * on, input by input, so the client can merge.
 */
export const PUT: RequestHandler = async (event) => {
	const auth = await authorise(event, event.params.id, 'write');
	if (auth instanceof Response) return auth;
	const { id, sid } = event.params;
	if (!validId(sid)) return notFound('scenario');
	const ifMatch = event.request.headers.get('if-match');
	if (ifMatch === null) return errorResponse(428, [{ path: 'If-Match', message: 'required: the version this save is based on, e.g. If-Match: "3"' }]);
	const basedOn = versionNumber(ifMatch.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1'));
	if (basedOn === null) return errorResponse(400, [{ path: 'If-Match', message: `must be a version number such as "3", got ${JSON.stringify(ifMatch.slice(0, 40))}` }]);
	const body = await readJson(event.request, MAX_SCENARIO_REQUEST_BYTES, SaveVersionBody);
	if (!body.ok) return body.response;
	const prepared = prepareScenario(body.value.scenario);
	if (!prepared.ok) return errorResponse(400, prepared.errors);
	const saved = await auth.store.saveVersion(id, sid, basedOn, { scenario: prepared.value, author: body.value.author, note: body.value.note, restoredFrom: body.value.restoredFrom ?? null });
	if (saved.ok) return jsonResponse({ scenarioId: sid, version: saved.version }, 200, { etag: `"${saved.version}"` });
	if (saved.reason === 'missing') return notFound('scenario');
	const [base, latest, list] = await Promise.all([auth.store.getVersion(id, sid, basedOn), auth.store.getVersion(id, sid, saved.latest), auth.store.listVersions(id, sid)]);
	const changes = base && latest ? diffScenarios(base.scenario, latest.scenario).map((c) => describeChange(c, base.scenario, latest.scenario)) : [];
	return jsonResponse(
		{
			errors: [{ path: 'If-Match', message: `version ${saved.latest} is the latest; this save was based on version ${basedOn}. Merge the newer changes and save again based on version ${saved.latest}.` }],
			basedOn,
			latest,
			changes,
			versionsSince: (list?.versions ?? []).filter((v) => v.version > basedOn)
		},
		409,
		{ etag: `"${saved.latest}"` }
	);
};

export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, ['GET', 'PUT']);
