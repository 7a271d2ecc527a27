// Reading a text limit out of a form's schema, so a definition never repeats the number.
import type * as z from 'zod/mini';

type Node = z.core.$ZodType;

/** The schema itself, without optional / nullable / default around it. */
function unwrap(node: Node): Node {
  const def = node._zod.def as unknown as { type: string; innerType?: Node };
  return ['optional', 'nullable', 'default'].includes(def.type) && def.innerType
    ? unwrap(def.innerType)
    : node;
}

/** The schema one step further down a path: a property of an object, the element of an array. */
function child(node: Node, segment: string): Node | undefined {
  const def = unwrap(node)._zod.def as unknown as {
    type: string;
    shape?: Record<string, Node>;
    element?: Node;
  };
  if (def.type === 'object' && def.shape && Object.hasOwn(def.shape, segment)) {
    return def.shape[segment];
  }
  if (def.type === 'array' && /^(\d+|\*)$/.test(segment)) return def.element;
  return undefined;
}

/** What a length check says about the most characters, if anything. */
interface LengthCheckDef {
  check: string;
  maximum?: number;
  length?: number;
}

/**
 * The smallest maximum among a string's length checks. Read from the checks themselves: zod/mini
 * has no `maxLength` getter, and classic zod's pulls its JSON Schema code into the browser.
 */
function stringMaxLength(node: Node): number | undefined {
  let found: number | undefined;
  for (const check of node._zod.def.checks ?? []) {
    const def = check._zod.def as LengthCheckDef;
    const max =
      def.check === 'max_length'
        ? def.maximum
        : def.check === 'length_equals'
          ? def.length
          : undefined;
    if (typeof max === 'number' && (found === undefined || max < found)) found = max;
  }
  return found;
}

/**
 * The most characters the schema allows for the string at `path` ('posts.0.postName'; '*' or a
 * number steps into a list), or undefined when there is no string or no limit there.
 */
export function maxLengthAt(schema: z.core.$ZodType, path: string): number | undefined {
  let node: Node | undefined = schema;
  for (const segment of path === '' ? [] : path.split('.')) {
    node = node && child(node, segment);
  }
  if (!node) return undefined;
  const found = unwrap(node);
  return found._zod.def.type === 'string' ? stringMaxLength(found) : undefined;
}
