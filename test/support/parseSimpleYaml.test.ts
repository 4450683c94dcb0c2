import { describe, expect, it } from 'vitest';
import { parseSimpleYaml } from './parseSimpleYaml';

describe('parseSimpleYaml', () => {
  it('reads block mappings and sequences, indented or at their key’s indent, and `- key:` items', () => {
    const source = [
      '# a comment',
      'Table:',
      '  Keys:',
      '  - Name: key   # trailing comment',
      '    Type: S',
      '  - Name: other',
      '    Type: N',
      '  Actions:',
      '    - dynamodb:UpdateItem',
      '    - "dynamodb:GetItem"',
      '  Flow: [a, 2, true]',
      '  Ttl:',
      '    Enabled: true',
      '    Count: 3',
      '  Ref: !GetAtt Table.Arn',
      "  Sub: !Sub 'https://example.com/#not-a-comment'",
      "  Quoted: 'it''s # kept'",
      '  Empty:',
    ].join('\n');
    expect(parseSimpleYaml(source)).toEqual({
      Table: {
        Keys: [
          { Name: 'key', Type: 'S' },
          { Name: 'other', Type: 'N' },
        ],
        Actions: ['dynamodb:UpdateItem', 'dynamodb:GetItem'],
        Flow: ['a', 2, true],
        Ttl: { Enabled: true, Count: 3 },
        Ref: '!GetAtt Table.Arn',
        Sub: '!Sub https://example.com/#not-a-comment',
        Quoted: "it's # kept",
        Empty: null,
      },
    });
  });

  it.each([
    ['an anchor', 'a: &x 1'],
    ['a block scalar', 'a: |\n  text'],
    ['a flow mapping', 'a: { b: 1 }'],
    ['a tab', 'a:\n\tb: 1'],
    ['a duplicate key', 'a: 1\na: 2'],
    ['an unterminated string', "a: 'open"],
    ['a stray indent', 'a: 1\n  b: 2'],
  ])('refuses %s, naming the line, rather than reading it wrong', (_, source) => {
    expect(() => parseSimpleYaml(source)).toThrow(/^line \d+: /);
  });
});
