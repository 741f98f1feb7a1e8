import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { WorkbookGateway } from '../../workbook/gateway';
import { ProblemList } from '../components/ProblemList';
import { Section } from '../components/Section';
import { SourcePicker } from '../components/SourcePicker';
import { WriteReport } from '../components/WriteReport';
import { separatorWords } from '../tabs/formNumbers';
import { NumberInput } from '../tabs/NumberInput';
import { fill } from '../i18n';
import { useLocale } from '../locale';
import { FactPreview } from './FactPreview';
import type { FieldProblem } from './factInputs';
import { FACT_STRINGS, type FactStrings } from './factStrings';
import { LadderEditor } from './LadderEditor';
import { SalesMappingEditor } from './SalesMappingEditor';
import { usePlanFact } from './usePlanFact';

export type PlanFactTabProps = { readonly gateway: WorkbookGateway };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  dropdown: { minWidth: 0, width: '100%' },
});

const PROBLEM: Readonly<Record<Exclude<FieldProblem, 'ambiguous'>, keyof FactStrings>> = {
  missing: 'fieldMissing',
  notNumber: 'fieldNotNumber',
  negative: 'fieldNegative',
  notPositive: 'fieldNotPositive',
};

/** Plan against fact: the sales log and the products table → the month's review → the report. */
export function PlanFactTab({ gateway }: PlanFactTabProps) {
  const { language, strings, numbers } = useLocale();
  const words = FACT_STRINGS[language];
  const styles = useStyles();
  const fact = usePlanFact(gateway, language);
  const { model, inputs, log, products } = fact;
  const problem = (label: string, which: FieldProblem | undefined) => {
    if (which === undefined) return undefined;
    // "1.5" where the decimal mark is a comma: say which marks this Excel uses, with an example.
    if (which === 'ambiguous') {
      return fill(strings.fieldAmbiguous, { field: label, ...separatorWords(numbers, strings) });
    }
    return fill(words[PROBLEM[which]], { field: label });
  };
  const capacityLabel = fill(words.capacityLabel, {
    resource: model.ccr ?? '',
    unit: words[fact.timeUnit],
  });
  const ladderError = model.inputs.errors.ladder;
  const reviewed = model.review === null ? null : model.months[model.review.index];
  return (
    <div className={styles.root}>
      <Section title={words.logTitle}>
        <SourcePicker
          tables={products.tables}
          source={log.source}
          onSelect={log.select}
          onReload={log.reload}
          disabled={log.loading}
          label={words.logLabel}
          placeholder={words.logPlaceholder}
        />
        {log.loading && <Spinner size="tiny" />}
        <ProblemList title={words.problemsTitle} intent="error" messages={model.logProblems} />
        {log.data !== null && log.mapping !== null && (
          // Folded once the headers settle every field: the figures matter more than the map.
          <Accordion
            collapsible
            key={`${log.data.label}:${model.logProblems.length > 0}`}
            defaultOpenItems={model.logProblems.length > 0 ? ['columns'] : []}
          >
            <AccordionItem value="columns">
              <AccordionHeader>{words.logColumns}</AccordionHeader>
              <AccordionPanel>
                <SalesMappingEditor
                  headers={log.data.headers}
                  mapping={log.mapping}
                  onChange={log.setMapping}
                />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        )}
      </Section>
      <Section title={words.productsTitle}>
        <SourcePicker
          tables={products.tables}
          source={products.source}
          onSelect={products.select}
          onReload={products.reload}
          disabled={products.loading}
          label={words.productsLabel}
          placeholder={words.productsPlaceholder}
        />
        <ProblemList
          title={words.productProblemsTitle}
          intent="error"
          messages={model.productProblems}
        />
        {model.resources.length > 1 && (
          <Field label={words.ccrLabel}>
            <Dropdown
              className={styles.dropdown}
              value={model.ccr ?? ''}
              selectedOptions={model.ccr === null ? [] : [model.ccr]}
              onOptionSelect={(_, data) => fact.changeInputs({ ccr: data.optionValue ?? null })}
            >
              {model.resources.map((name) => (
                <Option key={name}>{name}</Option>
              ))}
            </Dropdown>
          </Field>
        )}
        {model.ccr !== null && (
          <NumberInput
            label={capacityLabel}
            value={inputs.capacity}
            error={problem(capacityLabel, model.inputs.errors.capacity)}
            onChange={(capacity) => fact.changeInputs({ capacity })}
          />
        )}
      </Section>
      <Section title={words.monthTitle}>
        {model.months.length > 0 && (
          <Field label={words.monthLabel}>
            <Dropdown
              className={styles.dropdown}
              value={reviewed?.label ?? ''}
              selectedOptions={reviewed ? [String(reviewed.start)] : []}
              onOptionSelect={(_, data) => fact.changeInputs({ month: Number(data.optionValue) })}
            >
              {model.months.map((m) => (
                <Option key={m.start} value={String(m.start)}>
                  {m.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        <NumberInput
          label={words.operatingExpense}
          value={inputs.operatingExpense}
          error={problem(words.operatingExpense, model.inputs.errors.operatingExpense)}
          onChange={(operatingExpense) => fact.changeInputs({ operatingExpense })}
        />
        <Section title={words.ladderTitle}>
          <LadderEditor
            rows={inputs.ladder}
            error={
              ladderError &&
              problem(
                `${fill(words.ladderStep, { step: ladderError.step })}: ${words[ladderError.field]}`,
                ladderError.problem
              )
            }
            onChange={(ladder) => fact.changeInputs({ ladder })}
          />
        </Section>
      </Section>
      {model.notice !== null && (
        <MessageBar intent="info">
          <MessageBarBody>{words[model.notice]}</MessageBarBody>
        </MessageBar>
      )}
      <ProblemList title={words.unknownTitle} intent="warning" messages={model.unknown} />
      {model.review !== null && reviewed && model.ccr !== null && (
        <Section title={fill(words.previewTitle, { month: reviewed.label })}>
          <FactPreview review={model.review} resource={model.ccr} timeUnit={fact.timeUnit} />
        </Section>
      )}
      <WriteReport writer={fact.writer} canWrite={model.build !== null} />
    </div>
  );
}
