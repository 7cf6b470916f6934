export { type AtomOptions, atomContentType, changesAtomFeed } from "./atom.js";
export {
  addFollow,
  addFollowOnPostgres,
  FollowInput,
  parseFollowSpec,
  removeFollow,
  removeFollowOnPostgres,
} from "./follows.js";
export {
  deliverPendingChanges,
  deliverPendingChangesOnPostgres,
  signWebhookBody,
  verifyWebhookSignature,
  type WebhookOptions,
  WebhookQueue,
  webhookPayload,
} from "./webhook.js";
