import type { Profile } from '../../../../core/api/contract';
import type { FieldErrors } from './profile-draft';

export type SectionProps = {
  draft: Profile;
  errors: FieldErrors;
  edit: (change: (draft: Profile) => void) => void;
};
