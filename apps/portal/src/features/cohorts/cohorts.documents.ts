import { graphql } from '../../gql';

export const CohortPersonFieldsFragment = graphql(`
  fragment CohortPersonFields on CohortPerson {
    id
    name
    email
    discipline {
      id
      nameNl
      nameEn
    }
    organisation {
      id
      name
    }
  }
`);

export const CohortMeetingFieldsFragment = graphql(`
  fragment CohortMeetingFields on CohortMeeting {
    id
    startsAt
    endsAt
    topic
    place
    onlineUrl
  }
`);

export const CohortRowFragment = graphql(`
  fragment CohortRow on Cohort {
    id
    name
    startsOn
    endsOn
    mode
    status
    studentCount
    track {
      id
      code
      title
    }
    organisation {
      id
      name
    }
    docents {
      id
      name
    }
  }
`);

export const CohortDetailFragment = graphql(`
  fragment CohortDetail on Cohort {
    ...CohortRow
    proposalId
    docents {
      ...CohortPersonFields
    }
    students {
      ...CohortPersonFields
    }
    meetings {
      ...CohortMeetingFields
    }
  }
`);

export const CohortTracksDocument = graphql(`
  query CohortTracks {
    tracks {
      id
      code
      title
      status
    }
  }
`);

export const CohortsDocument = graphql(`
  query Cohorts($filter: CohortsFilterInput, $page: PageInput) {
    cohorts(filter: $filter, page: $page) {
      totalCount
      offset
      limit
      items {
        ...CohortRow
      }
    }
  }
`);

export const CohortDocument = graphql(`
  query Cohort($id: ID!) {
    cohort(id: $id) {
      ...CohortDetail
    }
  }
`);

export const MyCohortsDocument = graphql(`
  query MyCohorts {
    myCohorts {
      ...CohortDetail
    }
  }
`);

/** Active docents, for the docent pickers (one page is plenty: a training has a handful). */
export const CohortDocentOptionsDocument = graphql(`
  query CohortDocentOptions {
    users(filter: { role: DOCENT, status: ACTIVE }, page: { limit: 100 }) {
      items {
        id
        name
        email
      }
    }
  }
`);

export const CohortOrganisationsDocument = graphql(`
  query CohortOrganisations {
    organisations(page: { limit: 100 }) {
      items {
        id
        name
      }
    }
  }
`);

export const CohortPoolDocument = graphql(`
  query CohortPool($trackId: ID!, $organisationId: ID) {
    cohortPool(trackId: $trackId, organisationId: $organisationId) {
      trackId
      size
      students {
        ...CohortPersonFields
      }
      disciplineCounts {
        count
        disciplineId
        discipline {
          id
          nameNl
          nameEn
        }
      }
    }
  }
`);

export const CohortProposalFieldsFragment = graphql(`
  fragment CohortProposalFields on CohortProposal {
    id
    status
    createdAt
    committedAt
    trackId
    track {
      id
      code
      title
    }
    mode
    organisationId
    organisation {
      id
      name
    }
    chosenPool
    poolSize
    minSize
    maxSize
    groupCount
    seed
    score
    bound
    gap
    pins {
      studentId
      groupIndex
    }
    together {
      a
      b
    }
    apart {
      a
      b
    }
    poolDisciplineCounts {
      count
      disciplineId
      discipline {
        id
        nameNl
        nameEn
      }
    }
    groups {
      index
      size
      distinctDisciplines
      largestDisciplineShare
      organisationDuplicates
      score
      members {
        ...CohortPersonFields
      }
      disciplineCounts {
        count
        disciplineId
      }
    }
    problems {
      reason
      groupIndex
      studentIds
      message
    }
  }
`);

export const CohortProposalDocument = graphql(`
  query CohortProposal($id: ID!) {
    cohortProposal(id: $id) {
      ...CohortProposalFields
    }
  }
`);

export const ProposeCohortsDocument = graphql(`
  mutation ProposeCohorts($input: ProposeCohortsInput!) {
    proposeCohorts(input: $input) {
      ...CohortProposalFields
    }
  }
`);

export const MoveProposalStudentDocument = graphql(`
  mutation MoveProposalStudent($input: MoveProposalStudentInput!) {
    moveProposalStudent(input: $input) {
      ...CohortProposalFields
    }
  }
`);

export const CommitCohortProposalDocument = graphql(`
  mutation CommitCohortProposal($input: CommitCohortProposalInput!) {
    commitCohortProposal(input: $input) {
      cohorts {
        id
        name
      }
    }
  }
`);

export const DiscardCohortProposalDocument = graphql(`
  mutation DiscardCohortProposal($id: ID!) {
    discardCohortProposal(id: $id) {
      id
      status
    }
  }
`);

export const AddCohortDocentDocument = graphql(`
  mutation AddCohortDocent($input: CohortMembershipInput!) {
    addCohortDocent(input: $input) {
      ...CohortDetail
    }
  }
`);

export const RemoveCohortDocentDocument = graphql(`
  mutation RemoveCohortDocent($input: CohortMembershipInput!) {
    removeCohortDocent(input: $input) {
      ...CohortDetail
    }
  }
`);

export const AddCohortMeetingDocument = graphql(`
  mutation AddCohortMeeting($input: AddCohortMeetingInput!) {
    addCohortMeeting(input: $input) {
      ...CohortMeetingFields
    }
  }
`);

export const UpdateCohortMeetingDocument = graphql(`
  mutation UpdateCohortMeeting($input: UpdateCohortMeetingInput!) {
    updateCohortMeeting(input: $input) {
      ...CohortMeetingFields
    }
  }
`);

export const RemoveCohortMeetingDocument = graphql(`
  mutation RemoveCohortMeeting($id: ID!) {
    removeCohortMeeting(id: $id) {
      ...CohortDetail
    }
  }
`);
