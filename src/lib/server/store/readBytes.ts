/**
 * Read a binary request body (a zip) with a hard cap, counting the stream as it arrives, as
 * readBody.ts does for JSON text (whose notes on adapter-node's own limit apply here too).
 */
export type BytesOutcome = { ok: true; bytes: Uint8Array } | { ok: false; status: 400 | 413; message: string };

export async function readBytes(request: Request, maxBytes: number): Promise<BytesOutcome> {
	const tooLarge: BytesOutcome = { ok: false, status: 413, message: `request body is larger than the limit of ${maxBytes.toLocaleString('en-GB')} bytes` };
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;
	const reader = request.body?.getReader();
	if (!reader) return { ok: false, status: 400, message: 'empty body: send the zip of a team space' };
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		let next: ReadableStreamReadResult<Uint8Array>;
		try {
			next = await reader.read();
		} catch (e) {
			if ((e as { status?: unknown }).status === 413) return { ok: false, status: 413, message: "request body is larger than the server's limit" };
			return { ok: false, status: 400, message: 'the request body could not be read (the upload was interrupted or malformed)' };
		}
		if (next.done) break;
		total += next.value.byteLength;
		if (total > maxBytes) {
			reader.releaseLock();
			return tooLarge;
		}
		chunks.push(next.value);
	}
	if (total === 0) return { ok: false, status: 400, message: 'empty body: send the zip of a team space' };
	const bytes = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.byteLength;
	}
	return { ok: true, bytes };
}
