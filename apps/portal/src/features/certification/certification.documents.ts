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
    }
  }
`);
