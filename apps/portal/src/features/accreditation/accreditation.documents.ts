import { graphql } from '../../gql';

export const AccreditationProfileFieldsFragment = graphql(`
  fragment AccreditationProfileFields on AccreditationProfile {
    studentId
    disciplineName
    offeredRegisters {
      code
      example
    }
    registrations {
      register
      number
      updatedAt
    }
    points {
      year
      register
      points
      registered
      modules {
        moduleId
        moduleTitle
        earnedOn
        points
      }
    }
  }
`);

export const MyAccreditationDocument = graphql(`
  query MyAccreditation {
    accreditation {
      ...AccreditationProfileFields
    }
  }
`);

export const RecordRegistrationDocument = graphql(`
  mutation RecordRegistration($input: RecordRegistrationInput!) {
    recordRegistration(input: $input) {
      ...AccreditationProfileFields
    }
  }
`);

export const RemoveRegistrationDocument = graphql(`
  mutation RemoveRegistration($input: RemoveRegistrationInput!) {
    removeRegistration(input: $input) {
      ...AccreditationProfileFields
    }
  }
`);

export const AccreditationRegistersDocument = graphql(`
  query AccreditationRegisters {
    registers {
      code
    }
  }
`);

export const AccreditationExportDocument = graphql(`
  query AccreditationExport($input: AccreditationExportInput!) {
    accreditationExport(input: $input) {
      register
      from
      to
      fileName
      csv
      rowCount
      totalPoints
      editions {
        cohortId
        cohortName
        trackTitle
        startsOn
        endsOn
        numbers
        count
      }
      missing {
        studentId
        name
        email
        modules
        points
      }
    }
  }
`);
