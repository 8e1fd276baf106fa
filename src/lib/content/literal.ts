/**
 * The values an editor may write inside `{…}` in MDX: literals only (strings, numbers, booleans, null, and arrays
 * and objects of them). Anything else would run code when the site is built, so it is refused with a reason.
 */
import { parseExpressionAt, type Expression, type Node } from 'acorn';

export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

export type LiteralResult = { ok: true; value: Literal } | { ok: false; reason: string };

class NotLiteral extends Error {}

function evaluate(node: Node): Literal {
  const expression = node as Expression;
  switch (expression.type) {
    case 'Literal':
      if (typeof expression.value === 'string' || typeof expression.value === 'number') return expression.value;
      if (typeof expression.value === 'boolean' || expression.value === null) return expression.value;
      throw new NotLiteral('a regular expression or big number');
    case 'TemplateLiteral':
      if (expression.expressions.length > 0) throw new NotLiteral('a template with ${…} inside');
      return expression.quasis.map((q) => q.value.cooked ?? '').join('');
    case 'UnaryExpression':
      if (expression.operator === '-' && expression.argument.type === 'Literal') {
        const value = evaluate(expression.argument);
        if (typeof value === 'number') return -value;
      }
      throw new NotLiteral(`the operator ${expression.operator}`);
    case 'ArrayExpression':
      return expression.elements.map((element) => {
        if (!element || element.type === 'SpreadElement') throw new NotLiteral('a gap or ... in a list');
        return evaluate(element);
      });
    case 'ObjectExpression': {
      const object: Record<string, Literal> = {};
      for (const property of expression.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init' || property.method) {
          throw new NotLiteral('a computed or spread property');
        }
        const key = property.key.type === 'Identifier' ? property.key.name : evaluate(property.key);
        object[String(key)] = evaluate(property.value);
      }
      return object;
    }
    case 'Identifier':
      throw new NotLiteral(`the name ${expression.name}`);
    default:
      throw new NotLiteral(`code (${expression.type})`);
  }
}

/** The value of an MDX `{…}` expression when it is a plain literal; otherwise why it is refused. */
export function parseLiteral(source: string): LiteralResult {
  try {
    const node = parseExpressionAt(source, 0, { ecmaVersion: 'latest' });
    if (source.slice(node.end).trim() !== '') return { ok: false, reason: 'more than one value' };
    return { ok: true, value: evaluate(node) };
  } catch (error) {
    if (error instanceof NotLiteral) return { ok: false, reason: `it contains ${error.message}` };
    return { ok: false, reason: 'it is not a value JavaScript can read' };
  }
}

/** True for `{/* a comment *\/}`: the one kind of expression allowed in prose. */
export function isCommentOnly(source: string): boolean {
  return /^\s*(\/\*[\s\S]*?\*\/\s*)+$/.test(source);
}
