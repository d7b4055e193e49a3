import type { RequestHandler } from './$types';
import { z } from 'zod';
import { parseScenario } from '$lib/model/parse';
import { appraiseParsed } from '$lib/server/appraiseParsed';
import { isJsonContentType, MAX_BODY_BYTES, readTextBody } from '$lib/server/readBody';
import { errorResponse, methodNotAllowed } from '$lib/server/responses';
import { exportFile, exportFileName } from '$lib/export/files';
import { renderCaseFigures } from '$lib/server/caseFigures';
import { sensitivityAnalyses, type PsaResult, type SensitivityAnalyses } from '$lib/model/uncertainty';

/**
 * POST the scenario as written (and the analyses the app holds for it): the answer is the Word
 * business case, made by the same code as `cli appraise --docx`, so the app and the CLI give the
 * same bytes for the same scenario, analyses and date. The charts are drawn here (the app's own
 * chart components rendered to SVG, rasterised by resvg), which the browser cannot do.
 *
 * Body: { scenario, date: "YYYY-MM-DD", sensitivity?, psa?, signoff? }. Without `sensitivity` the
 * one-way analysis is worked out here, as the CLI does, when the scenario has uncertain inputs.
 * Errors as POST /api/appraise: 400 { errors: [{ path, message }] }, 413, 415.
 */
const BodySchema = z.object({
	scenario: z.unknown(),
	date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
	sensitivity: z.unknown().optional(),
	psa: z.unknown().optional(),
	signoff: z
		.object({
			reviewer: z.object({ name: z.string().max(200), role: z.string().max(200) }),
			signedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}/).max(40),
			version: z.number().int().min(0),
			spaceName: z.string().max(200)
		})
		.nullable()
		.optional()
});

/** A scenario with its analyses is larger than a scenario alone: a PSA result is a few hundred kB at most. */
const MAX_BYTES = 4 * MAX_BODY_BYTES;

export const POST: RequestHandler = async ({ request }) => {
	const type = request.headers.get('content-type');
	if (!isJsonContentType(type)) return errorResponse(415, [{ path: '(request)', message: `Content-Type must be application/json, got ${type ? `"${type}"` : 'none'}` }], { 'accept-post': 'application/json' });
	const body = await readTextBody(request, MAX_BYTES);
	if (!body.ok) return errorResponse(body.status, [{ path: '(body)', message: body.message }]);
	let raw: unknown;
	try {
		raw = JSON.parse(body.text);
	} catch (e) {
		return errorResponse(400, [{ path: '(body)', message: `not valid JSON: ${(e as Error).message}` }]);
	}
	const req = BodySchema.safeParse(raw);
	if (!req.success) return errorResponse(400, req.error.issues.map((i) => ({ path: i.path.length ? i.path.join('.') : '(body)', message: i.message })));
	const outcome = appraiseParsed(parseScenario(req.data.scenario));
	if (!outcome.ok) {
		if (outcome.kind === 'invalid') return errorResponse(400, outcome.errors.map((e) => ({ ...e, path: `scenario.${e.path}` })));
		console.error(`POST /api/business-case: ${outcome.message}`);
		return errorResponse(500, [{ path: '(server)', message: 'internal error while appraising the scenario; the server log has details' }]);
	}
	const { scenario, result } = outcome;
	const sensitivity = (req.data.sensitivity as SensitivityAnalyses | undefined) ?? sensitivityAnalyses(scenario);
	try {
		const file = await exportFile('docx', { scenario, result, input: req.data.scenario, date: req.data.date, sensitivity, psa: req.data.psa as PsaResult | undefined, signoff: req.data.signoff ?? null }, { figures: renderCaseFigures });
		return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
			headers: {
				'content-type': file.mime,
				'content-disposition': `attachment; filename="${exportFileName(scenario.name, 'docx')}"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		// An analysis of another version of the scenario is the client's mistake; anything else is ours.
		if (/is not of this scenario/.test(message)) return errorResponse(400, [{ path: '(body)', message }]);
		console.error(`POST /api/business-case: ${message}`);
		return errorResponse(500, [{ path: '(server)', message: 'internal error while making the business case; the server log has details' }]);
	}
};

export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, ['POST']);
