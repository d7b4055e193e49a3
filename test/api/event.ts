/**
 * The smallest RequestEvent the API handlers need: they read only `request` and `params`.
 * Everything else throws if touched, so a handler that starts using more fails loudly here.
 */
function requestEvent(request: Request, params: Record<string, string>): object {
	const base = { request, params, url: new URL(request.url), route: { id: null } };
	return new Proxy(base, {
		get(target, key) {
			if (key in target) return target[key as keyof typeof target];
			if (key === 'then') return undefined;
			throw new Error(`test RequestEvent: handler read event.${String(key)}, which this test does not provide`);
		}
	});
}

/** Call a +server.ts handler as SvelteKit would, with `request` and route `params`. */
export async function call<E>(handler: (event: E) => Response | Promise<Response>, request: Request, params: Record<string, string> = {}): Promise<Response> {
	return handler(requestEvent(request, params) as E);
}

export const BASE = 'http://localhost:3000';

export function postJson(path: string, body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }): Request {
	return new Request(`${BASE}${path}`, { method: 'POST', body, headers, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit);
}

/** A body that arrives as a stream of `chunks` pieces of `size` bytes, with no Content-Length. */
export function streamOf(size: number, chunks: number, fill = 0x20): ReadableStream<Uint8Array> {
	let sent = 0;
	return new ReadableStream({
		pull(controller) {
			if (sent === chunks) return controller.close();
			sent++;
			controller.enqueue(new Uint8Array(size).fill(fill));
		}
	});
}
