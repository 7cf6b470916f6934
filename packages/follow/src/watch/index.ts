export { type AtomOptions, atomContentType, changesAtomFeed } from "./atom.js";
export { addFollow, FollowInput, parseFollowSpec, removeFollow } from "./follows.js";
export {
  deliverPendingChanges,
  signWebhookBody,
  verifyWebhookSignature,
  type WebhookOptions,
  WebhookQueue,
  webhookPayload,
} from "./webhook.js";
