import { graphql } from '../../gql';

export const CertificationCohortsDocument = graphql(`
  query CertificationCohorts($trackId: ID!) {
    cohorts(filter: { trackId: $trackId }, page: { limit: 100 }) {
      items {
        id
        name
      }
    }
  }
`);

export const IssueCohortCertificatesDocument = graphql(`
  mutation IssueCohortCertificates($input: IssueCohortCertificatesInput!) {
    issueCohortCertificates(input: $input) {
      id
      cohortId
      cohortName
      status
      total
      issued
      alreadyCertified
      notEligible
      processed
      percent
      running
      createdAt
      finishedAt
    }
  }
`);

export const CertificateBatchesDocument = graphql(`
  query CertificateBatches($cohortId: ID, $page: PageInput) {
    certificateBatches(cohortId: $cohortId, page: $page) {
      totalCount
      items {
        id
        cohortId
        cohortName
        status
        total
        issued
        alreadyCertified
        notEligible
        processed
        percent
        running
        createdAt
        finishedAt
      }
    }
  }
`);

export const ExpiringCertificatesDocument = graphql(`
  query ExpiringCertificates($expiringFrom: DateTime!, $expiringUntil: DateTime!, $page: PageInput) {
    certificates(expiringFrom: $expiringFrom, expiringUntil: $expiringUntil, page: $page) {
      totalCount
      items {
        id
        number
        holderName
        trackTitle
        expiresAt
        verifyUrl
      }
    }
  }
`);
