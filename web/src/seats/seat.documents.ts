import { graphql } from '../gql';

export const engagementStaffingQuery = graphql(`
  query EngagementStaffing($id: ID!) {
    engagement(id: $id) {
      id
      accountLead {
        id
      }
      client {
        id
      }
      seats {
        id
        version
        state
        role
        seniority
        skills
        targetAllocationPercent
        neededFrom
        neededUntil
        candidates {
          id
          version
          state
          pitch
          engineer {
            id
            fullName
            seniority
          }
          interviews {
            id
            version
            scheduledAt
            timeZone
            durationMinutes
            videoLink
            outcome
            feedback
            feedbackVisibility
            interviewers {
              id
              displayName
            }
          }
        }
      }
      staffingChanges {
        id
        version
        kind
        state
        effectiveDate
        reason
        role
        seniority
        skills
        allocationPercent
        seatCount
        newEndDate
        previousEndDate
        rejectionReason
        createdAt
        clientApprovedAt
        agencyApprovedAt
        requestedBy {
          id
          displayName
        }
        clientApprovedBy {
          displayName
        }
        agencyApprovedBy {
          displayName
        }
        rejectedBy {
          displayName
        }
        assignment {
          id
          engineer {
            fullName
          }
        }
        engineer {
          fullName
        }
        seat {
          id
          role
        }
      }
    }
  }
`);

export const rosterQuery = graphql(`
  query Roster($engagementId: ID!, $asOf: LocalDate!) {
    roster(engagementId: $engagementId, asOf: $asOf) {
      id
      role
      allocationPercent
      startDate
      endDate
      overAllocations {
        from
        until
        allocationPercent
      }
      engineer {
        id
        fullName
        seniority
        location
        skills
        contactEmail
      }
    }
  }
`);
