// The binding (备案) commands, for the registry in ./index.ts.
export { createBinding, createBindingPayload, type CreateBindingPayload, BINDING_CONSENTS } from './bind-vehicle'
export { removeBinding, removeBindingPayload, type RemoveBindingPayload, UNBIND_REASONS, UNBIND_REASON_NAMES, type UnbindReason } from './unbind-vehicle'
export { reviewBinding, reviewBindingPayload, type ReviewBindingPayload, bindingProposal } from './review-binding'
