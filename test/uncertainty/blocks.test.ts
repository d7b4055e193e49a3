/**
 * How the page splits a run across its workers (psaClient.ts splitBlocks): the first worker, which
 * also summarises the run, gets a block smaller by SUMMARY_SHARE (a tenth) of the run, and the
 * blocks merge into exactly the single-thread run.
 */
import { describe, expect, it } from 'vitest';
import { splitBlocks, SUMMARY_SHARE } from '../../src/lib/workers/psaClient';
import { simulatePsa, mergePsaSamples } from '../../src/lib/model/uncertainty/psa';
import { urbanRaw, parsed } from './helpers';

describe('splitting a run across workers', () => {
	it('gives the first worker a tenth of the run less than the others', () => {
		expect(SUMMARY_SHARE).toBe(0.1);
		// Two workers, 10,000 iterations: the second gets ceil(10,000 x 1.1 / 2) = 5,500, the first the other 4,500.
		expect(splitBlocks(10000, 2)).toEqual([
			{ start: 0, count: 4500 },
			{ start: 4500, count: 5500 }
		]);
		// 500 iterations: ceil(550 / 2) = 275 to the second, 225 to the first.
		expect(splitBlocks(500, 2)).toEqual([
			{ start: 0, count: 225 },
			{ start: 225, count: 275 }
		]);
		// Three workers, 9,000: ceil(9,900 / 3) = 3,300 each to two, 9,000 - 6,600 = 2,400 to the first.
		expect(splitBlocks(9000, 3)).toEqual([
			{ start: 0, count: 2400 },
			{ start: 2400, count: 3300 },
			{ start: 5700, count: 3300 }
		]);
	});

	it('uses one worker for one iteration or one worker, and gives the first at least one iteration', () => {
		expect(splitBlocks(10000, 1)).toEqual([{ start: 0, count: 10000 }]);
		expect(splitBlocks(1, 2)).toEqual([{ start: 0, count: 1 }]);
		expect(splitBlocks(0, 2)).toEqual([{ start: 0, count: 0 }]);
		// 2 iterations, 2 workers: ceil(2.2 / 2) = 2 would leave the first none; it keeps one.
		expect(splitBlocks(2, 2)).toEqual([
			{ start: 0, count: 1 },
			{ start: 1, count: 1 }
		]);
	});

	it('covers every iteration once, in order, for any run size and number of workers', () => {
		for (let workers = 1; workers <= 4; workers++)
			for (let n = 1; n <= 2000; n++) {
				const blocks = splitBlocks(n, workers);
				let next = 0;
				for (const b of blocks) {
					expect(b.start).toBe(next);
					expect(b.count).toBeGreaterThanOrEqual(0);
					next += b.count;
				}
				expect(next).toBe(n);
				expect(blocks[0]!.count).toBeGreaterThanOrEqual(1);
			}
	});

	it('the blocks, run separately, merge into exactly the single run', () => {
		const s = parsed(urbanRaw());
		const whole = simulatePsa(s, { seed: 7, count: 60 });
		// 60 iterations on 2 workers: 27 and 33.
		const blocks = splitBlocks(60, 2);
		expect(blocks.map((b) => b.count)).toEqual([27, 33]);
		const merged = mergePsaSamples(blocks.map((b) => simulatePsa(s, { seed: 7, start: b.start, count: b.count })));
		expect(merged).toEqual(whole);
	});
});
