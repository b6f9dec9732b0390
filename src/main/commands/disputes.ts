// The objection (异议) commands, for the registry in ./index.ts.
export { fileDispute, fileDisputePayload, type FileDisputePayload, filingVerdict } from './dispute-file'
export { proposeDispute, proposeDisputePayload, type ProposeDisputePayload, proposalProblem } from './dispute-propose'
export { reviewDispute, reviewDisputePayload, type ReviewDisputePayload, reviewerProblems } from './dispute-review'
