import { graphql } from '../../gql';

export const UserRowFragment = graphql(`
  fragment UserRow on User {
    id
    name
    email
    roles
    status
    createdAt
    deactivatedAt
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

export const UsersDocument = graphql(`
  query Users($filter: UsersFilterInput, $page: PageInput) {
    users(filter: $filter, page: $page) {
      totalCount
      offset
      limit
      items {
        ...UserRow
      }
    }
  }
`);

export const InviteOptionsDocument = graphql(`
  query InviteOptions {
    disciplines {
      id
      code
      nameNl
      nameEn
    }
    organisations(page: { limit: 100 }) {
      totalCount
      items {
        id
        name
      }
    }
  }
`);

export const InviteUserDocument = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      ...UserRow
    }
  }
`);

export const SetUserRolesDocument = graphql(`
  mutation SetUserRoles($input: SetUserRolesInput!) {
    setUserRoles(input: $input) {
      ...UserRow
    }
  }
`);

export const DeactivateUserDocument = graphql(`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      ...UserRow
    }
  }
`);

export const ReactivateUserDocument = graphql(`
  mutation ReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      ...UserRow
    }
  }
`);

export const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($userId: ID!) {
    resendInvitation(userId: $userId) {
      ...UserRow
    }
  }
`);
