import { graphql } from '../../../gql';

export const AuthoringAssignmentFieldsFragment = graphql(`
  fragment AuthoringAssignmentFields on Assignment {
    id
    moduleId
    title
    instructions
    submissionKind
    allowedFileTypes
    maxFileBytes
    passRule
    passMinPoints
    maxAttempts
    anonymousGrading
    doubleMarking
    doubleMarkingThreshold
    updatedAt
    rubric {
      ...RubricFields
    }
  }
`);

/** A module's assignments for the module editor (admins see every one). */
export const AuthoringModuleAssignmentsDocument = graphql(`
  query AuthoringModuleAssignments($moduleId: ID!) {
    assignments(moduleId: $moduleId) {
      id
      title
      maxAttempts
      rubric {
        maxPoints
        criteria {
          id
        }
      }
      dueDates {
        cohortId
      }
    }
  }
`);

export const AuthoringAssignmentDocument = graphql(`
  query AuthoringAssignment($id: ID!) {
    assignment(id: $id) {
      ...AuthoringAssignmentFields
      module {
        id
        title
        trackId
        track {
          id
          title
        }
      }
      dueDates {
        cohortId
        dueAt
      }
    }
  }
`);

export const AuthoringModuleDocument = graphql(`
  query AuthoringModule($id: ID!) {
    module(id: $id) {
      id
      title
      track {
        id
        title
      }
    }
  }
`);

/** The cohorts of a track, for their due dates. */
export const TrackCohortsDocument = graphql(`
  query TrackCohorts($trackId: ID!) {
    cohorts(filter: { trackId: $trackId }, page: { limit: 100 }) {
      totalCount
      items {
        id
        name
        startsOn
        endsOn
        status
      }
    }
  }
`);

export const CreateAssignmentDocument = graphql(`
  mutation CreateAssignment($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      ...AuthoringAssignmentFields
    }
  }
`);

export const UpdateAssignmentDocument = graphql(`
  mutation UpdateAssignment($input: UpdateAssignmentInput!) {
    updateAssignment(input: $input) {
      ...AuthoringAssignmentFields
    }
  }
`);

export const DeleteAssignmentDocument = graphql(`
  mutation DeleteAssignment($id: ID!) {
    deleteAssignment(id: $id)
  }
`);

export const SetAssignmentDueDateDocument = graphql(`
  mutation SetAssignmentDueDate($input: SetAssignmentDueDateInput!) {
    setAssignmentDueDate(input: $input) {
      assignmentId
      cohortId
      dueAt
    }
  }
`);
