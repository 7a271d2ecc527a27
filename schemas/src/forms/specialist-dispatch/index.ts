// @koiki/schemas/forms/specialist-dispatch: 連携協約に基づく専門人材派遣 on its own, for a portal
// server and for the form's registry entry. The files still sit beside this folder (moved later,
// with the third form's layout); this index is the form's public door.
export * from '../specialist-dispatch.ts';
export * from '../specialist-dispatch-choices.ts';
export { specialistDispatchContract } from '../specialist-dispatch-contract.ts';
export { specialistDispatchIdentity } from '../specialist-dispatch-identity.ts';
