/**
 * Browser-only chart downloads. The SVG is the composed stand-alone file (see exportSvg.ts); the
 * PNG draws that SVG onto a canvas at twice the size, sharp enough for slides and print.
 */
import { composeExportSvg, type ExportSvgInput } from './exportSvg';
import { BACKGROUND } from './palette';

export type ChartDownload = Omit<ExportSvgInput, 'chartSvg'> & { svgElement: SVGSVGElement; fileName: string };

function standalone(input: ChartDownload) {
	const chartSvg = new XMLSerializer().serializeToString(input.svgElement);
	return composeExportSvg({ ...input, chartSvg });
}

/** Hand a blob to the browser as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoke later: some browsers read the URL after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadChartSvg(input: ChartDownload): void {
	const { svg } = standalone(input);
	saveBlob(new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml;charset=utf-8' }), `${input.fileName}.svg`);
}

/** Render the composed SVG to a PNG at `scale` times its size. */
export async function chartPngBlob(input: ChartDownload, scale = 2): Promise<Blob> {
	const { svg, width, height } = standalone(input);
	const image = new Image();
	// A data URL (not a blob URL) keeps the canvas untainted in every browser, so toBlob works.
	const loaded = new Promise<void>((resolve, reject) => {
		image.onload = () => resolve();
		image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
	});
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await loaded;
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('This browser cannot draw images (no canvas 2D context).');
	ctx.fillStyle = BACKGROUND;
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be created.'))), 'image/png'));
}

export async function downloadChartPng(input: ChartDownload, scale = 2): Promise<void> {
	saveBlob(await chartPngBlob(input, scale), `${input.fileName}.png`);
}
