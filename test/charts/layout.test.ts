/**
 * Category labels of horizontal-bar charts wrapped to the margin they actually have. Widths are
 * textWidth's: em per character (0.34 for space and i/l, 0.42 for f/t/r/-, 0.62 for most lower
 * case, 0.64 digits and £, 0.72 capitals, 1 for m/w/minus) times the font size.
 */
import { describe, expect, test } from 'vitest';
import { categoryRangeHeight, fitCategoryLabels, plotMargin } from '../../src/lib/charts/layout';
import { chartTheme, textWidth, wrapText } from '../../src/lib/charts/theme';

const theme = chartTheme(); // 12px type, 5px ticks, 4px gap: the margin keeps 5 + 3 x 4 = 17px beside a label
const LONG = 'Fan-beam scanner with VFA and an evening session'; // 48 characters

describe('textWidth', () => {
	test('sums per-character widths, at least what DejaVu Sans draws', () => {
		// "−£1.9m": minus 1 + £ 0.64 + 1 0.64 + . 0.34 + 9 0.64 + m 1 = 4.26 em; x 12 = 51.12px
		// (DejaVu Sans draws it 0.84 + 0.64 + 0.64 + 0.32 + 0.64 + 0.97 = 4.05 em = 48.6px).
		expect(textWidth('−£1.9m', 12)).toBeCloseTo(51.12, 6);
		// "Fan-beam scanner": F .72 a .62 n .62 - .42 b .62 e .62 a .62 m 1 = 5.24; space .34;
		// s c a n n e .62 x 6 + r .42 = 4.14; total 9.72 em = 116.64px.
		expect(textWidth('Fan-beam scanner', 12)).toBeCloseTo(116.64, 6);
	});
});

describe('wrapText', () => {
	test('breaks at spaces within the width (characters by default)', () => {
		// 20 characters a line: "Fan-beam scanner" (16; " with" would make 21), "with VFA and an"
		// (15; " evening" would make 23), "evening session" (15).
		expect(wrapText(LONG, 20, 3)).toEqual({ lines: ['Fan-beam scanner', 'with VFA and an', 'evening session'], truncated: false });
	});

	test('ends the last line it may use in an ellipsis, within the width, only when it runs out of lines', () => {
		// Same lines, two allowed: "with VFA and an" + "…" is 16 <= 20 characters.
		expect(wrapText(LONG, 20, 2)).toEqual({ lines: ['Fan-beam scanner', 'with VFA and an…'], truncated: true });
		// One line of 12: "scanner with" (12) + "…" is 13 > 12, so the last word goes: "scanner…".
		expect(wrapText('scanner with VFA', 12, 1)).toEqual({ lines: ['scanner…'], truncated: true });
	});

	test('cuts a word wider than a line into pieces that fit', () => {
		// 8 characters a line: "Northmoo" "r›Commun" "ity".
		expect(wrapText('Northmoor›Community', 8, 3)).toEqual({ lines: ['Northmoo', 'r›Commun', 'ity'], truncated: false });
	});
});

describe('fitCategoryLabels', () => {
	test('at 390 px (a 342px chart) wraps to the 40% margin cap, on three lines, inside it', () => {
		// Cap 342 x 0.4 = 136.8px; less 17px padding, lines may be 119.8px wide (the chart's own
		// 24 characters, 24 x 0.58 x 12 = 167.04px, is wider). "Fan-beam scanner" is 116.64px;
		// adding " with" (0.34 + w 1 + i .34 + t .42 + h .62 = 2.72 em, 32.64px) makes 149.28 > 119.8.
		// "with VFA and an" = 8.66 em = 103.92px; adding " evening" (0.34 + 4.06 em) = 156.7 > 119.8.
		// "evening session" = 8.46 em = 101.52px. Widest line 116.64 + 17 = 133.64, margin 134 <= 136.8.
		const fit = fitCategoryLabels(theme, [LONG, 'Defer'], { maxLeft: 342 * 0.4, wrap: 24 });
		expect(fit.wrap.width).toBeCloseTo(119.8, 6);
		expect(fit.lines).toEqual([['Fan-beam scanner', 'with VFA and an', 'evening session'], ['Defer']]);
		expect(fit.lineCount).toBe(3);
		expect(fit.left).toBe(134);
		// plotMargin given the fitted lines asks for the same margin.
		expect(plotMargin(theme, fit.lines.flat(), { yLabel: false }).left).toBe(134);
	});

	test('at 1280 px the chart keeps its own line length (24 characters at 0.58 em)', () => {
		// Lines up to 167.04px: "Fan-beam scanner with" 149.28px (+ " VFA", 4.08 + 25.92, = 179.28 > 167.04);
		// "VFA and an evening" 10.34 em = 124.08px (+ " session", 4.08 + 48.72, = 176.88 > 167.04); "session".
		// Margin: ceil(149.28 + 17) = 167.
		const fit = fitCategoryLabels(theme, [LONG], { maxLeft: 1200 * 0.4, wrap: 24 });
		expect(fit.lines).toEqual([['Fan-beam scanner with', 'VFA and an evening', 'session']]);
		expect(fit.left).toBe(167);
	});

	test('a label that cannot fit in the lines allowed ends in an ellipsis inside the cap', () => {
		// Cap 60px: lines up to 60 - 17 = 43px, two lines. "Fan-beam" (62.88px) is wider than a line,
		// so it breaks after its hyphen: "Fan-" (F .72 a .62 n .62 - .42 = 2.38 em = 28.56px) and "beam"
		// (b .62 e .62 a .62 m 1 = 2.86 em = 34.32px). "scanner ..." needs a third line, so the second
		// ends in "…": "beam…" is 46.32px > 43, "bea…" is (1.86 + 1) x 12 = 34.32px.
		const fit = fitCategoryLabels(theme, [LONG], { maxLeft: 60, wrap: 24, maxLines: 2 });
		expect(fit.lines).toEqual([['Fan-', 'bea…']]);
		for (const line of fit.lines.flat()) expect(textWidth(line, 12)).toBeLessThanOrEqual(43);
		expect(fit.left).toBeLessThanOrEqual(60);
	});
});

test('categoryRangeHeight leaves each wrapped label a clear half line from the next', () => {
	// Three lines of 12 x 1.15 = 13.8px plus 6px = a 47.4px step; d3's band range is
	// step x (n - paddingInner + 2 x paddingOuter) = 47.4 x (4 - 0.3 + 0.3) = 189.6, rounded up 190.
	expect(categoryRangeHeight(theme, 4, 3, 0.3, 0.15)).toBe(190);
});

test('wrapText breaks a word too wide for a line after its hyphens first', () => {
	// 12 characters a line: "Like-for-like" (13) does not fit; "Like-for-" (9) + "like" would be 13,
	// so the word breaks after its second hyphen: "Like-for-", "like"; then "replacement" (11) and "now" (" now" makes 15).
	expect(wrapText('Like-for-like replacement now', 12, 4)).toEqual({ lines: ['Like-for-', 'like', 'replacement', 'now'], truncated: false });
});
