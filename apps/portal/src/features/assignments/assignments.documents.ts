import { graphql } from '../../gql';

export const RubricFieldsFragment = graphql(`
  fragment RubricFields on Rubric {
    maxPoints
    passRule
    passMinPoints
    criteria {
      id
      position
      title
      description
      kind
      maxPoints
      levels {
        label
        description
        points
      }
    }
  }
`);

export const SubmissionFileFieldsFragment = graphql(`
  fragment SubmissionFileFields on StoredFile {
    id
    originalName
    size
    downloadPath
  }
`);

/** The released grade as the student sees it. */
export const ReleasedGradeFieldsFragment = graphql(`
  fragment ReleasedGradeFields on Grade {
    id
    passed
    totalPoints
    feedbackHtml
    releasedAt
    scores {
      criterionId
      points
    }
  }
`);

export const StudentSubmissionFieldsFragment = graphql(`
  fragment StudentSubmissionFields on Submission {
    id
    assignmentId
    attempt
    status
    text
    version
    late
    awaitingGrade
    submittedAt
    updatedAt
    revisionCommentHtml
    revisionRequestedAt
    files {
      ...SubmissionFileFields
    }
    grade {
      ...ReleasedGradeFields
    }
  }
`);

/** One line of the student's assignment list: enough for the status and the due date. */
export const AssignmentSummaryFieldsFragment = graphql(`
  fragment AssignmentSummaryFields on Assignment {
    id
    moduleId
    title
    maxAttempts
    myDueAt
    mySubmissions {
      id
      attempt
      status
      late
      submittedAt
      updatedAt
      grade {
        id
        passed
      }
    }
  }
`);

export const ModuleAssignmentsDocument = graphql(`
  query ModuleAssignments($moduleId: ID!) {
    assignments(moduleId: $moduleId) {
      ...AssignmentSummaryFields
    }
  }
`);

/** The student's assignments across the modules of their tracks, in one request. */
export const MyAssignmentsDocument = graphql(`
  query MyAssignments {
    myAssignments {
      ...AssignmentSummaryFields
      module {
        id
        title
        position
        track {
          id
          title
        }
      }
    }
  }
`);

export const MyAssignmentDocument = graphql(`
  query MyAssignment($id: ID!) {
    assignment(id: $id) {
      id
      title
      instructionsHtml
      submissionKind
      allowedFileTypes
      maxFileBytes
      maxFiles
      maxAttempts
      myDueAt
      myHandIn {
        canWrite
        reason
        nextAttempt
      }
      module {
        id
        title
      }
      rubric {
        ...RubricFields
      }
      mySubmissions {
        ...StudentSubmissionFields
      }
    }
  }
`);

export const MyAttemptDocument = graphql(`
  query MyAttempt($id: ID!) {
    submission(id: $id) {
      ...StudentSubmissionFields
      assignment {
        id
        title
        maxAttempts
        rubric {
          ...RubricFields
        }
      }
    }
  }
`);

export const SaveSubmissionDraftDocument = graphql(`
  mutation SaveSubmissionDraft($input: SaveSubmissionDraftInput!) {
    saveSubmissionDraft(input: $input) {
      ...StudentSubmissionFields
    }
  }
`);

export const SubmitSubmissionDocument = graphql(`
  mutation SubmitSubmission($input: SubmitSubmissionInput!) {
    submitSubmission(input: $input) {
      ...StudentSubmissionFields
    }
  }
`);

/** The limits the API enforces (storage size and types, files per attempt, rubric sizes). */
export const AssignmentLimitsDocument = graphql(`
  query AssignmentLimits {
    assignmentLimits {
      maxUploadBytes
      fileTypes
      maxFilesPerSubmission
      maxAttempts
      maxCriteria
      maxLevels
    }
  }
`);
