import { lazy, useMemo } from 'react';
import { registerNamed } from '../../../../core/registers/registry';
import type { RegisterName } from '../../../../core/registers/types';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { useQuery } from '../../components/use-query';
import { RiskRegisterPage } from '../risks/RiskRegisterPage';
import { SoaPage } from '../soa/SoaPage';
import { ClimateChangePanel } from './ClimateChangePanel';
import { RegisterPage } from './RegisterPage';
import { createRegisterClient } from './registers-api';
import { specFromDeclaration } from './spec-from-declaration';
import { useLookups } from './use-lookups';

const ManagementReviewPage = lazy(() =>
  import('../management-review/ManagementReviewPage').then((m) => ({
    default: m.ManagementReviewPage,
  })),
);

/** The screen of one register: the generic table and form, or the register's own screen. */
export const RegisterScreen = ({ name }: { name: RegisterName }) => {
  const { api } = useServices();
  const dir = useSession().workspace.dir;
  const spec = useMemo(() => specFromDeclaration(registerNamed(name)), [name]);
  const client = useMemo(() => createRegisterClient(api, dir, name), [api, dir, name]);
  const entries = useQuery(`register:${dir}:${name}`, client.list);
  const lookups = useLookups(api, dir, spec, 0);
  if (name === 'management-reviews') return <ManagementReviewPage />;
  if (name === 'soa') return <SoaPage client={client} entries={entries} lookups={lookups} />;
  if (name === 'risks')
    return <RiskRegisterPage spec={spec} client={client} entries={entries} lookups={lookups} />;
  return (
    <RegisterPage
      spec={spec}
      client={client}
      entries={entries}
      lookups={lookups}
      above={name === 'context-issues' ? <ClimateChangePanel /> : undefined}
    />
  );
};
