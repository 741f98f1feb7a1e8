/**
 * Throughput per unit: what one more sale adds to the business.
 * T = price − TVC (totally variable cost).
 */
export function throughputPerUnit(price: number, tvc: number): number {
  return price - tvc;
}

/**
 * Throughput earned per unit of constraint time: (price − TVC) ÷ time on the CCR per unit.
 * Returns `null` when the product takes no time on the constraint: its rate is unbounded, and
 * such products are sold first rather than given an infinite number.
 */
export function throughputPerConstraintUnit(
  price: number,
  tvc: number,
  constraintTimePerUnit: number
): number | null {
  if (constraintTimePerUnit === 0) return null;
  return (price - tvc) / constraintTimePerUnit;
}

/** ΣT = Σ quantity × (price − TVC). */
export function totalThroughput(
  quantity: ArrayLike<number>,
  price: ArrayLike<number>,
  tvc: ArrayLike<number>
): number {
  let sum = 0;
  for (let i = 0; i < quantity.length; i++) {
    sum += (quantity[i] as number) * ((price[i] as number) - (tvc[i] as number));
  }
  return sum;
}
