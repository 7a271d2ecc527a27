// Who a form is, without its schema: cheap to import where only the name is needed (the form
// chooser loads before zod and the form's code).

export interface FormIdentity<Id extends string = string> {
  /** Stable form id; stored in drafts and payloads. */
  readonly id: Id;
  /** The form's name shown to the user, in messages and on the CLI. */
  readonly title: string;
  /** Raised whenever stored data would no longer fit the schema. */
  readonly schemaVersion: number;
}
