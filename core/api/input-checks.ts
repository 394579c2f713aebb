import { z } from 'zod';
import { AppError } from '../errors';
import { peopleListIssues } from '../registers/declarations/directory';

/** A calendar date as the API accepts it, so a bad value is named as input, not as a bad file. */
export const isoDateInput = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD, such as 2027-03-31');

// http(s) only: a javascript: or data: address in a field would become a live link in the
// preview or the Word file. No spaces, quotes or angle brackets, which could end an attribute.
const WEB_ADDRESS =
  /^https?:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?(?:[/?#][^\s"'<>`]*)?$/i;

/** Whether a website field holds nothing or a plain http(s) address. */
export const isWebAddress = (value: string): boolean =>
  value.trim() === '' || WEB_ADDRESS.test(value.trim());

/** Refuses organisation fields that would be unsafe in a document, naming the field. */
export const assertSafeOrganisation = (organisation: { website?: unknown } | undefined): void => {
  const website = organisation?.website;
  if (typeof website !== 'string' || isWebAddress(website)) return;
  throw new AppError(
    'invalid-input',
    'organisation.website: enter an address starting with http:// or https://, such as https://example.com',
    { path: 'organisation.website', value: website },
  );
};

/**
 * Refuses a list of people the People register or the Organisation page would refuse (a shared
 * ID, an e-mail that is not one or belongs to someone else), naming the person's field.
 */
export const assertValidPeople = (
  people: readonly { readonly id: string; readonly email: string }[] | undefined,
): void => {
  const issue = people === undefined ? undefined : peopleListIssues(people)[0];
  if (issue === undefined) return;
  const path = `people.${issue.index}.${issue.field}`;
  throw new AppError('invalid-input', `${path}: ${issue.message}`, { path });
};
