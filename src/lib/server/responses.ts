import { capIssues, type InputIssue } from '../model/issues';

/**
 * Every error from the API has the same body as a scenario validation failure,
 * `{ errors: [{ path, message }] }`, so a client needs one error reader. Paths in brackets name
 * the request rather than a field: `(request)` for method and headers, `(body)` for the body.
 * The list is capped at the first 100 problems and a count of the rest, whoever made it.
 */
export function errorResponse(status: number, errors: readonly InputIssue[], headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify({ errors: capIssues(errors) }), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }
	});
}

/** 405 for a method an endpoint does not serve, with the Allow header RFC 9110 requires. */
export function methodNotAllowed(method: string, allow: readonly string[]): Response {
	return errorResponse(405, [{ path: '(request)', message: `${method} is not allowed here; use ${allow.join(' or ')}` }], { allow: allow.join(', ') });
}
