import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { clientBaseRu } from '../../src/functions/ru/clientBase';
import { clientsRu } from '../../src/functions/ru/clients';
import { decisionsRu } from '../../src/functions/ru/decisions';
import { russianMetadata, type FunctionsMetadata } from '../../src/functions/ru/metadata';

const FILES = [
  'decisionFunctions',
  'constraintDecisionFunctions',
  'salesPlanFunctions',
  'clientFunctions',
  'clientQualificationFunctions',
  'clientAcquisitionFunctions',
  'clientSegmentFunctions',
].map((name) => `${__dirname}/../../src/functions/${name}.ts`);

describe('Russian help of the decision and client-card functions', () => {
  let english: FunctionsMetadata;

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(FILES, false);
    expect(generated.errors).toEqual([]);
    english = JSON.parse(generated.metadataJson) as FunctionsMetadata;
  });

  it('translates every function with as many parameters and names that follow the rules', () => {
    const help = { ...decisionsRu, ...clientsRu, ...clientBaseRu };
    expect(russianMetadata(english, help).problems).toEqual([]);
    expect(Object.keys(help).sort()).toEqual(english.functions.map((fn) => fn.id).sort());
  });

  it('gives every function and parameter an English description', () => {
    for (const fn of english.functions) {
      expect(fn.description).toBeTruthy();
      for (const parameter of fn.parameters ?? []) expect(parameter.description).toBeTruthy();
    }
  });
});
