import { expect, test } from 'vitest';
import { composeExportSvg, escapeXml } from '../../src/lib/charts/exportSvg';
import { chartTheme } from '../../src/lib/charts/theme';

const chartSvg = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect width="600" height="300"/></svg>';

test('escapes XML special characters', () => {
	expect(escapeXml(`a < b & "c" > 'd'`)).toBe('a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;');
});

test('puts the title, units and legend above the chart and sizes the file to fit', () => {
	const theme = chartTheme();
	const out = composeExportSvg({
		title: 'Costs <draft> & more',
		subtitle: 'GBP a year',
		legend: [
			{ label: 'Scanner', color: '#332288', kind: 'bar', hatched: true },
			{ label: 'Capacity', color: '#0072B2', kind: 'line', marker: 'square' }
		],
		chartSvg,
		width: 600,
		height: 300,
		theme,
		footer: 'Urban trust'
	});
	expect(out.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
	expect(out.svg).toContain('Costs &lt;draft&gt; &amp; more');
	expect(out.svg).toContain('>GBP a year<');
	expect(out.svg).toContain('>Scanner<');
	expect(out.svg).toContain('>Capacity<');
	expect(out.svg).toContain(chartSvg);
	expect(out.svg).toContain('>Urban trust<');
	// Padding is 1.25 x 12 = 15px each side: 600 + 30 = 630 wide.
	expect(out.width).toBe(630);
	// Taller than the chart by the header (title, subtitle, legend), footer and padding.
	expect(out.height).toBeGreaterThan(300 + 60);
	expect(out.svg).toContain(`width="${out.width}" height="${out.height}"`);
});

test('legend entries wrap onto a new row when they would overflow', () => {
	const theme = chartTheme();
	const legend = Array.from({ length: 12 }, (_, i) => ({ label: `A fairly long legend label ${i}`, color: '#0072B2', kind: 'bar' as const }));
	const narrow = composeExportSvg({ title: 'T', legend, chartSvg, width: 300, height: 100, theme });
	const wide = composeExportSvg({ title: 'T', legend, chartSvg, width: 3000, height: 100, theme });
	expect(narrow.height).toBeGreaterThan(wide.height);
});
