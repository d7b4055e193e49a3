/**
 * Reading a request body with a hard size cap. Content-Length is only a hint (it can be absent,
 * as with chunked uploads, or wrong), so the stream itself is counted and abandoned as soon as it
 * passes the cap: a large body is never held in memory.
 */

import { MAX_SCENARIO_CHARS } from '../model/parse';

/**
 * Largest scenario request body, in bytes. A UTF-8 body within this many bytes is within the
 * parser's character limit, so the two limits agree. adapter-node applies its own
 * BODY_SIZE_LIMIT first (512K by default): set it to at least 1M for this limit to be the one
 * users meet.
 */
export const MAX_BODY_BYTES = MAX_SCENARIO_CHARS;

export type BodyOutcome = { ok: true; text: string } | { ok: false; status: 400 | 413; message: string };

export async function readTextBody(request: Request, maxBytes: number): Promise<BodyOutcome> {
	const tooLarge = (): BodyOutcome => ({ ok: false, status: 413, message: `request body is larger than the limit of ${maxBytes.toLocaleString('en-GB')} bytes` });
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) {
		await request.body?.cancel().catch(() => undefined);
		return tooLarge();
	}
	const reader = request.body?.getReader();
	if (!reader) return { ok: true, text: '' };
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel().catch(() => undefined);
			return tooLarge();
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.byteLength;
	}
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { ok: false, status: 400, message: 'request body is not valid UTF-8 text' };
	}
}

/** True for `application/json`, with or without parameters such as `; charset=utf-8`. */
export function isJsonContentType(header: string | null): boolean {
	return (header ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}
