import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * A titled part of a tab (a region named by its heading, for screen readers and tests); `busy`
 * while what it shows is still being brought up to date (aria-busy).
 */
export function Section(props: { title: string; busy?: boolean; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.root} aria-labelledby={id} aria-busy={props.busy || undefined}>
      <Subtitle2 as="h2" id={id}>
        {props.title}
      </Subtitle2>
      {props.children}
    </section>
  );
}
