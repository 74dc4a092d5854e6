import { graphql } from '../../gql';

/** A docent's mark as the grading page needs it. */
export const GradeFieldsFragment = graphql(`
  fragment GradeFields on Grade {
    id
    markerRole
    status
    agreed
    passed
    totalPoints
    feedback
    feedbackHtml
    version
    releasedAt
    updatedAt
    scores {
      criterionId
      points
    }
    marker {
      id
      name
    }
  }
`);

export const ExtensionFieldsFragment = graphql(`
  fragment ExtensionFields on AssignmentExtension {
    assignmentId
    studentId
    dueAt
    reason
    updatedAt
  }
`);

/** The cohorts the docent teaches, with the assignments of their tracks: the queue's filters. */
export const GradingFiltersDocument = graphql(`
  query GradingFilters {
    myCohorts {
      id
      name
      track {
        id
        title
        modules {
          id
          title
          assignments {
            id
            title
          }
        }
      }
    }
  }
`);

export const GradingQueueDocument = graphql(`
  query GradingQueue($filter: GradingQueueFilterInput, $page: PageInput) {
    gradingQueue(filter: $filter, page: $page) {
      totalCount
      offset
      limit
      items {
        id
        attempt
        status
        late
        submittedAt
        authorName
        anonymised
        releasable
        gradingState
        assignment {
          id
          title
        }
        cohort {
          id
          name
        }
      }
    }
  }
`);

export const GradingSubmissionDocument = graphql(`
  query GradingSubmission($id: ID!) {
    submission(id: $id) {
      id
      attempt
      status
      text
      late
      submittedAt
      authorName
      anonymised
      author {
        id
      }
      awaitingGrade
      releasable
      canRequestRevision
      gradingState
      myGrade {
        ...GradeFields
      }
      revisionCommentHtml
      revisionRequestedAt
      files {
        ...SubmissionFileFields
      }
      extension {
        ...ExtensionFields
      }
      previousAttempts {
        id
        attempt
        status
        text
        late
        submittedAt
        revisionCommentHtml
        revisionRequestedAt
        files {
          ...SubmissionFileFields
        }
        grade {
          ...GradeFields
        }
      }
      cohort {
        id
        name
      }
      assignment {
        id
        title
        dueDates {
          cohortId
          dueAt
        }
        instructionsHtml
        submissionKind
        maxAttempts
        anonymousGrading
        doubleMarking
        doubleMarkingThreshold
        module {
          id
          title
        }
        rubric {
          ...RubricFields
        }
      }
      grades {
        ...GradeFields
      }
    }
  }
`);

export const SaveGradeDocument = graphql(`
  mutation SaveGrade($input: SaveGradeInput!) {
    saveGrade(input: $input) {
      ...GradeFields
    }
  }
`);

/** The total and verdict the scores so far would give: the API's rule, shown while scoring. */
export const RubricVerdictDocument = graphql(`
  query RubricVerdict($input: RubricVerdictInput!) {
    rubricVerdict(input: $input) {
      totalPoints
      maxPoints
      passed
      complete
    }
  }
`);

export const ReleaseGradesDocument = graphql(`
  mutation ReleaseGrades($submissionIds: [ID!]!) {
    releaseGrades(submissionIds: $submissionIds) {
      id
      status
    }
  }
`);

export const RequestRevisionDocument = graphql(`
  mutation RequestRevision($input: RequestRevisionInput!) {
    requestRevision(input: $input) {
      id
      status
    }
  }
`);

export const GrantExtensionDocument = graphql(`
  mutation GrantExtension($input: GrantExtensionInput!) {
    grantExtension(input: $input) {
      ...ExtensionFields
    }
  }
`);

export const RevokeExtensionDocument = graphql(`
  mutation RevokeExtension($input: RevokeExtensionInput!) {
    revokeExtension(input: $input)
  }
`);

/** Every student of a cohort and where they stand on one assignment. */
export const AssignmentCohortOverviewDocument = graphql(`
  query AssignmentCohortOverview($assignmentId: ID!, $cohortId: ID!) {
    assignment(id: $assignmentId) {
      id
      title
    }
    assignmentCohortOverview(assignmentId: $assignmentId, cohortId: $cohortId) {
      assignmentId
      cohortId
      cohortName
      cohortDueAt
      anonymousGrading
      students {
        studentId
        studentName
        attemptsHidden
        attempts
        latestStatus
        latestSubmissionId
        late
        effectiveDueAt
        extension {
          ...ExtensionFields
        }
      }
    }
  }
`);
