import { graphql } from '../../gql';

/** A thread in a list: the writer's own, or the confidant's inbox. */
export const ConfidentialSummaryFieldsFragment = graphql(`
  fragment ConfidentialSummaryFields on ConfidentialThreadSummary {
    id
    subject
    status
    anonymous
    createdAt
    unread
    overdue
    deleteAfter
  }
`);

/** A thread opened: what the writer, a receipt holder or a confidant may see of it. */
export const ConfidentialThreadFieldsFragment = graphql(`
  fragment ConfidentialThreadFields on ConfidentialThreadView {
    id
    subject
    status
    anonymous
    createdAt
    deleteAfter
    overdue
    version
    writerKind
    writerName
    readers {
      id
      name
    }
    messages {
      id
      author
      authorName
      body
      createdAt
      readAt
      mine
    }
    attachments {
      id
      name
      size
      author
      createdAt
    }
    attachmentLimits {
      maxBytes
      maxFiles
      allowedTypes
    }
    canAttach
    notes {
      id
      authorName
      body
      createdAt
    }
    accessLog {
      confidantName
      openedAt
    }
    retentionDays
    canHandle
    canDelete
  }
`);

export const ConfidantsDocument = graphql(`
  query Confidants {
    confidants {
      id
      name
    }
  }
`);

export const MyConfidentialThreadsDocument = graphql(`
  query MyConfidentialThreads($page: PageInput) {
    myConfidentialThreads(page: $page) {
      totalCount
      offset
      limit
      items {
        ...ConfidentialSummaryFields
      }
    }
  }
`);

export const ConfidentialInboxDocument = graphql(`
  query ConfidentialInbox($page: PageInput) {
    confidentialInbox(page: $page) {
      totalCount
      offset
      limit
      items {
        ...ConfidentialSummaryFields
      }
    }
  }
`);

export const ConfidentialThreadDocument = graphql(`
  query ConfidentialThread($id: ID!) {
    confidentialThread(id: $id) {
      ...ConfidentialThreadFields
    }
  }
`);

export const ConfidentialThreadByReceiptDocument = graphql(`
  query ConfidentialThreadByReceipt($receipt: String!) {
    confidentialThreadByReceipt(receipt: $receipt) {
      ...ConfidentialThreadFields
    }
  }
`);

export const ConfidantWorkspaceDocument = graphql(`
  query ConfidantWorkspace {
    confidantWorkspace {
      recoveryKeyRequired
      hasRecoveryKey
      awaitingGrant
      pendingGrants {
        confidant {
          id
          name
        }
        threadCount
      }
      deletionNotices {
        threadId
        subject
        deleteAfter
      }
    }
  }
`);

export const ConfidentialFiguresDocument = graphql(`
  query ConfidentialFigures($year: Int!) {
    confidentialFigures(year: $year) {
      year
      byMonth {
        key
        count
      }
      byStatus {
        key
        count
      }
      byWriterKind {
        key
        count
      }
      medianHoursToFirstAnswer
    }
  }
`);

export const StartConfidentialThreadDocument = graphql(`
  mutation StartConfidentialThread($input: StartConfidentialThreadInput!) {
    startConfidentialThread(input: $input) {
      receipt
      thread {
        ...ConfidentialThreadFields
      }
    }
  }
`);

export const ReplyToConfidentialThreadDocument = graphql(`
  mutation ReplyToConfidentialThread($input: ReplyToConfidentialThreadInput!) {
    replyToConfidentialThread(input: $input) {
      ...ConfidentialThreadFields
    }
  }
`);

export const ReplyByReceiptDocument = graphql(`
  mutation ReplyByReceipt($input: ReplyByReceiptInput!) {
    replyByReceipt(input: $input) {
      ...ConfidentialThreadFields
    }
  }
`);

export const SetConfidentialThreadStatusDocument = graphql(`
  mutation SetConfidentialThreadStatus($input: SetConfidentialThreadStatusInput!) {
    setConfidentialThreadStatus(input: $input) {
      ...ConfidentialThreadFields
    }
  }
`);

export const AddConfidentialNoteDocument = graphql(`
  mutation AddConfidentialNote($input: AddConfidentialNoteInput!) {
    addConfidentialNote(input: $input) {
      ...ConfidentialThreadFields
    }
  }
`);

export const SetConfidentialRetentionDocument = graphql(`
  mutation SetConfidentialRetention($input: SetConfidentialRetentionInput!) {
    setConfidentialRetention(input: $input) {
      ...ConfidentialThreadFields
    }
  }
`);

export const DeleteConfidentialThreadDocument = graphql(`
  mutation DeleteConfidentialThread($id: ID!) {
    deleteConfidentialThread(id: $id)
  }
`);

export const GrantConfidentialAccessDocument = graphql(`
  mutation GrantConfidentialAccess($confidantId: ID!) {
    grantConfidentialAccess(confidantId: $confidantId)
  }
`);

export const CreateConfidentialRecoveryKeyDocument = graphql(`
  mutation CreateConfidentialRecoveryKey {
    createConfidentialRecoveryKey
  }
`);

export const RecoverConfidentialKeysDocument = graphql(`
  mutation RecoverConfidentialKeys($recoveryKey: String!) {
    recoverConfidentialKeys(recoveryKey: $recoveryKey)
  }
`);
