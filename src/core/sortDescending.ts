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
function encodeKeys(rows: Uint32Array, keyOf: Float64Array, high: Uint32Array, low: Uint32Array): void {
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
    (a, b) =>
      (high[a] as number) - (high[b] as number) || (low[a] as number) - (low[b] as number)
  );
  return Uint32Array.from(positions, (p) => rows[p] as number);
}

function digit(pass: number, hi: number, lo: number): number {
  switch (pass) {
    case 0:
      return lo & DIGIT_MASK;
    case 1:
      return (lo >>> DIGIT_BITS) | ((hi & 0x3f) << 7);
    case 2:
      return (hi >>> 6) & DIGIT_MASK;
    default:
      return hi >>> 19;
  }
}

function radixSort(rows: Uint32Array, high: Uint32Array, low: Uint32Array): Uint32Array {
  const n = rows.length;
  let from = Uint32Array.from({ length: n }, (_, p) => p);
  let to = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS);
  for (let pass = 0; pass < 4; pass++) {
    counts.fill(0);
    for (let p = 0; p < n; p++) {
      const d = digit(pass, high[p] as number, low[p] as number);
      counts[d] = (counts[d] as number) + 1;
    }
    if (counts.some((count) => count === n)) continue; // every key shares this digit
    let offset = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const count = counts[b] as number;
      counts[b] = offset;
      offset += count;
    }
    for (let k = 0; k < n; k++) {
      const p = from[k] as number;
      const d = digit(pass, high[p] as number, low[p] as number);
      const slot = counts[d] as number;
      to[slot] = p;
      counts[d] = slot + 1;
    }
    [from, to] = [to, from];
  }
  const sorted = new Uint32Array(n);
  for (let k = 0; k < n; k++) sorted[k] = rows[from[k] as number] as number;
  return sorted;
}
