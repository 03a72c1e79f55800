import { SlotTable } from '../../src/memory/slot-table';

describe('SlotTable', () => {
  it('stores and finds exact keys only, with their values', () => {
    const t = new SlotTable(16, 32, 8);
    expect(t.size).toBe(16);
    const slot = t.store('key-one', 5, 0xdeadbeef, 'value1');
    expect(slot).toBeGreaterThanOrEqual(0);
    expect(t.find('key-one', 5, 0xdeadbeef)).toBe(slot);
    expect(t.value(slot)).toBe('value1');
    expect(t.find('key-one', 5, 0xdeadbeee)).toBe(-1); // another fingerprint: another key
    expect(t.find('key-onf', 5, 0xdeadbeef)).toBe(-1);
    expect(t.find('key-on', 5, 0xdeadbeef)).toBe(-1);
    // Storing the same key again replaces its value in the same slot.
    expect(t.store('key-one', 5, 0xdeadbeef, 'v2')).toBe(slot);
    expect(t.value(slot)).toBe('v2');
  });

  it('refuses what does not fit: empty, too long, non-ASCII', () => {
    const t = new SlotTable(16, 8, 4);
    expect(t.store('', 0, 1, 'v')).toBe(-1);
    expect(t.store('123456789', 0, 1, 'v')).toBe(-1);
    expect(t.store('k', 0, 1, '12345')).toBe(-1);
    expect(t.store('kÉ', 0, 1, 'v')).toBe(-1);
    expect(t.store('k', 0, 1, 'vÉ')).toBe(-1);
    expect(t.store('12345678', 0, 1, '1234')).toBeGreaterThanOrEqual(0);
    expect(() => new SlotTable(16, 8, 256)).toThrow();
  });

  it('a full set gives way to a new key; the other sets keep theirs', () => {
    const t = new SlotTable(8, 16, 4); // two sets of four
    for (let i = 0; i < 4; i++) t.store(`a${i}`, 0, i, 'x');
    t.store('b0', 1, 0, 'y');
    t.store('a4', 0, 4, 'x');
    const kept = [0, 1, 2, 3].filter((i) => t.find(`a${i}`, 0, i) >= 0);
    expect(kept).toHaveLength(3);
    expect(t.find('a4', 0, 4)).toBeGreaterThanOrEqual(0);
    expect(t.find('b0', 1, 0)).toBeGreaterThanOrEqual(0);
  });
});
