// @koiki/schemas/forms/consolidation-claim: 複数団体による公共施設の集約化・複合化等 on its own, for
// a portal server and for the form's registry entry. The files still sit beside this folder (moved
// later, with the third form's layout); this index is the form's public door.
export * from '../consolidation-claim.ts';
export * from '../consolidation-claim-choices.ts';
export { consolidationContract } from '../consolidation-claim-contract.ts';
export { consolidationIdentity } from '../consolidation-claim-identity.ts';
