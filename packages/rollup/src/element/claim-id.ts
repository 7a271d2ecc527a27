// A claim's id in the roll-up: unique even when two files share a name (the same file twice is
// the duplicate the roll-up must see, not an overwrite).
let counter = 0;

export function newClaimId(): string {
  // randomUUID exists only on secure origins; a portal on plain http inside LGWAN has none.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  counter += 1;
  return `claim-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2)}`;
}
