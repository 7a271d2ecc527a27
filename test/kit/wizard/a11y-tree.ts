// Reads the browser's real accessibility tree, to check what a screen reader is given.
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';

export interface A11yNode {
  role: string;
  name: string;
  value?: string | number;
  expanded?: boolean;
  focused?: boolean;
  children: A11yNode[];
}

/** The first node of the page with this role whose name passes `name`, or null. */
export async function findNode(
  role: string,
  name: string | ((name: string) => boolean),
): Promise<A11yNode | null> {
  const tree = (await a11ySnapshot({})) as unknown as A11yNode;
  const matches = typeof name === 'string' ? (n: string) => n === name : name;
  return findAccessibilityNode<A11yNode>(tree, (n) => n.role === role && matches(n.name ?? ''));
}
