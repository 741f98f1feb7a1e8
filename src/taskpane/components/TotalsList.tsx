import { makeStyles, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  value: { margin: 0, textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

/** A totals list (`<dl>`): each label beside its formatted value, the values aligned right. */
export function TotalsList({ lines }: { readonly lines: readonly (readonly [string, string])[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {lines.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd className={styles.value}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
