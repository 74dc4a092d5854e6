import { graphql } from '../../gql';

export const PublicCatalogueDocument = graphql(`
  query PublicCatalogue {
    publicCatalogue {
      id
      code
      title
      description
      targetAudience
      certificateValidityMonths
      requiresTrackCode
      requiresTrackTitle
      totalStudyHours
      totalAccreditationPoints
      modules {
        id
        title
        summary
        position
        studyHours
        accreditationPoints
        lessonCount
      }
    }
  }
`);

export const SubmitIntakeRequestDocument = graphql(`
  mutation SubmitIntakeRequest($input: SubmitIntakeRequestInput!) {
    submitIntakeRequest(input: $input) {
      id
    }
  }
`);
