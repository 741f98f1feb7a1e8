import { useLocale } from '../locale';
import type { MixModel } from '../mixModel';
import type { MixMethod, PlanInputs } from '../planInputs';
import { ConstraintPicker } from './ConstraintPicker';
import { MethodPicker } from './MethodPicker';
import { PlanInputsForm } from './PlanInputsForm';
import { Section } from './Section';

export type MixSectionProps = {
  readonly inputs: PlanInputs;
  readonly model: MixModel;
  readonly onChange: (patch: Partial<PlanInputs>) => void;
  /** The method in effect (the owner's choice or the default). */
  readonly method: MixMethod;
};

/** The period's numbers and the constraint the plan is ranked by. */
export function MixSection({ inputs, model, onChange, method }: MixSectionProps) {
  const { strings } = useLocale();
  const { finding, resourceNames } = model;
  return (
    <Section title={strings.inputsTitle}>
      <PlanInputsForm
        inputs={inputs}
        resources={resourceNames}
        errors={model.inputErrors}
        linked={model.linked}
        onChange={onChange}
      />
      {finding !== null && resourceNames.length > 0 && (
        <ConstraintPicker
          resources={resourceNames}
          loadAtFullDemand={finding.loadAtFullDemand}
          detected={finding.constraint}
          busiest={finding.busiest}
          override={inputs.constraintOverride}
          onOverride={(resource) => onChange({ constraintOverride: resource })}
        />
      )}
      <MethodPicker method={method} onChange={(chosen) => onChange({ method: chosen })} />
    </Section>
  );
}
