/**
 * Stable descending sort of row indices by a numeric key, the ranking's hot path.
 *
 * Keys that differ only by floating-point noise (0.1 + 0.2 against 0.3) must tie, so the lowest
 * 12 of the 52 mantissa bits are rounded away (≈ 12 significant digits, inside Excel's 15) and
 * ties keep input order. Large inputs use an LSD radix sort on the remaining 52 bits: four passes
 * of 13-bit digits, linear in n, which is what keeps a million-row ranking near a bare key sort.
 */
const RADIX_THRESHOLD = 2048;
const DIGIT_BITS = 13;
const BUCKETS = 1 << DIGIT_BITS;
const DIGIT_MASK = BUCKETS - 1;

/** Returns `rows` ordered by `key(row)` from highest to lowest; equal keys keep their order. */
export function sortRowsDescending(rows: Uint32Array, keyOf: Float64Array): Uint32Array {
  const n = rows.length;
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  encodeKeys(rows, keyOf, high, low);
  if (n < RADIX_THRESHOLD) return comparisonSort(rows, high, low);
  return radixSort(rows, high, low);
}

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = LITTLE_ENDIAN ? 1 : 0;

/** Maps each key to 52 bits (high: 32, low: 20) whose unsigned order is the descending key order. */
function encodeKeys(
  rows: Uint32Array,
  keyOf: Float64Array,
  high: Uint32Array,
  low: Uint32Array
): void {
  for (let p = 0; p < rows.length; p++) {
    scratch[0] = (keyOf[rows[p] as number] as number) + 0; // + 0 turns −0 into +0
    let lo = words[LO] as number;
    let hi = words[HI] as number;
    // Round the magnitude to 40 mantissa bits, carrying into the exponent when it overflows.
    lo = lo + 0x800;
    if (lo > 0xffffffff) {
      lo -= 0x100000000;
      hi = (hi + 1) >>> 0;
    }
    const negative = hi >>> 31 === 1;
    // Ascending order of IEEE bits is: flip all bits of negatives, flip the sign of positives;
    // descending is the complement of that.
    high[p] = negative ? hi : (hi ^ 0x7fffffff) >>> 0;
    low[p] = (negative ? lo >>> 12 : ~lo >>> 12) & 0xfffff;
  }
}

function comparisonSort(rows: Uint32Array, high: Uint32Array, low: Uint32Array): Uint32Array {
  const positions = Array.from({ length: rows.length }, (_, p) => p);
  // Array.prototype.sort is stable, so equal keys keep input order.
  positions.sort(
    (a, b) => (high[a] as number) - (high[b] as number) || (low[a] as number) - (low[b] as number)
  );
  return Uint32Array.from(positions, (p) => rows[p] as number);
}

/** Histograms of all four digits, taken in one pass over the keys. */
function histograms(high: Uint32Array, low: Uint32Array): Uint32Array {
  const counts = new Uint32Array(4 * BUCKETS);
  for (let p = 0; p < high.length; p++) {
    const hi = high[p] as number;
    const lo = low[p] as number;
    const d0 = lo & DIGIT_MASK;
    const d1 = BUCKETS + ((lo >>> DIGIT_BITS) | ((hi & 0x3f) << 7));
    const d2 = 2 * BUCKETS + ((hi >>> 6) & DIGIT_MASK);
    const d3 = 3 * BUCKETS + (hi >>> 19);
    counts[d0] = (counts[d0] as number) + 1;
    counts[d1] = (counts[d1] as number) + 1;
    counts[d2] = (counts[d2] as number) + 1;
    counts[d3] = (counts[d3] as number) + 1;
  }
  return counts;
}

/** Turns one digit's counts into start offsets; false when every key shares that digit. */
function toOffsets(counts: Uint32Array, pass: number, n: number): boolean {
  let offset = 0;
  for (let b = pass * BUCKETS; b < (pass + 1) * BUCKETS; b++) {
    const count = counts[b] as number;
    if (count === n) return false;
    counts[b] = offset;
    offset += count;
  }
  return true;
}

type Keys = { hi: Uint32Array; lo: Uint32Array; row: Uint32Array };

// Keys travel with their rows so that every pass reads sequentially.
function scatter(pass: number, from: Keys, to: Keys, offsets: Uint32Array): void {
  const base = pass * BUCKETS;
  const { hi, lo, row } = from;
  for (let k = 0; k < row.length; k++) {
    const h = hi[k] as number;
    const l = lo[k] as number;
    const d =
      base +
      (pass === 0
        ? l & DIGIT_MASK
        : pass === 1
          ? (l >>> DIGIT_BITS) | ((h & 0x3f) << 7)
          : pass === 2
            ? (h >>> 6) & DIGIT_MASK
            : h >>> 19);
    const slot = offsets[d] as number;
    offsets[d] = slot + 1;
    to.hi[slot] = h;
    to.lo[slot] = l;
    to.row[slot] = row[k] as number;
  }
}

function radixSort(rows: Uint32Array, high: Uint32Array, low: Uint32Array): Uint32Array {
  const n = rows.length;
  const counts = histograms(high, low);
  let from: Keys = { hi: high, lo: low, row: Uint32Array.from(rows) };
  let to: Keys = { hi: new Uint32Array(n), lo: new Uint32Array(n), row: new Uint32Array(n) };
  for (let pass = 0; pass < 4; pass++) {
    if (!toOffsets(counts, pass, n)) continue;
    scatter(pass, from, to, counts);
    [from, to] = [to, from];
  }
  return from.row;
}
