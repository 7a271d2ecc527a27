// The browser's own accessibility tree (Chromium through the test runner's a11ySnapshot command):
// what a screen reader is given, names, descriptions and invalid states included, so tests do not
// compute accessible names by hand.
import {
  a11ySnapshot,
  executeServerCommand,
  findAccessibilityNode,
} from '@web/test-runner-commands';

/** One node of the tree, as Puppeteer serialises it. */
export interface AxNode {
  role: string;
  name?: string;
  description?: string;
  value?: string | number;
  invalid?: string;
  focused?: boolean;
  children?: AxNode[];
}

/** The whole page's tree (interesting nodes only, shadow roots included). */
export async function axTree(): Promise<AxNode> {
  return (await a11ySnapshot({})) as unknown as AxNode;
}

/** The whole tree, with the nodes a11ySnapshot leaves out (a fieldset's named group). */
export async function axFullTree(): Promise<AxNode> {
  return (await executeServerCommand('a11y-full-tree')) as AxNode;
}

/** Every node of `tree` that passes `test`, in document order. */
export function axFindAll(tree: AxNode, test: (node: AxNode) => boolean): AxNode[] {
  const found = test(tree) ? [tree] : [];
  for (const child of tree.children ?? []) found.push(...axFindAll(child, test));
  return found;
}

/** The first node with `role` and `name`, or null ('group' is looked up in the full tree). */
export async function axNode(role: string, name: string): Promise<AxNode | null> {
  const tree = role === 'group' ? await axFullTree() : await axTree();
  return findAccessibilityNode(tree as AxNode & { children: AxNode[] }, (node) => {
    return node.role === role && node.name === name;
  });
}

/** True when the tree marks the node invalid (aria-invalid). */
export const isInvalid = (node: AxNode | null): boolean =>
  node?.invalid !== undefined && node.invalid !== 'false';
