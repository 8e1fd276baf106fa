import { describe, expect, it } from 'vitest';
import { isCommentOnly, parseLiteral } from '~/lib/content/literal';

describe('literal prop values', () => {
  it.each([
    ['2022', 2022],
    ['-5', -5],
    ['"DE"', 'DE'],
    ['`plain`', 'plain'],
    ['true', true],
    ['null', null],
    ['["DE", "IT"]', ['DE', 'IT']],
    ["[{ partner: 'CN', period: '2022' }]", [{ partner: 'CN', period: '2022' }]],
  ])('reads %s', (source, value) => {
    expect(parseLiteral(source)).toEqual({ ok: true, value });
  });

  it.each([
    ['process.env.HOME', 'it contains code (MemberExpression)'],
    ['x', 'it contains the name x'],
    ['`${x}`', 'it contains a template with ${…} inside'],
    ['fetch("/x")', 'it contains code (CallExpression)'],
    ['[...xs]', 'it contains a gap or ... in a list'],
    ['{ [k]: 1 }', 'it contains a computed or spread property'],
    ['1 2', 'more than one value'],
    ['(', 'it is not a value JavaScript can read'],
    ['/x/', 'it contains a regular expression or big number'],
    ['-x', 'it contains the operator -'],
    ['!true', 'it contains the operator !'],
  ])('refuses %s', (source, reason) => {
    expect(parseLiteral(source)).toEqual({ ok: false, reason });
  });

  it('tells a comment from code', () => {
    expect(isCommentOnly('/* a note */')).toBe(true);
    expect(isCommentOnly(' /* a */ /* b */ ')).toBe(true);
    expect(isCommentOnly('/* a */ x')).toBe(false);
  });
});
