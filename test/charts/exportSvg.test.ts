import { expect, test } from 'vitest';
import { composeExportSvg, escapeXml } from '../../src/lib/charts/exportSvg';
import { chartTheme, textWidth } from '../../src/lib/charts/theme';

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

test('a title, units and footer too long for a phone-width chart wrap onto lines that fit, and none of the text is lost', () => {
	const theme = chartTheme();
	// 12 px text: the title is drawn at round(12 x 1.4) = 17 px, bold (1.1 x wider).
	const title = 'Net present cost by option over the ten-year appraisal period';
	const subtitle = 'GBP, 2026/27 prices, discounted at 3.5% a year (HM Treasury Green Book)';
	const footer = 'Urban backlog example: scenario saved 1 December 2026, engine version 1';
	const plotWidth = 330;
	const out = composeExportSvg({ title, subtitle, legend: [], chartSvg, width: plotWidth, height: 100, theme, footer });
	const texts = [...out.svg.matchAll(/<text x="15" y="([\d.]+)" font-size="([\d.]+)"([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
		y: Number(m[1]),
		size: Number(m[2]),
		bold: (m[3] ?? '').includes('font-weight="700"'),
		text: m[4] ?? ''
	}));
	const titleLines = texts.filter((t) => t.bold);
	const subtitleLines = texts.filter((t) => !t.bold && t.size === 12);
	const footerLines = texts.filter((t) => t.size === 12 * 0.85);
	expect(titleLines.length).toBeGreaterThan(1);
	expect(subtitleLines.length).toBeGreaterThan(1);
	expect(footerLines.length).toBeGreaterThan(1);
	expect(titleLines.map((t) => t.text).join(' ')).toBe(title);
	expect(subtitleLines.map((t) => t.text).join(' ')).toBe(subtitle);
	expect(footerLines.map((t) => t.text).join(' ')).toBe(footer);
	for (const t of texts) expect(textWidth(t.text, t.size) * (t.bold ? 1.1 : 1)).toBeLessThanOrEqual(plotWidth);
	// Lines are 1.25 font sizes apart: 17 x 1.25 = 21.25 px for the title.
	expect((titleLines[1]?.y ?? 0) - (titleLines[0]?.y ?? 0)).toBeCloseTo(21.25, 9);
	// The file's last line sits above the bottom padding (15 px) and below the plot.
	const last = footerLines.at(-1)?.y ?? 0;
	expect(out.height).toBe(Math.ceil(last + 15));
	const oneLine = composeExportSvg({ title: 'Costs', subtitle, legend: [], chartSvg, width: 3000, height: 100, theme, footer });
	expect(out.height - oneLine.height).toBeGreaterThanOrEqual(21.25 + 12 * 1.25 + 12 * 0.85 * 1.25 - 1);
});
