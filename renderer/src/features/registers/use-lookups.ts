import { useEffect, useState } from 'react';
import type { Api } from '../../../../core/api/contract';
import { ANNEX_A_CONTROLS } from '../../../../core/frameworks/annex-a';
import { isRegisterName, registerNamed } from '../../../../core/registers/registry';
import { scalarText } from './cell-format';
import { PEOPLE_LOOKUP, type Lookups, type RegisterSpec } from './register-spec';
import { CLASSIFICATION_LOOKUP, CONTROLS_LOOKUP, DOCUMENTS_LOOKUP } from './spec-from-declaration';

const CONTROLS: ReadonlyMap<string, string> = new Map(ANNEX_A_CONTROLS.map((c) => [c.id, c.title]));

const labelOf = (row: Readonly<Record<string, unknown>>, idField: string) => {
  for (const key of ['title', 'name', 'action', 'requirement', 'party', 'issue', 'objective']) {
    const value = row[key];
    if (typeof value === 'string' && value) return value;
  }
  const id = row[idField];
  return typeof id === 'string' ? id : '';
};

const registerLookup = async (api: Api, dir: string, name: string) => {
  if (!isRegisterName(name)) return new Map<string, string>();
  const idField = registerNamed(name).idField;
  const { rows } = await api['registers.list']({ dir, register: name });
  return new Map(rows.map((row) => [scalarText(row[idField]), labelOf(row, idField)]));
};

export const loadLookup = async (api: Api, dir: string, name: string) => {
  switch (name) {
    case PEOPLE_LOOKUP: {
      const profile = await api['profile.get']({ dir });
      return new Map(profile.people.map((p) => [p.id, p.name]));
    }
    case CONTROLS_LOOKUP:
      return CONTROLS;
    case CLASSIFICATION_LOOKUP: {
      const { organisation } = await api['profile.get']({ dir });
      return new Map(organisation.classification.levels.map((l) => [l.name, l.name]));
    }
    case DOCUMENTS_LOOKUP: {
      // The index is read from the workspace file; the list would render every document.
      const documents = await api['documents.index']({ dir });
      return new Map(documents.map((d) => [d.id, d.title]));
    }
    default:
      return registerLookup(api, dir, name);
  }
};

/** Names for the ids a register's fields point at: people, other registers, controls. */
export const useLookups = (api: Api, dir: string, spec: RegisterSpec, version: number): Lookups => {
  const [lookups, setLookups] = useState<Lookups>({});
  useEffect(() => {
    let live = true;
    const wanted = new Set([PEOPLE_LOOKUP]);
    for (const field of spec.fields) if (field.references) wanted.add(field.references);
    // The register's own ids are known from its rows; only the others are fetched.
    wanted.delete(spec.name);
    void Promise.all(
      [...wanted].map(async (name) => [name, await loadLookup(api, dir, name)] as const),
    ).then(
      (entries) => live && setLookups(Object.fromEntries(entries)),
      () => live && setLookups({}),
    );
    return () => {
      live = false;
    };
  }, [api, dir, spec, version]);
  return lookups;
};
