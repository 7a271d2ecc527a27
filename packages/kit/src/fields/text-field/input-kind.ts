// Which keyboard and counter a one-line text field shows. The autocomplete token already says
// what the field holds, so it also picks the input type: 'tel' and 'email' get their keyboards.

/** 'tel' for a … tel token, 'email' for a … email token, else 'text'. */
export function inputTypeFor(autocomplete: string): 'tel' | 'email' | 'text' {
  const kind = autocomplete.trim().split(/\s+/).at(-1);
  return kind === 'tel' || kind === 'email' ? kind : 'text';
}

/** Short fields (under 100 characters) count only near the limit; a count there is just noise. */
export function showsCount(maxLength: number, left: number): boolean {
  if (maxLength <= 0) return false;
  if (maxLength >= 100) return true;
  return left <= Math.max(3, Math.ceil(maxLength * 0.2));
}
