// Operations and helpers for the confidential channel's tests.
import { Role } from '@imh/common';
import { createUser, type CreatedUser } from '../support/factories';
import type { GqlClient, TestApp } from '../support/test-app';

export const THREAD_FIELDS = `id subject status anonymous version unread overdue deleteAfter writerKind writerName
  readers { id name } messages { id author authorName body createdAt readAt mine }
  attachments { id name size author createdAt } attachmentLimits { maxBytes maxFiles allowedTypes } canAttach notes { id authorName body } accessLog { confidantName openedAt } retentionDays canHandle canDelete`;

export const START = `mutation Start($input: StartConfidentialThreadInput!) {
  startConfidentialThread(input: $input) { receipt thread { ${THREAD_FIELDS} } } }`;
export const THREAD = `query Thread($id: ID!) { confidentialThread(id: $id) { ${THREAD_FIELDS} } }`;
export const BY_RECEIPT = `query ByReceipt($receipt: String!) { confidentialThreadByReceipt(receipt: $receipt) { ${THREAD_FIELDS} } }`;
export const REPLY = `mutation Reply($input: ReplyToConfidentialThreadInput!) { replyToConfidentialThread(input: $input) { id messages { body author readAt } } }`;
export const REPLY_BY_RECEIPT = `mutation ReplyByReceipt($input: ReplyByReceiptInput!) { replyByReceipt(input: $input) { id messages { body author } } }`;
export const INBOX = `query Inbox { confidentialInbox { totalCount items { id subject status unread overdue anonymous deleteAfter } } }`;
export const MINE = `query Mine { myConfidentialThreads { totalCount items { id subject status unread } } }`;
export const STATUS = `mutation Status($input: SetConfidentialThreadStatusInput!) { setConfidentialThreadStatus(input: $input) { id status version deleteAfter } }`;
export const NOTE = `mutation Note($input: AddConfidentialNoteInput!) { addConfidentialNote(input: $input) { id notes { body } } }`;
export const RETENTION = `mutation Retention($input: SetConfidentialRetentionInput!) { setConfidentialRetention(input: $input) { id retentionDays deleteAfter } }`;
export const DELETE = `mutation Delete($id: ID!) { deleteConfidentialThread(id: $id) }`;
export const WORKSPACE = `query Workspace { confidantWorkspace { recoveryKeyRequired hasRecoveryKey awaitingGrant
  pendingGrants { confidant { id name } threadCount } deletionNotices { threadId subject deleteAfter } } }`;
export const GRANT = `mutation Grant($id: ID!) { grantConfidentialAccess(confidantId: $id) }`;
export const CREATE_RECOVERY = `mutation { createConfidentialRecoveryKey }`;
export const RECOVER = `mutation Recover($key: String!) { recoverConfidentialKeys(recoveryKey: $key) }`;
export const CONFIDANTS = `query { confidants { id name } }`;
export const FIGURES = `query Figures($year: Int!) { confidentialFigures(year: $year) {
  year byMonth { key count } byStatus { key count } byWriterKind { key count } medianHoursToFirstAnswer } }`;
export const CHANGE_PASSWORD = `mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) }`;

export interface Person extends CreatedUser {
  client: GqlClient;
}

/** A user of these roles, signed in (which also creates their key pair). */
export async function signedIn(app: TestApp, roles: Role[], name?: string): Promise<Person> {
  const created = await createUser({ roles, name });
  const client = app.client();
  await client.login(created.email, created.password);
  return { ...created, client };
}

/** A confidant who is ready to read: signed in and holding a recovery key. */
export async function readyConfidant(app: TestApp, name?: string): Promise<Person & { recoveryKey: string }> {
  const person = await signedIn(app, [Role.CONFIDANT], name);
  const res = await person.client.gql<{ createConfidentialRecoveryKey: string }>(CREATE_RECOVERY);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { ...person, recoveryKey: res.data!.createConfidentialRecoveryKey };
}
