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

export const ModuleRegisterPointsDocument = graphql(`
  query ModuleRegisterPoints($moduleId: ID!) {
    registers {
      code
    }
    moduleRegisterPoints(moduleId: $moduleId) {
      register
      points
    }
  }
`);

export const SetModuleRegisterPointsDocument = graphql(`
  mutation SetModuleRegisterPoints($input: SetModuleRegisterPointsInput!) {
    setModuleRegisterPoints(input: $input) {
      register
      points
    }
  }
`);

export const DisciplinesDocument = graphql(`
  query AccreditationDisciplines {
    disciplines {
      id
      nameNl
      nameEn
    }
    registers {
      code
    }
  }
`);

export const DisciplineRegistersDocument = graphql(`
  query DisciplineRegisters($disciplineId: ID!) {
    registers(disciplineId: $disciplineId) {
      code
    }
  }
`);

export const SetDisciplineRegistersDocument = graphql(`
  mutation SetDisciplineRegisters($input: SetDisciplineRegistersInput!) {
    setDisciplineRegisters(input: $input) {
      code
    }
  }
`);
