/** A document date as YYYY-MM-DD. Exports take it as an option so the app and CLI (and tests) can fix it. */
export function isoDate(date?: Date | string): string {
	if (typeof date === 'string') {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`export date must be YYYY-MM-DD, got "${date}"`);
		return date;
	}
	const d = date ?? new Date();
	if (Number.isNaN(d.getTime())) throw new Error('export date is not a valid date');
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "14 March 2026" for documents. */
export function longDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
	return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}
