/** One term of a totals list (`<dl>`): the label and its formatted value. */
export function TotalsRow(props: { label: string; value: string; className: string }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd className={props.className}>{props.value}</dd>
    </>
  );
}
