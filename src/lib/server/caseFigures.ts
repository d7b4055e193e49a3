/**
 * The business case's figures as image files: each chart rendered to SVG by the app's own chart
 * components (src/lib/charts/figure.ts) and rasterised to PNG by resvg with the Liberation Sans
 * font files from the machine (Debian's fonts-liberation2; nothing is downloaded). The same SVG
 * and the same fonts give the same PNG bytes, so the CLI and the app's server write identical
 * documents. Server and CLI only: resvg is a native module.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppraisalResult } from '../model/results';
import type { BusinessCaseDocument } from '../export/businessCase/model';
import type { CaseFigure, FigureRenderer } from '../export/businessCase/figures';

/** Where Debian (fonts-liberation2, fonts-liberation) puts Liberation Sans; DXA_FONT_DIR first when set. */
const FONT_DIRS = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation'];
const FONT_FILES = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf', 'LiberationSans-Italic.ttf', 'LiberationSans-BoldItalic.ttf'];

/** The font files charts are drawn with, or an error saying how to install them. */
export function chartFontFiles(): string[] {
	const dirs = [process.env.DXA_FONT_DIR, ...FONT_DIRS].filter((d): d is string => !!d);
	for (const dir of dirs) {
		const files = FONT_FILES.map((f) => join(dir, f));
		if (files.every((f) => existsSync(f))) return files;
	}
	throw new Error(`the Liberation Sans fonts the business case's charts are drawn with were not found in ${dirs.join(' or ')}: install them with "apt-get install fonts-liberation2" (or set DXA_FONT_DIR to a folder holding ${FONT_FILES.join(', ')})`);
}

/** Under Vite (the app's server, vitest) .svelte files are compiled already; plain Node needs the hooks. */
let hooks: Promise<void> | null = null;
function svelteInNode(): Promise<void> {
	const viteEnv = (import.meta as { env?: unknown }).env;
	if (viteEnv) return Promise.resolve();
	hooks ??= import('node:module').then(({ register }) => register('./svelteNodeHooks.mjs', import.meta.url));
	return hooks;
}

/** PNG at twice the SVG's size: sharp in print and on screen at the width the document gives it. */
const ZOOM = 2;

/** Render every chart of the document, in order. */
export const renderCaseFigures: FigureRenderer = async (doc: BusinessCaseDocument, result: AppraisalResult): Promise<CaseFigure[]> => {
	const charts = doc.blocks.filter((b) => b.kind === 'chart');
	if (!charts.length) return [];
	await svelteInNode();
	const [{ figureSvg }, { Resvg }] = await Promise.all([import('../charts/figure'), import('@resvg/resvg-js')]);
	const font = { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' };
	return charts.map((b) => {
		const svg = figureSvg(b.chart, result, b.caption);
		const size = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg);
		const width = Number(size?.[1] ?? 0);
		const height = Number(size?.[2] ?? 0);
		if (!(width > 0 && height > 0)) throw new Error(`the chart for "${b.caption}" has no size`);
		const png = new Resvg(svg, { font, fitTo: { mode: 'zoom', value: ZOOM }, background: '#ffffff', logLevel: 'off' }).render().asPng();
		return { svg: new TextEncoder().encode(svg), png: new Uint8Array(png), width, height };
	});
};
