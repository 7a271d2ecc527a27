// Choices whose label is the value itself (most of the forms' fixed answer lists).
import type { FieldOption } from '@koiki/engine';

export const plain = (values: readonly string[]): FieldOption[] =>
  values.map((value) => ({ value, label: value }));
