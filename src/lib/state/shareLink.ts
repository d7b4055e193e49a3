import { MAX_SCENARIO_CHARS } from '$lib/model';

/**
 * A scenario carried in a URL fragment: UTF-8 JSON, compressed with raw DEFLATE and written as
 * base64url. The fragment never reaches a server. Links past MAX_LINK_CHARS are refused when
 * made (browsers and chat tools truncate long URLs), and decoding stops at the scenario size
 * limit so a small hostile link cannot inflate into a huge string.
 */
export const SHARE_PARAM = 's';
export const MAX_LINK_CHARS = 32_000;

export type ShareResult = { ok: true; value: string } | { ok: false; message: string };

function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
	try {
		const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(bin, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > maxBytes) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
	return new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
}

/** The fragment text (without `#s=`) for a scenario's JSON. */
export async function encodeShare(json: string): Promise<ShareResult> {
	const packed = await collect(pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')), Infinity);
	const value = toBase64Url(packed ?? new Uint8Array());
	if (value.length > MAX_LINK_CHARS) return { ok: false, message: `the scenario is too large for a link (${value.length} characters compressed; the limit is ${MAX_LINK_CHARS}). Export it as a file instead.` };
	return { ok: true, value };
}

/** The scenario JSON carried by a fragment value, or what is wrong with the link. */
export async function decodeShare(value: string): Promise<ShareResult> {
	if (value.length > MAX_LINK_CHARS) return { ok: false, message: `the link is too long (${value.length} characters; the limit is ${MAX_LINK_CHARS})` };
	const bytes = fromBase64Url(value);
	if (!bytes || bytes.length === 0) return { ok: false, message: 'the link is damaged: its scenario part is not valid base64url text' };
	let raw: Uint8Array | null;
	try {
		raw = await collect(pipe(bytes, new DecompressionStream('deflate-raw')), MAX_SCENARIO_CHARS * 4);
	} catch {
		return { ok: false, message: 'the link is damaged: its scenario part cannot be decompressed (was it cut short?)' };
	}
	if (!raw) return { ok: false, message: `the link's scenario is too large once unpacked (the limit is ${MAX_SCENARIO_CHARS} characters)` };
	try {
		return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
	} catch {
		return { ok: false, message: 'the link is damaged: its scenario is not UTF-8 text' };
	}
}

/** Read `#s=...` from a location hash; null when the hash carries no scenario. */
export function shareValueFromHash(hash: string): string | null {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	return params.get(SHARE_PARAM);
}
