import type { FieldProblem } from '../common/graphql-errors';

/** What every kind of evidence states about itself, as typed in a form. */
export interface EvidenceDetailsValues {
  title: string;
  description: string;
  coversFrom: string;
  coversTo: string;
  validUntil: string;
  requirementIds: string[];
  deliverableIds: string[];
}

export type EvidenceDetailsErrors = Partial<Record<keyof EvidenceDetailsValues, string>>;

export const TITLE_MIN_LENGTH = 3;
export const TITLE_MAX_LENGTH = 200;

export function emptyEvidenceDetails(
  initial: Partial<EvidenceDetailsValues> = {},
): EvidenceDetailsValues {
  return {
    title: '',
    description: '',
    coversFrom: '',
    coversTo: '',
    validUntil: '',
    requirementIds: [],
    deliverableIds: [],
    ...initial,
  };
}

/** The checks the API makes too, made first so the user hears of them before sending. */
export function validateEvidenceDetails(values: EvidenceDetailsValues): EvidenceDetailsErrors {
  const errors: EvidenceDetailsErrors = {};
  const title = values.title.trim();

  if (title.length < TITLE_MIN_LENGTH) {
    errors.title = `Enter a title of at least ${TITLE_MIN_LENGTH} characters`;
  } else if (title.length > TITLE_MAX_LENGTH) {
    errors.title = `Keep the title under ${TITLE_MAX_LENGTH} characters`;
  }

  // YYYY-MM-DD strings compare as calendar days.
  if (values.coversFrom && values.coversTo && values.coversTo < values.coversFrom) {
    errors.coversTo = 'Must not be before the first day covered';
  }

  return errors;
}

export function hasErrors(errors: object): boolean {
  return Object.values(errors).some(Boolean);
}

/** Server field problems for the fields of this form, by field name. */
export function detailsErrorsFrom(problems: readonly FieldProblem[]): EvidenceDetailsErrors {
  const errors: EvidenceDetailsErrors = {};
  for (const problem of problems) {
    const field = problem.field as keyof EvidenceDetailsValues;
    if (field in emptyEvidenceDetails()) errors[field] ??= problem.message;
  }

  return errors;
}

/** The details as the API's inputs take them: empty optional fields are left out. */
export function evidenceDetailsInput(values: EvidenceDetailsValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    coversFrom: values.coversFrom || undefined,
    coversTo: values.coversTo || undefined,
    validUntil: values.validUntil || undefined,
    requirementIds: values.requirementIds,
    deliverableIds: values.deliverableIds,
  };
}
