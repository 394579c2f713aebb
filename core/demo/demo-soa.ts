import type { z } from 'zod';
import { ANNEX_A_CONTROLS, type AnnexATheme } from '../frameworks/annex-a';
import type { registersSchema } from '../model/registers';

type RegistersInput = z.input<typeof registersSchema>;
type SoaInput = NonNullable<RegistersInput['soa']>[number];
type RiskInput = NonNullable<RegistersInput['risks']>[number];

const EXCLUSIONS: Readonly<Record<string, string>> = {
  '7.12':
    'Office cabling belongs to the landlord of the serviced office and no in-scope system depends on the office network; staff connect over encrypted links to cloud services.',
  '8.30':
    'All software is developed by employees; no development is outsourced. To be reconsidered if contract developers are engaged.',
};

const NOT_YET_COMPLETE: Readonly<Record<string, SoaInput['implementation']>> = {
  '5.7': 'partially-implemented',
  '5.30': 'partially-implemented',
  '8.11': 'partially-implemented',
  '8.12': 'planned',
  '8.16': 'partially-implemented',
  '8.28': 'partially-implemented',
};

const THEME_REASONS: Readonly<Record<AnnexATheme, string>> = {
  organizational: 'Needed to run the ISMS and to meet customer contract requirements.',
  people: 'Needed because staff and contractors handle customer data.',
  physical: 'Needed for the Bristol office and for staff devices used at home and when travelling.',
  technological: 'Needed to protect the cloud platform and corporate IT.',
};

/** One SoA decision for each of the 93 Annex A controls, justified by the demo's risks. */
export const buildDemoSoa = (risks: readonly RiskInput[]): SoaInput[] =>
  ANNEX_A_CONTROLS.map((control) => {
    const exclusion = EXCLUSIONS[control.id];
    if (exclusion) {
      return {
        control: control.id,
        applicable: false,
        justification: exclusion,
        implementation: 'not-implemented',
      };
    }
    const treated = risks.filter((r) => (r.controls ?? []).includes(control.id)).map((r) => r.id);
    const riskReason = treated.length ? `Treats risk ${treated.join(', ')}. ` : '';
    return {
      control: control.id,
      applicable: true,
      justification: `${riskReason}${THEME_REASONS[control.theme]}`,
      implementation: NOT_YET_COMPLETE[control.id] ?? 'implemented',
    };
  });
