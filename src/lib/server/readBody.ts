/**
 * Reading a request body with a hard size cap. Content-Length is only a hint (it can be absent,
 * as with chunked uploads, or wrong), so the stream itself is counted and reading stops as soon
 * as it passes the cap: a large body is never held in memory.
 *
 * The stream is left unread rather than cancelled: under adapter-node, cancelling destroys the
 * socket and the client would see a connection reset instead of the 413. Node discards the rest
 * of an unread body once the response is sent (and its request timeout bounds a slow sender).
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
	if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();
	const reader = request.body?.getReader();
	if (!reader) return { ok: true, text: '' };
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		let next: ReadableStreamReadResult<Uint8Array>;
		try {
			next = await reader.read();
		} catch (e) {
			// adapter-node errors the stream itself past its BODY_SIZE_LIMIT (a SvelteKitError with status 413).
			if ((e as { status?: unknown }).status === 413) {
				const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
				return { ok: false, status: 413, message: `request body is larger than the server's limit${detail}` };
			}
			return { ok: false, status: 400, message: 'the request body could not be read (the upload was interrupted or malformed)' };
		}
		const { done, value } = next;
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			reader.releaseLock();
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
