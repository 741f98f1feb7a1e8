import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookGateway } from '../../workbook/gateway';
import { usePaneMix } from '../hooks/sharedMix';
import { useLocale } from '../locale';
import type { MixModel } from '../mixModel';
import { BestPlanPreview } from './BestPlanPreview';
import { MixSection } from './MixSection';
import { PlanSection } from './PlanSection';
import { SourceSection } from './SourceSection';
import { WriteReport } from './WriteReport';

export type ProductMixTabProps = { readonly gateway: WorkbookGateway };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/**
 * The product-mix "battle map": source → inputs → preview → write the report. Its state lives
 * in the App (`usePaneMix`), so it is the same after a visit to another tab.
 */
export function ProductMixTab(_: ProductMixTabProps) {
  const { strings } = useLocale();
  const styles = useStyles();
  const mix = usePaneMix();
  const { model } = mix;
  const optimal = mix.method === 'optimal';
  const solving = optimal && mix.best.state.step === 'solving';
  return (
    <div className={styles.root}>
      <SourceSection source={mix.source} model={model} />
      {mix.source.loading && <Spinner size="tiny" label={strings.loading} />}
      {model !== null && (
        <MixSection
          inputs={mix.inputs}
          model={model}
          onChange={mix.changeInputs}
          method={mix.method}
        />
      )}
      {model !== null && (
        <PlanSection
          model={model}
          timeUnit={mix.inputs.timeUnit}
          updating={mix.updating}
          {...(optimal
            ? {
                bestPlan: (
                  <BestPlanPreview
                    best={mix.best}
                    timeUnit={mix.inputs.timeUnit}
                    requiredThroughput={model.view?.requiredThroughput ?? null}
                  />
                ),
              }
            : {})}
        />
      )}
      <WriteReport writer={mix.writer} canWrite={writable(model) && !solving} />
    </div>
  );
}

/** A plan the report can hold: planned, and no rate that overflows (the report refuses it). */
function writable(model: MixModel | null): boolean {
  const view = model?.view ?? null;
  return view !== null && !view.warnings.some((warning) => warning.kind === 'rateTooLarge');
}
