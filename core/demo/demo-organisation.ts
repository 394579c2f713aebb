import type { z } from 'zod';
import type { workspaceSchema } from '../model/workspace';

type WorkspaceInput = z.input<typeof workspaceSchema>;

/** Brightwater Analytics: a fictional 85-person SaaS company preparing for its first audit. */
export const DEMO_ORGANISATION: WorkspaceInput['organisation'] = {
  name: 'Brightwater Analytics',
  legalName: 'Brightwater Analytics Ltd',
  shortName: 'Brightwater',
  description:
    'Brightwater Analytics builds and operates a cloud analytics platform that helps mid-sized retailers forecast demand and plan stock. Customers upload sales and inventory data; the platform returns forecasts, dashboards and replenishment suggestions.',
  address: '4th Floor, 27 Harbour Street, Bristol BS1 4RN, United Kingdom',
  website: 'https://brightwater.example',
  industry: 'Software as a service (retail analytics)',
  headcount: 85,
  locations: [
    {
      name: 'Bristol head office',
      address: '4th Floor, 27 Harbour Street, Bristol BS1 4RN, United Kingdom',
      inScope: true,
    },
    { name: 'Remote workers (UK and US)', address: 'Home offices', inScope: true },
    {
      name: 'Cloud production environment',
      address: 'Hosted in two EU regions of a major cloud provider',
      inScope: true,
    },
    {
      name: 'Leeds sales office',
      address: '12 Wellington Place, Leeds LS1 4AP, United Kingdom',
      inScope: false,
    },
  ],
  scope: {
    statement:
      'The information security management system of Brightwater Analytics covers the design, development, operation and support of the Brightwater forecasting platform, and the people, processes, systems and locations that deliver it.',
    inScope: [
      'The Brightwater forecasting platform (web application, APIs and data pipelines)',
      'Customer data received, processed and stored by the platform',
      'Software engineering, product management, customer support and IT operations',
      'Corporate IT: laptops, identity provider, collaboration and code hosting services',
      'The Bristol head office and staff working remotely',
    ],
    outOfScope: [
      {
        item: 'The Leeds sales office',
        justification:
          'Sales staff in Leeds hold no customer platform data and use only corporate SaaS tools that are managed from Bristol under the ISMS.',
      },
      {
        item: 'Physical security of the cloud provider data centres',
        justification:
          'Operated by the cloud provider under its own certified ISMS; managed here as a supplier relationship.',
      },
    ],
    interfaces: [
      {
        party: 'Cloud hosting provider',
        description: 'Infrastructure, physical data centre security and platform services.',
      },
      {
        party: 'Customers',
        description: 'Data uploads through the API and web application; support requests.',
      },
      {
        party: 'Payroll and HR bureau',
        description: 'Receives employee personal data for payroll; outside the platform.',
      },
    ],
  },
  documentIdPrefix: 'BWA',
  classification: {
    levels: [
      { name: 'Public', description: 'Approved for publication, such as marketing material.' },
      {
        name: 'Internal',
        description: 'Day-to-day business information for staff and contractors.',
      },
      {
        name: 'Confidential',
        description: 'Customer data, contracts, financial and personnel records.',
      },
      {
        name: 'Restricted',
        description: 'Secrets, keys, board matters and security incident details.',
      },
    ],
    default: 'Internal',
  },
  reviewCycleMonths: 12,
  logo: null,
};

export const DEMO_PEOPLE: WorkspaceInput['people'] = [
  {
    id: 'maria-okafor',
    name: 'Maria Okafor',
    jobTitle: 'Chief Executive Officer',
    email: 'maria.okafor@brightwater.example',
  },
  {
    id: 'daniel-reyes',
    name: 'Daniel Reyes',
    jobTitle: 'Chief Technology Officer',
    email: 'daniel.reyes@brightwater.example',
  },
  {
    id: 'priya-shah',
    name: 'Priya Shah',
    jobTitle: 'Head of Information Security',
    email: 'priya.shah@brightwater.example',
  },
  {
    id: 'tom-becker',
    name: 'Tom Becker',
    jobTitle: 'Compliance and ISMS Manager',
    email: 'tom.becker@brightwater.example',
  },
  {
    id: 'aisha-khan',
    name: 'Aisha Khan',
    jobTitle: 'Data Protection Officer',
    email: 'aisha.khan@brightwater.example',
  },
  {
    id: 'liam-walsh',
    name: 'Liam Walsh',
    jobTitle: 'IT Operations Manager',
    email: 'liam.walsh@brightwater.example',
  },
  {
    id: 'sofia-marin',
    name: 'Sofia Marin',
    jobTitle: 'Head of People',
    email: 'sofia.marin@brightwater.example',
  },
  {
    id: 'kenji-sato',
    name: 'Kenji Sato',
    jobTitle: 'Engineering Lead',
    email: 'kenji.sato@brightwater.example',
  },
  {
    id: 'hannah-price',
    name: 'Hannah Price',
    jobTitle: 'General Counsel',
    email: 'hannah.price@brightwater.example',
  },
  {
    id: 'owen-hughes',
    name: 'Owen Hughes',
    jobTitle: 'Office and Facilities Manager',
    email: 'owen.hughes@brightwater.example',
  },
  {
    id: 'grace-lee',
    name: 'Grace Lee',
    jobTitle: 'Internal Auditor (contracted)',
    email: 'grace.lee@auditpartners.example',
  },
];

export const DEMO_ROLES: WorkspaceInput['roles'] = {
  topManagement: 'maria-okafor',
  ismsManager: 'tom-becker',
  ciso: 'priya-shah',
  dpo: 'aisha-khan',
  itManager: 'liam-walsh',
  hrManager: 'sofia-marin',
  engineeringLead: 'kenji-sato',
  legalCounsel: 'hannah-price',
  facilitiesManager: 'owen-hughes',
  internalAuditor: 'grace-lee',
};
