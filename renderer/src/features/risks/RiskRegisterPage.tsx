import { useMemo, useState } from 'react';
import { riskMethodSchema, type RiskMethod } from '../../../../core/model/registers';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import type { QueryState } from '../../components/use-query';
import { useQuery } from '../../components/use-query';
import type { RegisterClient } from '../registers/register-client';
import {
  PEOPLE_LOOKUP,
  type Entry,
  type Lookups,
  type RegisterSpec,
} from '../registers/register-spec';
import { RegisterPage } from '../registers/RegisterPage';
import { inCell, type HeatSelection } from './heat-map';
import { RiskHeatMap } from './RiskHeatMap';
import { RiskMethodPanel } from './RiskMethodPanel';

const DEFAULT_METHOD: RiskMethod = riskMethodSchema.parse({});
const NOBODY: ReadonlyMap<string, string> = new Map();

const selectionLabel = (s: HeatSelection) =>
  `${s.axis === 'inherent' ? 'Inherent' : 'Residual'} likelihood ${s.likelihood}, impact ${s.impact}`;

/**
 * The risk register with the risk method's state (and its approval) and the inherent and
 * residual heat maps; a cell filters the table.
 */
export const RiskRegisterPage = (props: {
  spec: RegisterSpec;
  client: RegisterClient;
  entries: QueryState<Entry[]>;
  lookups: Lookups;
}) => {
  const { api } = useServices();
  const dir = useSession().workspace.dir;
  const settings = useQuery(`register-settings:${dir}`, () => api['registers.settings']({ dir }));
  const profile = useQuery(`register-profile:${dir}`, () => api['profile.get']({ dir }));
  const method = settings.data?.riskMethod ?? DEFAULT_METHOD;
  const { reload: reloadEntries } = props.entries;
  const { reload: reloadSettings } = settings;
  const [selection, setSelection] = useState<HeatSelection | null>(null);
  const external = useMemo(
    () =>
      selection
        ? {
            label: selectionLabel(selection),
            clear: () => setSelection(null),
            test: (entry: Entry) => inCell(entry, selection),
          }
        : null,
    [selection],
  );
  return (
    <RegisterPage
      {...props}
      external={external}
      above={
        <>
          {settings.data ? (
            <RiskMethodPanel
              key={JSON.stringify(method)}
              method={method}
              people={props.lookups[PEOPLE_LOOKUP] ?? NOBODY}
              topManagement={profile.data?.roles.topManagement ?? null}
              onSaved={() => {
                reloadSettings();
                reloadEntries();
              }}
            />
          ) : null}
          <RiskHeatMap
            risks={props.entries.data ?? []}
            method={method}
            selection={selection}
            onSelect={setSelection}
          />
        </>
      }
    />
  );
};
