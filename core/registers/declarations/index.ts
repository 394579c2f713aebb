import type { RegisterKey } from '../../model/registers';
import type { RegisterDeclaration } from '../types';
import { assets, suppliers } from './assets';
import { audits, findings } from './audits';
import { contextIssues, interestedParties, legalRequirements } from './context';
import { improvements, nonconformities } from './improvement';
import { incidents } from './incidents';
import { acknowledgements, competence } from './people';
import { measurements, metrics, objectives } from './performance';
import { managementReviews } from './reviews';
import { risks, treatments } from './risks';
import { soa } from './soa';

/** Every register's declaration, by its key in `workspace.registers`. */
export const DECLARATIONS: { readonly [K in RegisterKey]: RegisterDeclaration<K> } = {
  contextIssues,
  interestedParties,
  legalRequirements,
  assets,
  suppliers,
  risks,
  treatments,
  soa,
  objectives,
  metrics,
  measurements,
  competence,
  acknowledgements,
  incidents,
  audits,
  findings,
  nonconformities,
  improvements,
  managementReviews,
};
