import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { aslFromTemplate, aslPlaceholders, substituteAsl } from '../../infra/asl';
import { projectRoot } from '../../infra/local/system';
import { aslFile, workflowFunctions } from '../../infra/routes';
import { type SynthesizedStack, synthesizedStack } from '../support/synthesized-stack';

/** `${name}` — written this way so that no plain string literal contains a placeholder. */
const ph = (name: string) => `\${${name}}`;

/** What a local runtime would put in place of each function ARN. */
const localArns = Object.fromEntries(
  Object.keys(workflowFunctions).map((v) => [v, `arn:aws:lambda:cn-north-1:000000000000:function:${v}`]),
);

let synthesized: SynthesizedStack;
let template: object;

beforeAll(async () => {
  synthesized = await synthesizedStack();
  template = synthesized.template;
});

describe('aslFromTemplate on the synthesized stack', () => {
  it('gives back the statemachines file: same JSON once both are substituted alike', () => {
    const { definition } = aslFromTemplate(template);
    const fromFile = readFileSync(join(projectRoot, aslFile), 'utf8');
    expect(JSON.parse(substituteAsl(definition, localArns))).toEqual(
      JSON.parse(substituteAsl(fromFile, localArns)),
    );
  });

  it('keeps the placeholders and maps each to the logical id of its function', () => {
    const { definition, substitutions } = aslFromTemplate(template);
    expect(aslPlaceholders(definition)).toEqual(
      aslPlaceholders(readFileSync(join(projectRoot, aslFile), 'utf8')),
    );
    const expected = Object.fromEntries(
      Object.entries(synthesized.ids.workflowFunctions).map(([v, id]) => [v, `${id}.Arn`]),
    );
    expect(substitutions).toEqual(expected);
  });
});

describe('aslFromTemplate on hand-written templates', () => {
  const machine = (DefinitionString: unknown, DefinitionSubstitutions?: unknown) => ({
    Resources: {
      Fn: { Type: 'AWS::Lambda::Function', Properties: {} },
      Sm: {
        Type: 'AWS::StepFunctions::StateMachine',
        Properties: { DefinitionString, DefinitionSubstitutions },
      },
    },
  });

  it('reads a plain DefinitionString and its substitutions', () => {
    const result = aslFromTemplate(
      machine(`{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"${ph('F')}","End":true}}}`, {
        F: { 'Fn::GetAtt': ['Fn', 'Arn'] },
        Literal: 'x',
      }),
    );
    expect(result.definition).toContain(`"Resource":"${ph('F')}"`);
    expect(result.substitutions).toEqual({ F: 'Fn.Arn', Literal: 'x' });
  });

  it('reads an Fn::Join of strings and intrinsics, turning each intrinsic into a placeholder', () => {
    const result = aslFromTemplate(
      machine({
        'Fn::Join': [
          '',
          [
            '{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"',
            { 'Fn::GetAtt': ['Fn', 'Arn'] },
            '","End":true}}}',
          ],
        ],
      }),
    );
    expect(JSON.parse(result.definition).States.A.Resource).toBe(ph('Fn.Arn'));
    expect(result.substitutions).toEqual({ 'Fn.Arn': 'Fn.Arn' });
    const run = JSON.parse(substituteAsl(result.definition, { 'Fn.Arn': 'arn:fn' }));
    expect(run.States.A.Resource).toBe('arn:fn');
  });

  it('refuses templates without exactly one state machine, or with an S3 definition', () => {
    expect(() => aslFromTemplate({ Resources: {} })).toThrow(/exactly one/);
    expect(() => aslFromTemplate(machine(undefined))).toThrow(/no DefinitionString/);
  });
});

describe('substituteAsl', () => {
  it('replaces every occurrence and refuses a placeholder without a value', () => {
    expect(substituteAsl(`"${ph('A')}" "${ph('A')}" "${ph('B')}"`, { A: 'a', B: 'b' })).toBe('"a" "a" "b"');
    expect(() => substituteAsl(`"${ph('A')}" "${ph('C')}"`, { A: 'a' })).toThrow(/C/);
  });
});
