/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptInvitation($input: SetPasswordInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: SetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    locale\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      ...SessionUser\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    roles\n    status\n    createdAt\n    deactivatedAt\n    discipline {\n      id\n      nameNl\n      nameEn\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($filter: UsersFilterInput, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...UserRow\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query InviteOptions {\n    disciplines {\n      id\n      code\n      nameNl\n      nameEn\n    }\n    organisations(page: { limit: 100 }) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InviteOptionsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      ...UserRow\n    }\n  }\n": typeof types.ResendInvitationDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptInvitation($input: SetPasswordInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: SetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    locale\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      ...SessionUser\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    roles\n    status\n    createdAt\n    deactivatedAt\n    discipline {\n      id\n      nameNl\n      nameEn\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($filter: UsersFilterInput, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...UserRow\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query InviteOptions {\n    disciplines {\n      id\n      code\n      nameNl\n      nameEn\n    }\n    organisations(page: { limit: 100 }) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.InviteOptionsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      ...UserRow\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      ...UserRow\n    }\n  }\n": types.ResendInvitationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: SetPasswordInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: SetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    locale\n  }\n"): typeof import('./graphql').SessionUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').SetMyLocaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    name\n    email\n    roles\n    status\n    createdAt\n    deactivatedAt\n    discipline {\n      id\n      nameNl\n      nameEn\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UserRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UsersFilterInput, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...UserRow\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteOptions {\n    disciplines {\n      id\n      code\n      nameNl\n      nameEn\n    }\n    organisations(page: { limit: 100 }) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').InviteOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): typeof import('./graphql').InviteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      ...UserRow\n    }\n  }\n"): typeof import('./graphql').SetUserRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n"): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n"): typeof import('./graphql').ReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      ...UserRow\n    }\n  }\n"): typeof import('./graphql').ResendInvitationDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
