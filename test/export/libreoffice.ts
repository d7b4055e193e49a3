import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';

/**
 * LibreOffice headless with a throwaway profile. The profile sets Calc's OOXMLRecalcMode to 0
 * (always recalculate on load, /work/shared/design.md): without it LibreOffice keeps the cached
 * values an xlsx file carries and a round trip proves nothing about the formulas.
 */
export function makeProfile(): string {
	const dir = mkdtempSync(join(tmpdir(), 'dxa-lo-profile-'));
	mkdirSync(join(dir, 'user'), { recursive: true });
	writeFileSync(
		join(dir, 'user', 'registrymodifications.xcu'),
		`<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
	);
	return dir;
}

/** Convert many files in ONE soffice run (start-up dominates its cost). Returns the output paths. */
export function convertAll(files: readonly string[], to: 'xlsx' | 'pdf' | 'csv', outDir: string): string[] {
	mkdirSync(outDir, { recursive: true });
	const profile = makeProfile();
	execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', to, '--outdir', outDir, ...files], {
		stdio: 'pipe',
		timeout: 600_000
	});
	const outs = files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, `.${to}`)));
	for (const o of outs) if (!existsSync(o)) throw new Error(`LibreOffice did not produce ${o}`);
	return outs;
}
