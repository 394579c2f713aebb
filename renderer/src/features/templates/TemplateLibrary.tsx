import { useMemo, useState } from 'react';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { useQuery } from '../../components/use-query';
import { groupByClause, groupByTheme, matchesFilter } from './group-templates';
import { TemplateCard } from './TemplateCard';
import { UnusableTemplates } from './UnusableTemplates';

type Grouping = 'clause' | 'theme';

/** The template library, grouped by clause or by Annex A theme, with "Add to workspace". */
export const TemplateLibrary = () => {
  const { api, toasts } = useServices();
  const session = useSession();
  const dir = session.workspace.dir;
  const templates = useQuery(`templates:${dir}`, () => api['templates.list']({ dir }));
  const documents = useQuery(`documents:${dir}`, () => api['documents.list']({ dir }));
  const [grouping, setGrouping] = useState<Grouping>('clause');
  const [filter, setFilter] = useState('');
  const [adding, setAdding] = useState<string | null>(null);

  const groups = useMemo(() => {
    const visible = (templates.data ?? []).filter(
      (t) => t.problem === null && matchesFilter(t, filter),
    );
    return grouping === 'clause' ? groupByClause(visible) : groupByTheme(visible);
  }, [templates.data, grouping, filter]);

  const existing = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const doc of documents.data ?? [])
      map.set(doc.templateId, [...(map.get(doc.templateId) ?? []), doc.id]);
    return map;
  }, [documents.data]);

  const add = async (templateId: string) => {
    setAdding(templateId);
    try {
      const created = await api['documents.create']({ dir, templateId });
      toasts.show('success', `Added ${created.id} ${created.title}.`);
      documents.reload();
    } catch (error) {
      toasts.show('error', `Could not add the document: ${describeError(error)}`);
    } finally {
      setAdding(null);
    }
  };

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Template library</h1>
          <p className="muted">
            Documents that ISO/IEC 27001:2022 asks for, ready to fill from your workspace.
          </p>
        </div>
      </div>
      <div className="toolbar">
        <div className="segmented" role="radiogroup" aria-label="Group templates">
          {(['clause', 'theme'] as const).map((value) => (
            <label key={value} className="segmented-option" data-checked={grouping === value}>
              <input
                type="radio"
                name="grouping"
                value={value}
                checked={grouping === value}
                onChange={() => setGrouping(value)}
                data-testid={`group-by-${value}`}
              />
              {value === 'clause' ? 'By clause' : 'By Annex A theme'}
            </label>
          ))}
        </div>
        <input
          type="search"
          className="search-input"
          placeholder="Filter by title, clause or control"
          aria-label="Filter templates"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          data-testid="template-filter"
        />
      </div>
      {templates.error ? (
        <p className="banner banner-error" role="alert">
          Could not load the templates: {describeError(templates.error)}
        </p>
      ) : null}
      <UnusableTemplates templates={templates.data ?? []} dir={dir} />
      {templates.data && groups.length === 0 ? (
        <p className="muted">No template matches “{filter}”.</p>
      ) : null}
      {groups.map((group) => (
        <section key={group.key} className="template-group" aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`} className="section-title">
            {group.title} <span className="count">{group.templates.length}</span>
          </h2>
          <div className="template-grid">
            {group.templates.map((template) => (
              <TemplateCard
                key={template.id}
                template={template}
                groupKey={group.key}
                existing={existing.get(template.id) ?? []}
                adding={adding === template.id}
                onAdd={() => void add(template.id)}
                onOpen={(id) => void session.navigate({ name: 'editor', id })}
              />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
};
