import type { ColumnFiltersState } from '@tanstack/react-table';
import { Icon } from '../../components/Icon';
import { scalarText } from './cell-format';
import { filterableFields } from './register-columns';
import { plural, type RegisterSpec } from './register-spec';

export type ExternalFilter = { readonly label: string; readonly clear: () => void };

type ToolbarProps = {
  spec: RegisterSpec;
  query: string;
  onQuery: (query: string) => void;
  filters: ColumnFiltersState;
  onFilters: (filters: ColumnFiltersState) => void;
  external: ExternalFilter | null;
  shown: number;
  total: number;
};

/** "1 risk", "12 risks". */
export const countOf = (spec: RegisterSpec, count: number) =>
  `${count} ${count === 1 ? spec.singular : plural(spec.singular)}`;

/** The search box, a filter per graded column, and how many entries pass them. */
export const RegisterToolbar = (props: ToolbarProps) => {
  const { spec, query, onQuery, filters, onFilters, external, shown, total } = props;
  const valueOf = (key: string) => scalarText(filters.find((f) => f.id === key)?.value);
  const setFilter = (key: string, value: string) =>
    onFilters([...filters.filter((f) => f.id !== key), ...(value ? [{ id: key, value }] : [])]);
  const fields = filterableFields(spec.fields.filter((f) => f.inTable !== false));
  return (
    <div className="toolbar reg-toolbar">
      <input
        type="search"
        className="search-input reg-search"
        placeholder={`Search ${spec.title.toLowerCase()}`}
        aria-label={`Search ${spec.title.toLowerCase()}`}
        style={{ width: `calc(${`Search ${spec.title}`.length}ch + 36px)` }}
        value={query}
        data-testid="register-search"
        onChange={(event) => onQuery(event.target.value)}
      />
      {fields.map((field) => (
        <label key={field.key} className="reg-filter">
          <span>{field.label}</span>
          <select
            value={valueOf(field.key)}
            data-testid={`filter-${field.key}`}
            onChange={(event) => setFilter(field.key, event.target.value)}
          >
            <option value="">All</option>
            {(field.kind === 'boolean'
              ? [
                  { value: 'true', label: 'Yes' },
                  { value: 'false', label: 'No' },
                ]
              : (field.options ?? [])
            ).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      {external ? (
        <span className="reg-filter-chip" data-testid="external-filter">
          {external.label}
          <button
            type="button"
            className="icon-button"
            aria-label={`Clear the filter: ${external.label}`}
            onClick={external.clear}
          >
            <Icon name="close" size={14} />
          </button>
        </span>
      ) : null}
      <span className="reg-count muted" data-testid="register-count" aria-live="polite">
        {shown === total ? countOf(spec, total) : `${shown} of ${countOf(spec, total)} shown`}
      </span>
    </div>
  );
};
