// The GraphQL documents the identity specs send, written once.
export const USER_FIELDS = 'id email name roles status locale deactivatedAt';

export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { user { ${USER_FIELDS} } } }`;
export const LOGOUT = 'mutation { logout }';
export const ME = `{ me { ${USER_FIELDS} } }`;
export const SET_MY_LOCALE = 'mutation SetMyLocale($locale: Locale!) { setMyLocale(locale: $locale) { id locale } }';

export const INVITE_USER = `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { ${USER_FIELDS} } }`;
export const ACCEPT_INVITATION = `mutation Accept($input: SetPasswordInput!) {
  acceptInvitation(input: $input) { user { ${USER_FIELDS} } }
}`;
export const RESEND_INVITATION = `mutation Resend($userId: ID!) { resendInvitation(userId: $userId) { id status } }`;

export const REQUEST_PASSWORD_RESET = `mutation RequestReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input)
}`;
export const RESET_PASSWORD = `mutation Reset($input: SetPasswordInput!) {
  resetPassword(input: $input) { user { ${USER_FIELDS} } }
}`;

export const SET_USER_ROLES = `mutation SetRoles($input: SetUserRolesInput!) { setUserRoles(input: $input) { id roles } }`;
export const DEACTIVATE_USER = `mutation Deactivate($userId: ID!) { deactivateUser(userId: $userId) { id status deactivatedAt } }`;
export const REACTIVATE_USER = `mutation Reactivate($userId: ID!) { reactivateUser(userId: $userId) { id status } }`;

export const USERS = `query Users($filter: UsersFilterInput, $page: PageInput) {
  users(filter: $filter, page: $page) {
    totalCount offset limit
    items { id email name roles status discipline { id code } organisation { id name } }
  }
}`;
