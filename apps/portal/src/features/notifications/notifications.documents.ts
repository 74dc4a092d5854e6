import { graphql } from '../../gql';

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MyNotificationsDocument = graphql(`
  query MyNotifications($page: PageInput, $unreadOnly: Boolean) {
    unreadNotificationCount
    myNotifications(page: $page, unreadOnly: $unreadOnly) {
      totalCount
      offset
      limit
      items {
        id
        kind
        link
        createdAt
        readAt
        params {
          name
          value
        }
      }
    }
  }
`);

export const MarkNotificationReadDocument = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const MyNotificationSettingsDocument = graphql(`
  query MyNotificationSettings {
    myNotificationSettings {
      digestHour
      preferences {
        kind
        email
      }
    }
  }
`);

export const SetNotificationPreferenceDocument = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $email: EmailMode!) {
    setNotificationPreference(kind: $kind, email: $email) {
      digestHour
      preferences {
        kind
        email
      }
    }
  }
`);

export const SetDigestHourDocument = graphql(`
  mutation SetDigestHour($hour: Int!) {
    setDigestHour(hour: $hour) {
      digestHour
      preferences {
        kind
        email
      }
    }
  }
`);

export const UnsubscribeDocument = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token)
  }
`);
