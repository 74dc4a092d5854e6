import { graphql } from '../../gql';

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        ...SessionUser
      }
    }
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: SetPasswordInput!) {
    acceptInvitation(input: $input) {
      user {
        ...SessionUser
      }
    }
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: SetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        ...SessionUser
      }
    }
  }
`);

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
