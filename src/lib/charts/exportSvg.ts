/**
 * A stand-alone SVG for download: the chart's title, units and legend drawn above the plot, so
 * the file makes sense on a slide or in a report without the page around it. Pure string work,
 * so it is tested without a browser.
 */
import type { LegendItem } from './types';
import type { ChartTheme } from './theme';
import { BOLD_WIDTH, scaleDash, textWidth, wrapText } from './theme';
import { BACKGROUND, INK, INK_MUTED } from './palette';
import { hatchPath, markerPath } from './marker';

export interface ExportSvgInput {
	title: string;
	subtitle?: string;
	legend: LegendItem[];
	/** The serialised chart <svg> element (its own width and height attributes set). */
	chartSvg: string;
	width: number;
	height: number;
	theme: ChartTheme;
	/** A line under the chart, e.g. the scenario name and price base. */
	footer?: string;
}

export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function swatch(item: LegendItem, x: number, y: number, size: number, theme: ChartTheme): { markup: string; width: number } {
	if (item.kind === 'bar') {
		const hatch = item.hatched ? `<path d="${hatchPath(x, y, size, size)}" stroke="#ffffff" stroke-width="${size / 7}" stroke-opacity="0.75"/>` : '';
		return { markup: `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="${item.color}"/>${hatch}`, width: size };
	}
	const w = size * 2.4;
	const sw = item.kind === 'reference' ? theme.strokeWidth * 0.75 : theme.strokeWidth;
	const dash = item.dash ? ` stroke-dasharray="${scaleDash(item.dash, sw)}"` : '';
	let markup = `<line x1="${x}" x2="${x + w}" y1="${y + size / 2}" y2="${y + size / 2}" stroke="${item.color}" stroke-width="${sw}"${dash}/>`;
	const cx = x + w / 2;
	const cy = y + size / 2;
	const r = theme.markerRadius;
	if (item.marker === 'circle') markup += `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${item.color}" stroke="#ffffff" stroke-width="${r / 3}"/>`;
	else if (item.marker === 'cross') markup += `<path d="${markerPath('cross', cx, cy, r)}" fill="none" stroke="${item.color}" stroke-width="${r / 1.6}"/>`;
	else if (item.marker && item.marker !== 'none') markup += `<path d="${markerPath(item.marker, cx, cy, r)}" fill="${item.color}" stroke="#ffffff" stroke-width="${r / 3}"/>`;
	return { markup, width: w };
}

/** The frame around a plot in a stand-alone SVG: heading markup, footer markup and where the plot goes. */
export interface ExportFrame {
	/** Background, title, units and legend, as SVG markup. */
	head: string;
	/** The footer line, as SVG markup (empty without a footer). */
	foot: string;
	/** Where the plot's top-left corner goes. */
	plotX: number;
	plotY: number;
	width: number;
	height: number;
}

/**
 * Lay out the title, units, legend and footer around a plot of `width` x `height`. Shared by the
 * download (composeExportSvg) and the business case's figures (ChartFrame's standalone mode), so
 * the two draw the same chart. `title` may be left out when a caption names the figure instead.
 */
export function exportFrame(input: Omit<ExportSvgInput, 'chartSvg' | 'title'> & { title?: string }): ExportFrame {
	const { theme } = input;
	const pad = theme.fontSize * 1.25;
	const width = input.width + pad * 2;
	const titleSize = Math.round(theme.fontSize * 1.4);
	const parts: string[] = [];
	// Title, units and footer wrap at spaces to the plot's width (a chart downloaded from a phone is
	// about 360 px wide); each line is a <text> of its own.
	const wrapped = (text: string, fontSize: number, bold = false) =>
		wrapText(text, input.width, 6, (s) => textWidth(s, fontSize) * (bold ? BOLD_WIDTH : 1)).lines;
	const lines = (text: string, firstY: number, fontSize: number, attrs: string, bold = false) => {
		const out = wrapped(text, fontSize, bold);
		const step = fontSize * 1.25;
		const markup = out.map((line, i) => `<text x="${pad}" y="${firstY + i * step}" font-size="${fontSize}"${attrs}>${escapeXml(line)}</text>`).join('');
		return { markup, lastY: firstY + (out.length - 1) * step };
	};
	let y = pad;
	if (input.title) {
		const t = lines(input.title, y + titleSize, titleSize, ` font-weight="700" fill="${INK}"`, true);
		parts.push(t.markup);
		y = t.lastY;
	}
	if (input.subtitle) {
		const t = lines(input.subtitle, y + (input.title ? theme.fontSize * 1.5 : theme.fontSize), theme.fontSize, ` fill="${INK_MUTED}"`);
		parts.push(t.markup);
		y = t.lastY;
	}
	// Legend entries flow left to right and wrap like the on-screen list.
	const size = theme.fontSize * 1.1;
	const rowHeight = theme.fontSize * 1.8;
	let x = pad;
	if (input.legend.length > 0) y += theme.fontSize * 0.8;
	let rowTop = y;
	for (const item of input.legend) {
		const labelWidth = textWidth(item.label, theme.fontSize);
		const itemWidth = (item.kind === 'bar' ? size : size * 2.4) + theme.gap + labelWidth;
		if (x > pad && x + itemWidth > width - pad) {
			x = pad;
			rowTop += rowHeight;
		}
		const s = swatch(item, x, rowTop + (rowHeight - size) / 2, size, theme);
		parts.push(s.markup);
		parts.push(`<text x="${x + s.width + theme.gap}" y="${rowTop + rowHeight / 2}" dy="0.32em" font-size="${theme.fontSize}" fill="${INK}">${escapeXml(item.label)}</text>`);
		x += itemWidth + theme.fontSize * 1.25;
	}
	if (input.legend.length > 0) y = rowTop + rowHeight;
	const plotY = y + theme.fontSize * 0.5;
	let height = plotY + input.height;
	let foot = '';
	if (input.footer) {
		const t = lines(input.footer, height + theme.fontSize * 1.6, theme.fontSize * 0.85, ` fill="${INK_MUTED}"`);
		foot = t.markup;
		height = t.lastY;
	}
	height += pad;
	return { head: `<rect width="100%" height="100%" fill="${BACKGROUND}"/>${parts.join('')}`, foot, plotX: pad, plotY, width: Math.ceil(width), height: Math.ceil(height) };
}

/** Compose the downloadable SVG; returns its markup and overall size in pixels. */
export function composeExportSvg(input: ExportSvgInput): { svg: string; width: number; height: number } {
	const f = exportFrame(input);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}" font-family="${escapeXml(input.theme.fontFamily)}">` +
		f.head +
		`<g transform="translate(${f.plotX}, ${f.plotY})">${input.chartSvg}</g>` +
		f.foot +
		`</svg>`;
	return { svg, width: f.width, height: f.height };
}
