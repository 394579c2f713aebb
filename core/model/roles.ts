import { z } from 'zod';
import { lazySchema } from './lazy-schema';

/** The ISMS roles a template can name; each holds a person id. */
export const ROLE_KEYS = [
  'topManagement',
  'ismsManager',
  'ciso',
  'dpo',
  'itManager',
  'hrManager',
  'engineeringLead',
  'legalCounsel',
  'facilitiesManager',
  'internalAuditor',
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

export const ROLE_TITLES: Readonly<Record<RoleKey, string>> = {
  topManagement: 'Top Management Representative',
  ismsManager: 'ISMS Manager',
  ciso: 'Chief Information Security Officer',
  dpo: 'Data Protection Officer',
  itManager: 'IT Operations Manager',
  hrManager: 'People and HR Manager',
  engineeringLead: 'Engineering Lead',
  legalCounsel: 'Legal Counsel',
  facilitiesManager: 'Facilities Manager',
  internalAuditor: 'Internal Auditor',
};

/** Roles a workspace cannot do without: clause 5.1 and 5.3 need someone in each. */
export const ALWAYS_NEEDED_ROLES = ['topManagement', 'ismsManager'] as const satisfies RoleKey[];

const OPTIONAL_ROLE_KEYS = ROLE_KEYS.filter(
  (key): key is Exclude<RoleKey, (typeof ALWAYS_NEEDED_ROLES)[number]> =>
    !(ALWAYS_NEEDED_ROLES as readonly string[]).includes(key),
);
export type OptionalRoleKey = (typeof OPTIONAL_ROLE_KEYS)[number];

/** A role the organisation adds to the fixed ten, such as a Privacy Champion. */
export const customRoleSchema = lazySchema(() =>
  z.object({
    /** What templates use: `roles.privacyChampion.name`. */
    key: z
      .string()
      .regex(
        /^[a-z][A-Za-z0-9]{1,39}$/,
        'use letters and digits, starting with a lower-case letter, such as privacyChampion',
      )
      .refine((key) => !(ROLE_KEYS as readonly string[]).includes(key), {
        message: 'this is the key of a built-in role',
      }),
    title: z.string().trim().min(1),
    holder: z.string().nullable().default(null),
    responsibilities: z.string().trim().default(''),
  }),
);

/**
 * Custom roles, and the fixed roles the organisation does not have (a small company without a
 * Data Protection Officer), each with the reason. A role marked not applicable no longer counts
 * as unfilled: documents print "Not applicable" and the reason.
 */
export const roleSetupSchema = lazySchema(() =>
  z.object({
    custom: z
      .array(customRoleSchema)
      .default(() => [])
      .superRefine((roles, ctx) => {
        const seen = new Set<string>();
        roles.forEach((role, index) => {
          if (seen.has(role.key))
            ctx.addIssue({
              code: 'custom',
              path: [index, 'key'],
              message: 'another role has this key',
            });
          seen.add(role.key);
        });
      }),
    notApplicable: z
      .partialRecord(z.enum(OPTIONAL_ROLE_KEYS), z.string().trim())
      .default(() => ({})),
  }),
);

export type CustomRole = z.infer<typeof customRoleSchema>;
export type RoleSetup = z.infer<typeof roleSetupSchema>;

/** Whether a fixed role is marked not applicable (holding someone does not undo that). */
export const isNotApplicable = (setup: RoleSetup, key: string): boolean =>
  Object.hasOwn(setup.notApplicable, key);
