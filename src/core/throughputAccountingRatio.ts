/**
 * The throughput accounting ratio of ACCA/CIMA exams:
 * TPAR = return per factory hour ÷ cost per factory hour, where
 * return per factory hour = (price − TVC) ÷ CCR hours per unit and
 * cost per factory hour = total factory cost ÷ total CCR hours available.
 * A ratio above 1 means the product earns more than the factory costs per hour of the constraint.
 */
export type ThroughputAccountingRatio =
  | {
      readonly status: 'ratio';
      readonly ratio: number;
      readonly returnPerHour: number;
      readonly costPerHour: number;
    }
  | { readonly status: 'noConstraintTime' }
  | { readonly status: 'noFactoryCost' };

export function throughputAccountingRatio(
  price: number,
  tvc: number,
  constraintHoursPerUnit: number,
  factoryCost: number,
  constraintHoursAvailable: number
): ThroughputAccountingRatio {
  if (constraintHoursPerUnit === 0) return { status: 'noConstraintTime' };
  const costPerHour = factoryCost / constraintHoursAvailable;
  if (costPerHour === 0) return { status: 'noFactoryCost' };
  const returnPerHour = (price - tvc) / constraintHoursPerUnit;
  return { status: 'ratio', ratio: returnPerHour / costPerHour, returnPerHour, costPerHour };
}
