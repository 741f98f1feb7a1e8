import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookGateway } from '../../workbook/gateway';
import { usePublishMix } from '../hooks/sharedMix';
import { useProductMix } from '../hooks/useProductMix';
import { useLocale } from '../locale';
import { BestPlanPreview } from './BestPlanPreview';
import { MixSection } from './MixSection';
import { PlanSection } from './PlanSection';
import { SourceSection } from './SourceSection';
import { WriteReport } from './WriteReport';

export type ProductMixTabProps = { readonly gateway: WorkbookGateway };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The product-mix "battle map": source → inputs → preview → write the report. */
export function ProductMixTab({ gateway }: ProductMixTabProps) {
  const { strings, language } = useLocale();
  const styles = useStyles();
  const mix = useProductMix(gateway, language);
  const { model } = mix;
  const optimal = mix.method === 'optimal';
  const solving = optimal && mix.best.state.step === 'solving';
  usePublishMix(model, mix.inputs.timeUnit, mix.source.data?.label ?? '');
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
      <WriteReport writer={mix.writer} canWrite={model?.view != null && !solving} />
    </div>
  );
}
