/** What a notification tells its recipient about. */
export enum NotificationKind {
  INTERVIEW_SCHEDULED = 'INTERVIEW_SCHEDULED',
  STAFFING_CHANGE_AWAITING_APPROVAL = 'STAFFING_CHANGE_AWAITING_APPROVAL',
  DELIVERABLE_AWAITING_SIGN_OFF = 'DELIVERABLE_AWAITING_SIGN_OFF',
  ROLL_OFF_SOON = 'ROLL_OFF_SOON',
}

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  [NotificationKind.INTERVIEW_SCHEDULED]: 'Interview scheduled',
  [NotificationKind.STAFFING_CHANGE_AWAITING_APPROVAL]: 'Staffing change awaiting approval',
  [NotificationKind.DELIVERABLE_AWAITING_SIGN_OFF]: 'Deliverable awaiting sign-off',
  [NotificationKind.ROLL_OFF_SOON]: 'Roll-off within two weeks',
};
