import { XLSX } from '../workbook/sheetjs';

/**
 * The docx package stamps the packing time into docProps/core.xml and the zip entries. Rewrite
 * both from the document date so the app and the CLI give byte-identical files for the same
 * scenario and date (SheetJS's zip writer stores fixed entry times).
 */
export function normaliseDocx(bytes: Uint8Array, isoDate: string): Uint8Array {
	const CFB = XLSX.CFB;
	const zip = CFB.read(bytes, { type: 'array' });
	const core = CFB.find(zip, '/docProps/core.xml');
	if (core?.content) {
		const xml = new TextDecoder().decode(core.content as Uint8Array).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${isoDate}T00:00:00Z$2`);
		const out = new TextEncoder().encode(xml);
		core.content = out;
		core.size = out.length;
	}
	// Zip entry times come from each entry's modified time: fix them to the document date.
	const stamp = new Date(`${isoDate}T00:00:00Z`);
	for (const e of zip.FileIndex) {
		e.mt = stamp;
		e.ct = stamp;
	}
	const written = CFB.write(zip, { fileType: 'zip', type: 'array', compression: true } as Parameters<typeof CFB.write>[1]) as ArrayLike<number>;
	return written instanceof Uint8Array ? written : Uint8Array.from(written);
}
