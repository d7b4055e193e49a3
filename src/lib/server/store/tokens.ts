import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Secrets for a team space. A link carries a token of 256 random bits (32 bytes, 43 base64url
 * characters); ids are 128 random bits, so nothing can be found by counting. The server keeps
 * only the SHA-256 of each token (a token is random, not a password, so a fast hash is enough:
 * there is nothing to guess from the hash) and compares hashes in constant time.
 *
 * The review token is derived from the edit token (HMAC-SHA-256 keyed by the edit token), so an
 * editor can always be given the review link again while a reviewer cannot work back to the
 * edit token from theirs.
 */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

export function newId(): string {
	return randomBytes(16).toString('base64url');
}

export function reviewTokenFor(editToken: string): string {
	return createHmac('sha256', editToken).update('dxa-service-planner review link v1').digest('base64url');
}

export function hashToken(token: string): string {
	return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** True when `token` hashes to `storedHash`; the comparison takes the same time wherever they differ. */
export function tokenMatches(storedHash: string, token: string): boolean {
	const expected = Buffer.from(storedHash, 'hex');
	const actual = createHash('sha256').update(token, 'utf8').digest();
	return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function sha256Hex(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}
