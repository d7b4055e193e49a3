import { describe, expect, it } from 'vitest';
import { noun, oneLine, plural, slug, xmlSafe } from '../../src/lib/present';

describe('plurals', () => {
	it.each([
		[1, 'year', '1 year'],
		[10, 'year', '10 years'],
		[1, 'person', '1 person'],
		[2, 'person', '2 people'],
		[2500, 'scan', '2,500 scans'],
		[0, 'locality', '0 localities']
	])('%i %s -> %s', (n, word, text) => expect(plural(n, word)).toBe(text));

	it('gives the noun alone', () => {
		expect(noun(3, 'option')).toBe('options');
		expect(noun(1, 'option')).toBe('option');
	});
});

describe('text made safe', () => {
	it('drops characters XML 1.0 cannot carry (controls, U+FFFE, U+FFFF, lone surrogates) and keeps the rest', () => {
		expect(xmlSafe('a\u0000b\u0008c\tline\nend\r')).toBe('abc\tline\nend\r');
		expect(xmlSafe('x\uFFFEy\uFFFFz')).toBe('xyz');
		expect(xmlSafe('lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00')).toBe('lone  high, lone  low, pair \uD83D\uDE00');
	});

	it('puts a name on one line', () => {
		expect(oneLine('Second\tscanner\nand FLS\u0007')).toBe('Second scanner and FLS');
	});

	it.each([
		['Demand against capacity', 'demand-against-capacity'],
		['Capital and revenue costs: Second scanner & FLS', 'capital-and-revenue-costs-second-scanner-fls'],
		['Café “wait” (2026)', 'cafe-wait-2026'],
		['***', 'chart']
	])('slug of %s is %s', (title, name) => expect(slug(title, 'chart')).toBe(name));
});
