import { graphql } from '../../gql';

/** The home page in one request: the API decides which parts there are and what is in them. */
export const MyDashboardDocument = graphql(`
  query MyDashboard {
    myDashboard {
      unreadNotifications {
        totalCount
        items {
          id
          kind
          link
          createdAt
          params {
            name
            value
          }
        }
      }
      student {
        continueLesson {
          lessonId
          lessonTitle
          moduleId
          moduleTitle
        }
        dueSoon {
          days
          totalCount
          items {
            dueAt
            extended
            assignment {
              id
              title
              module {
                id
                title
              }
              mySubmissions {
                id
                attempt
                status
                late
                grade {
                  id
                  passed
                }
              }
            }
          }
        }
        latestFeedback {
          id
          attempt
          assignment {
            id
            title
          }
          grade {
            id
            passed
            feedbackHtml
            releasedAt
          }
        }
      }
      docent {
        waitingForGrading {
          totalWaiting
          entries {
            cohortId
            cohortName
            assignmentId
            assignmentTitle
            waiting
            oldestSubmittedAt
          }
        }
      }
      admin {
        openIntakeRequests {
          totalCount
          items {
            id
            name
            organisation
            createdAt
          }
        }
        openProposals {
          totalCount
          items {
            id
            trackTitle
            groupCount
            studentCount
            createdAt
          }
        }
      }
    }
  }
`);
