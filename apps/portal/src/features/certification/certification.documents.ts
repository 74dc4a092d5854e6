import { graphql } from '../../gql';

export const MyCertificatesDocument = graphql(`
  query MyCertificates {
    myCertificates {
      id
      number
      trackTitle
      status
      issuedAt
      expiresAt
      revokedAt
      accreditationPoints
      verifyUrl
      pdfDownloadPath
      credentialDownloadPath
      replacedByNumber
    }
  }
`);

export const VerifyCertificateDocument = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      number
      holderName
      trackTitle
      issuedAt
      expiresAt
      accreditationPoints
      signatoryName
      status
      revokedAt
      replacedByNumber
      uploadMaxBytes
    }
  }
`);

export const CertificationTracksDocument = graphql(`
  query CertificationTracks {
    tracks {
      id
      code
      title
    }
  }
`);

export const CertificateEligibilityDocument = graphql(`
  query CertificateEligibility($trackId: ID, $page: PageInput) {
    certificateEligibility(trackId: $trackId, page: $page) {
      totalCount
      offset
      limit
      items {
        studentId
        studentName
        studentEmail
        eligible
        missingModules
        missingLessons
        unmetRequirements
        requiredTrack
        noModules
        accreditationPoints
        certificateNumber
      }
    }
  }
`);

export const TrackCertificatesDocument = graphql(`
  query TrackCertificates($trackId: ID, $page: PageInput) {
    certificates(trackId: $trackId, page: $page) {
      totalCount
      offset
      limit
      items {
        id
        number
        holderName
        status
        issuedAt
        expiresAt
        revokedAt
        revocationReason
        replacedByNumber
        pdfDownloadPath
        verifyUrl
      }
    }
  }
`);

export const IssueCertificateDocument = graphql(`
  mutation IssueCertificate($input: IssueCertificateInput!) {
    issueCertificate(input: $input) {
      id
      number
    }
  }
`);

export const RevokeCertificateDocument = graphql(`
  mutation RevokeCertificate($input: RevokeCertificateInput!) {
    revokeCertificate(input: $input) {
      id
      status
    }
  }
`);

export const VerifyCredentialDocument = graphql(`
  query VerifyCredential($credential: String!) {
    verifyCredential(credential: $credential) {
      authentic
      valid
      certificate {
        number
        status
      }
    }
  }
`);
