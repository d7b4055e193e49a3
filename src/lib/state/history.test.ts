import { describe, expect, it } from 'vitest';
import { EditHistory } from './history';

describe('EditHistory', () => {
	it('coalesces edits to one field within the window into one undo step', () => {
		const h = new EditHistory(200, 1000);
		// Typing "1", "12", "120" into one field at t = 0, 300, 600 ms: one step back to "".
		h.record('', 'a', 0);
		h.record('1', 'a', 300);
		h.record('12', 'a', 600);
		expect(h.undoSize).toBe(1);
		expect(h.undo('120')).toBe('');
		expect(h.redo('')).toBe('120');
	});

	it('starts a new step for another field or after a pause', () => {
		const h = new EditHistory(200, 1000);
		h.record('s0', 'a', 0);
		h.record('s1', 'b', 100); // other field
		h.record('s2', 'b', 1200); // 1,100 ms later, past the 1,000 ms window
		expect(h.undoSize).toBe(3);
		expect(h.undo('s3')).toBe('s2');
		expect(h.undo('s2')).toBe('s1');
		expect(h.undo('s1')).toBe('s0');
		expect(h.undo('s0')).toBeUndefined();
		expect(h.redoSize).toBe(3);
	});

	it('drops the redo stack on a new edit and caps the undo stack', () => {
		const h = new EditHistory(2, 0);
		h.record('a', undefined, 0);
		h.record('b', undefined, 1);
		h.record('c', undefined, 2);
		expect(h.undoSize).toBe(2); // 'a' fell off the bottom
		expect(h.undo('d')).toBe('c');
		h.record('c', undefined, 3);
		expect(h.redoSize).toBe(0);
	});
});
