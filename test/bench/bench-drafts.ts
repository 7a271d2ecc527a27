// The drafts the bench opens: the forms' own examples, and a big one built from an example.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { formRegistry } from '@koiki/forms';

const formsDir = fileURLToPath(new URL('../../forms/', import.meta.url));

export interface BenchFile {
  kind: string;
  name: string;
  type: string;
  size: number;
}

export interface BenchDraft {
  formId: string;
  /** The data's version; the form's current one when left out (see `withCurrentVersion`). */
  schemaVersion?: number;
  data: unknown;
  step: string;
  files?: BenchFile[];
}

export interface Example {
  name: string;
  data: Record<string, unknown>;
}

/** Some examples are bare data, some a payload { formId, schemaVersion, data }. */
function dataOf(json: unknown): Record<string, unknown> {
  const value = json as { formId?: unknown; data?: unknown };
  return (typeof value.formId === 'string' ? value.data : json) as Record<string, unknown>;
}

/** The examples a form expects to pass (the ones not named invalid-*). */
export function validExamples(formId: string): Example[] {
  const dir = join(formsDir, formId, 'examples');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('invalid-'))
    .sort()
    .map((name) => ({
      name: name.replace(/\.json$/, ''),
      data: dataOf(JSON.parse(readFileSync(join(dir, name), 'utf8'))),
    }));
}

export const dispatchExampleName = 'prefecture-three-people';

export function dispatchExample(): Record<string, unknown> {
  const found = validExamples('specialist-dispatch').find((e) => e.name === dispatchExampleName);
  if (!found)
    throw new Error(`forms/specialist-dispatch/examples/${dispatchExampleName}.json がありません`);
  return found.data;
}

/** The example with `count` 募集経費 rows (the cost rows typed into). */
export function manyCostRows(count: number): Record<string, unknown> {
  const recruitmentItems = Array.from({ length: count }, (_, i) => ({
    description: `求人情報サイトへの募集広告掲載料（第${i + 1}回）`,
    amount: 10_000 + i * 100,
  }));
  return { ...dispatchExample(), recruitmentItems };
}

/** The example's posts repeated to `count` rows, names numbered: the table SurveyJS also renders. */
export function manyPosts(count: number): Record<string, unknown> {
  const example = dispatchExample();
  const posts = example.posts as Record<string, unknown>[];
  return {
    ...example,
    posts: Array.from({ length: count }, (_, i) => ({
      ...posts[i % posts.length],
      postName: `${String(posts[i % posts.length]?.postName)} ${i + 1}`,
    })),
  };
}

/** The example's own attachment list as files of the sizes it states. */
export function exampleFiles(): BenchFile[] {
  const listed = (dispatchExample().attachments ?? []) as BenchFile[];
  return listed.map(({ kind, name, type, size }) => ({ kind, name, type, size }));
}

/** `totalBytes` of attachments in files of 1 MB. */
export function attachmentsOf(totalBytes: number): BenchFile[] {
  const size = 1_000_000;
  return Array.from({ length: Math.ceil(totalBytes / size) }, (_, i) => ({
    kind: '経費の内訳',
    name: `経費内訳_${i + 1}.pdf`,
    type: 'application/pdf',
    size,
  }));
}

/**
 * The draft stamped with its form's current schema version: the examples follow the form, and a
 * draft of an older version would be migrated (or refused) before anything is measured.
 */
export async function withCurrentVersion(draft: BenchDraft): Promise<BenchDraft> {
  if (draft.schemaVersion !== undefined) return draft;
  const entry = formRegistry.find((candidate) => candidate.id === draft.formId);
  if (!entry) throw new Error(`様式 ${draft.formId} は登録されていません`);
  const module = await entry.load();
  return { ...draft, schemaVersion: module.definition.schemaVersion };
}
