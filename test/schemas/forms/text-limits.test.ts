// Text limits live in the schema: zod checks them in Japanese, JSON Schema carries them, maxLengthAt reads them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formRegistry } from '@koiki/forms';
import {
  consolidationContract,
  FIRST_FISCAL_YEAR,
  formJsonSchema,
  issuesByPath,
  LAST_FISCAL_YEAR,
  maxLengthAt,
  specialistDispatchContract,
  TEXT_LIMITS,
  validateClaim,
} from '@koiki/schemas';
import { leafPaths } from '../../forms/schema-paths.ts';
import { consolidationExample, dispatchExample } from '../calculators/example-data.ts';

type JsonNode = {
  type?: string;
  enum?: unknown[];
  format?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
};

/** The JSON Schema node at a data path ('posts.0.postName'). */
function jsonNodeAt(schema: JsonNode, path: string): JsonNode | undefined {
  let node: JsonNode | undefined = schema;
  for (const segment of path.split('.')) {
    node = /^\d+$/.test(segment) ? node?.items : node?.properties?.[segment];
  }
  return node;
}

// Every registered form is held to the same limits.
const registeredContracts = await Promise.all(formRegistry.map((entry) => entry.contract()));

// Strings that are not typed text: a file's name and MIME type come from the file itself.
const untyped = (path: string) => /^attachments\.0\.(name|type)$/.test(path);

/** A string the user types as text: not a choice (enum) and not a date (format). */
const isTypedText = (node: JsonNode | undefined) =>
  node?.type === 'string' && node.enum === undefined && node.format === undefined;

describe('文字数の上限は schema にある', () => {
  it('maxLengthAt は項目の上限を読み、一覧の中は番号でも * でも読める', () => {
    const fields = specialistDispatchContract.fields;
    assert.equal(maxLengthAt(fields, 'contact.name'), TEXT_LIMITS.personName);
    assert.equal(maxLengthAt(fields, 'posts.0.postName'), TEXT_LIMITS.name);
    assert.equal(maxLengthAt(fields, 'posts.*.postName'), TEXT_LIMITS.name);
    assert.equal(maxLengthAt(fields, 'agreements.0.memorandum.name'), TEXT_LIMITS.title);
    assert.equal(maxLengthAt(fields, 'remarks'), TEXT_LIMITS.remarks);
    assert.equal(maxLengthAt(fields, 'fiscalYear'), undefined);
    assert.equal(maxLengthAt(fields, 'posts'), undefined);
    assert.equal(maxLengthAt(fields, 'no.such.path'), undefined);
  });

  for (const form of registeredContracts) {
    const formId = form.id;
    it(`${formId}: 入力する文字列にはすべて上限があり、JSON Schema も同じ上限を持つ`, () => {
      const json = formJsonSchema(form) as JsonNode;
      const texts = leafPaths(form.fields).filter(
        (path) => isTypedText(jsonNodeAt(json, path)) && !untyped(path),
      );
      assert.ok(texts.length > 10, formId);
      for (const path of texts) {
        const limit = maxLengthAt(form.fields, path);
        assert.ok(limit !== undefined, `${path} に上限がない`);
        assert.equal(jsonNodeAt(json, path)?.maxLength, limit, path);
      }
    });

    it(`${formId}: JSON Schema の年度は ${FIRST_FISCAL_YEAR}〜${LAST_FISCAL_YEAR}`, () => {
      const json = formJsonSchema(form) as JsonNode;
      const years = jsonNodeAt(json, 'fiscalYear');
      assert.equal(years?.minimum, FIRST_FISCAL_YEAR);
      assert.equal(years?.maximum, LAST_FISCAL_YEAR);
    });
  }

  it('長すぎる入力は、何文字多いかと上限を日本語で言う（𠮷 のような文字も1文字）', () => {
    const data = dispatchExample();
    data.posts[0]!.postName = 'あ'.repeat(TEXT_LIMITS.name + 3);
    data.contact.name = '𠮷'.repeat(TEXT_LIMITS.personName + 1);
    const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
    assert.deepEqual(byPath['posts.0.postName'], [
      `3文字多すぎます。${TEXT_LIMITS.name}文字以内で入力してください。`,
    ]);
    assert.equal(
      byPath['contact.name']?.[0],
      `1文字多すぎます。${TEXT_LIMITS.personName}文字以内で入力してください。`,
    );
  });

  it('上限ちょうどの入力は通る', () => {
    const data = consolidationExample();
    data.initiatives[0]!.name = 'あ'.repeat(TEXT_LIMITS.title);
    assert.equal(
      issuesByPath(validateClaim(consolidationContract, data))['initiatives.0.name'],
      undefined,
    );
  });

  it('延床面積の上限も schema にあり、JSON Schema に maximum として出る', () => {
    const json = formJsonSchema(consolidationContract) as JsonNode;
    const largest = jsonNodeAt(json, 'initiatives.0.targetFacility.floorArea')?.maximum;
    assert.equal(largest, 9_999_999.99);
    const data = consolidationExample();
    data.initiatives[0]!.targetFacility!.floorArea = 10_000_000;
    const at = 'initiatives.0.targetFacility.floorArea';
    assert.deepEqual(issuesByPath(validateClaim(consolidationContract, data))[at], [
      '延床面積は0以上9,999,999.99以下の数（㎡）で入力してください。',
    ]);
  });

  it('電話番号が長すぎるときは、長すぎることだけを言う', () => {
    const data = dispatchExample();
    data.contact.phone = '0'.repeat(TEXT_LIMITS.phone + 2);
    const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
    assert.deepEqual(byPath['contact.phone'], [
      `2文字多すぎます。${TEXT_LIMITS.phone}文字以内で入力してください。`,
    ]);
  });
});
