import { describe, expect, it } from 'vitest';
import { FailureLimiter } from '../../src/lib/server/store/limiter';

describe('FailureLimiter', () => {
	it('three free mistakes, then 250, 500, 1000, 2000 ms, capped at 4000; blocked at 20 until the window ends', () => {
		let now = 1_000_000;
		const l = new FailureLimiter({ now: () => now });
		const delays = Array.from({ length: 10 }, () => l.fail('a'));
		// failures 1-3 free; the 4th waits 250 * 2^0, the 5th 250 * 2^1, ... capped at 4000.
		expect(delays).toEqual([0, 0, 0, 250, 500, 1000, 2000, 4000, 4000, 4000]);
		expect(l.blockedFor('a')).toBe(0);
		for (let i = 0; i < 10; i++) l.fail('a');
		// 20 failures: blocked for the 15-minute window from the last one.
		expect(l.blockedFor('a')).toBe(900);
		expect(l.blockedFor('b')).toBe(0);
		now += 600_000;
		expect(l.blockedFor('a')).toBe(300);
		now += 300_001;
		expect(l.blockedFor('a')).toBe(0);
		expect(l.failures('a')).toBe(0);
	});

	it('keeps at most maxClients entries, forgetting the stalest', () => {
		const l = new FailureLimiter({ maxClients: 2 });
		l.fail('a');
		l.fail('b');
		l.fail('c');
		expect([l.failures('a'), l.failures('b'), l.failures('c')]).toEqual([0, 1, 1]);
	});
});
