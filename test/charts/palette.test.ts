import { describe, expect, test } from 'vitest';
import { AXIS, COST_CATEGORY_COLORS, COSTS_AVOIDED_COLOR, FRACTURE_SITE_COLORS, INK, INK_MUTED, OPTION_COLORS, REFERENCE, contrastRatio, optionColor, optionDash, optionMarker } from '../../src/lib/charts/palette';

describe('contrastRatio (WCAG 2.x)', () => {
	test('matches published ratios', () => {
		// Black on white is the maximum, (1 + 0.05) / (0 + 0.05) = 21.
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
		// #767676 on white is the well-known lightest grey passing AA text: 4.54:1 (WebAIM).
		expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
		// Order does not matter.
		expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
	});
});

describe('palette', () => {
	test('text colours meet WCAG 1.4.3 (4.5:1 on white)', () => {
		for (const c of [INK, INK_MUTED, AXIS, REFERENCE]) expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
	});

	test('option colours, drawn as lines, meet WCAG 1.4.11 (3:1 on white) and are all different', () => {
		for (const c of OPTION_COLORS) expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(3);
		expect(new Set(OPTION_COLORS.map((c) => c.toLowerCase())).size).toBe(OPTION_COLORS.length);
	});

	test('the first six options differ in dash and marker as well as colour (greyscale and colour-blind readers)', () => {
		const combos = new Set([0, 1, 2, 3, 4, 5].map((i) => `${optionDash(i)}|${optionMarker(i)}`));
		expect(combos.size).toBe(6);
		expect(optionColor(6)).toBe(optionColor(0));
	});

	test('cost categories and fracture sites have distinct colours', () => {
		const costs = Object.values(COST_CATEGORY_COLORS).map((c) => c.toLowerCase());
		expect(new Set(costs).size).toBe(costs.length);
		const fls = [...Object.values(FRACTURE_SITE_COLORS), COSTS_AVOIDED_COLOR];
		expect(new Set(fls).size).toBe(4);
	});
});
