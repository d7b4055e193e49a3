import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { encodeShare, decodeShare, shareValueFromHash, MAX_LINK_CHARS } from './shareLink';

const example = readFileSync('models/urban-backlog.json', 'utf8');

describe('share links', () => {
	it('round-trips a scenario and compresses it well below the link limit', async () => {
		const enc = await encodeShare(example);
		expect(enc.ok).toBe(true);
		if (!enc.ok) return;
		expect(enc.value).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(enc.value.length).toBeLessThan(example.length / 2);
		const dec = await decodeShare(enc.value);
		expect(dec).toEqual({ ok: true, value: example });
		expect(shareValueFromHash(`#s=${enc.value}`)).toBe(enc.value);
	});

	it('names what is wrong with a damaged, too-long or bomb link', async () => {
		const bad = await decodeShare('not base64!');
		expect(!bad.ok && bad.message).toMatch(/not valid base64url/);
		const junk = await decodeShare('AAAAAAAAAAAAAAAA');
		expect(junk.ok).toBe(false);
		const long = await decodeShare('A'.repeat(MAX_LINK_CHARS + 1));
		expect(!long.ok && long.message).toMatch(/too long/);
		// 10 million spaces deflate to ~10 kB: it must be refused once it unpacks past the limit.
		const bomb = await encodeShare(' '.repeat(10_000_000));
		expect(bomb.ok).toBe(true);
		if (bomb.ok) {
			const r = await decodeShare(bomb.value);
			expect(!r.ok && r.message).toMatch(/too large once unpacked/);
		}
	});
});
