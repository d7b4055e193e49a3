import { BASE, call } from '../api/event';

/** Call a team-space handler as SvelteKit would, with an optional Bearer token. */
export function req(method: string, path: string, { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Request {
	const h: Record<string, string> = { ...headers };
	if (token !== undefined) h.authorization = `Bearer ${token}`;
	let payload: BodyInit | undefined;
	if (body !== undefined) {
		payload = typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body);
		h['content-type'] ??= 'application/json';
	}
	return new Request(`${BASE}${path}`, { method, headers: h, body: payload });
}

export { call };

export async function errorsOf(res: Response): Promise<{ path: string; message: string }[]> {
	return ((await res.json()) as { errors: { path: string; message: string }[] }).errors;
}
