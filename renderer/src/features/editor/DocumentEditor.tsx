import type { EditorView } from '@codemirror/view';
import { EditorSelection } from '@codemirror/state';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiOutput, Profile } from '../../../../core/api/contract';
import type { DocumentMeta } from '../../../../core/model/workspace';
import type { SyntaxProblem } from '../../../../core/templates/syntax-check';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { couldNot } from '../../components/errors';
import { useQuery } from '../../components/use-query';
import { CodeEditor } from './CodeEditor';
import { EditorToolbar } from './EditorToolbar';
import { completionNames } from './field-names';
import { listFields, type FieldEntry } from './fields-list';
import { SidePanel } from './SidePanel';
import { checkSyntax } from './syntax-check-lazy';
import { BodyConflictBanner } from './BodyConflictBanner';
import { isBodyConflict } from './body-conflict';
import { PreviewPane } from './PreviewPane';
import type { BodyEdit } from './preview-echo';
import { liquidSignature, refetchAfterSave } from './after-save';
import { useBodyAutosave } from './use-body-autosave';
import { useExport } from './use-export';
import { usePreview } from './use-preview';

type Loaded = ApiOutput<'documents.get'>;

const SYNTAX_HINT = 'The preview shows the text as it was before; exports wait until this is fixed';

/** `shown` when `fresh` holds the same data, else `fresh`. */
const sameData = <T,>(shown: T, fresh: T): T =>
  JSON.stringify(shown) === JSON.stringify(fresh) ? shown : fresh;

/** Keeps the preview at the same relative position as the editor while the editor scrolls. */
const followScroll = (editor: EditorView, paneOf: () => HTMLElement | null) => {
  const scroller = editor.scrollDOM;
  scroller.addEventListener('scroll', () => {
    const pane = paneOf();
    if (!pane) return;
    const range = scroller.scrollHeight - scroller.clientHeight;
    const ratio = range > 0 ? scroller.scrollTop / range : 0;
    pane.scrollTop = ratio * (pane.scrollHeight - pane.clientHeight);
  });
};

/** Loads a document, then shows the editor, the live preview and the side panel. */
export const DocumentEditor = ({ id }: { id: string }) => {
  const { api } = useServices();
  const { workspace } = useSession();
  const dir = workspace.dir;
  // Bumped to open the document afresh from disk (after a conflict, the other program's text).
  const [opening, setOpening] = useState(0);
  const doc = useQuery(`document:${dir}:${id}:${opening}`, () => api['documents.get']({ dir, id }));
  if (doc.error && !doc.data) {
    return (
      <div className="page">
        <p className="banner banner-error" role="alert">
          {couldNot(`open ${id}`, doc.error)}
        </p>
      </div>
    );
  }
  if (!doc.data) return <p className="page-loading">Opening {id}…</p>;
  return <EditorScreen key={opening} loaded={doc.data} onReload={() => setOpening((n) => n + 1)} />;
};

const EditorScreen = ({ loaded, onReload }: { loaded: Loaded; onReload: () => void }) => {
  const services = useServices();
  const { workspace } = useSession();
  const dir = workspace.dir;
  const id = loaded.meta.id;
  const [meta, setMeta] = useState<DocumentMeta>(loaded.meta);
  const [fields, setFields] = useState(loaded.fields);
  const [revision, setRevision] = useState(0);
  const profile = useQuery(`profile:${dir}`, () => services.api['profile.get']({ dir }));
  const view = useRef<EditorView | null>(null);
  const preview = useRef<HTMLElement | null>(null);
  // The text lives in CodeMirror; this copy is for exports' syntax check, never for rendering.
  const latestBody = useRef(loaded.body);
  // Set by the editor's linter on opening and shortly after typing stops; React hears only of a
  // different error (or none), so a check after each pause in typing renders nothing.
  const [syntax, setSyntax] = useState<SyntaxProblem | null>(null);
  const syntaxShown = useRef<SyntaxProblem | null>(null);
  const onSyntax = useCallback((problem: SyntaxProblem | null) => {
    const shown = syntaxShown.current;
    if (shown === problem || (shown && problem && shown.message === problem.message)) return;
    syntaxShown.current = problem;
    setSyntax(problem);
  }, []);

  // A saved edit may start a new draft revision of an approved document: the save's answer is
  // the saved metadata; the state and history are fetched again only when they can have changed,
  // and the fields only when the Liquid tags or their places did (see after-save.ts), so slow
  // saves while typing do not each add two more calls.
  const [saves, setSaves] = useState(0);
  const shownMeta = useRef(loaded.meta);
  const fieldsOf = useRef(liquidSignature(loaded.body));
  const refreshAfterSave = useCallback(
    (saved: DocumentMeta, body: string) => {
      const refetch = refetchAfterSave({
        shown: shownMeta.current,
        saved,
        fieldsOf: fieldsOf.current,
        body,
      });
      shownMeta.current = saved;
      // Usually unchanged after a save: the same state keeps React from rendering the screen.
      setMeta((shown) => sameData(shown, saved));
      if (refetch.control) setSaves((n) => n + 1);
      if (!refetch.fields) return;
      fieldsOf.current = liquidSignature(body);
      services.api['documents.get']({ dir, id }).then(
        (fresh) => setFields((shown) => sameData(shown, fresh.fields)),
        () => {
          fieldsOf.current = '';
        },
      );
    },
    [services.api, dir, id],
  );
  const control = useQuery(`control:${dir}:${id}:${saves}:${revision}`, () =>
    services.api['documents.control']({ dir, id }),
  );
  const autosave = useBodyAutosave(id, loaded.body, refreshAfterSave, loaded.revision);
  const live = usePreview(dir, id, loaded.body, revision);
  const unfilled = live.unfilled ?? loaded.unfilled;
  const entries = useMemo(() => listFields(fields, unfilled), [fields, unfilled]);
  const names = useMemo(() => completionNames(fields.map((f) => f.field)), [fields]);
  const entriesRef = useRef(entries);
  useEffect(() => {
    entriesRef.current = entries;
  });

  const { change } = autosave;
  const { update } = live;
  // Called by CodeMirror on every change: nothing here sets React state.
  const onChange = useCallback(
    (next: string, edit: BodyEdit | null) => {
      latestBody.current = next;
      change(next);
      update(next, edit);
    },
    [change, update],
  );

  const jumpTo = useCallback((entry: Pick<FieldEntry, 'line' | 'column'>) => {
    const editor = view.current;
    if (!editor) return;
    const line = editor.state.doc.line(Math.min(Math.max(entry.line, 1), editor.state.doc.lines));
    const pos = Math.min(line.from + Math.max(entry.column - 1, 0), line.to);
    editor.dispatch({ selection: EditorSelection.cursor(pos), scrollIntoView: true });
    editor.focus();
  }, []);
  const onFieldClick = useCallback(
    (field: string) => {
      const entry = entriesRef.current.find((e) => e.field === field);
      if (entry) jumpTo(entry);
    },
    [jumpTo],
  );

  const { flush } = autosave;
  const saveNow = useCallback(() => void flush(), [flush]);
  const { exporting, runExport } = useExport({
    dir,
    id,
    title: meta.title,
    unfilledCount: new Set(unfilled.map((u) => u.field)).size,
    flush,
    checkSyntax: () => checkSyntax(latestBody.current),
  });

  const onMetaSaved = useCallback((next: DocumentMeta) => {
    shownMeta.current = next;
    setMeta(next);
    setRevision((r) => r + 1);
  }, []);
  const { replace: replaceProfile } = profile;
  const onProfileSaved = useCallback(
    (next: Profile) => {
      replaceProfile(next);
      setRevision((r) => r + 1);
    },
    [replaceProfile],
  );
  const onView = useCallback((v: EditorView | null) => {
    view.current = v;
    if (!v) return;
    followScroll(v, () => preview.current);
    // Opened from the list (by click or Enter): typing goes straight into the text.
    v.focus();
  }, []);

  return (
    <div className="editor-page">
      <EditorToolbar
        meta={meta}
        control={control.data?.view}
        snapshot={autosave.snapshot}
        exporting={exporting}
        onExport={runExport}
        onSaveNow={saveNow}
      />
      {isBodyConflict(autosave.snapshot.error) ? (
        <BodyConflictBanner id={id} autosave={autosave} onReload={onReload} />
      ) : null}
      <div className="editor-split">
        <section className="editor-pane" aria-label="Editor">
          <CodeEditor
            initialDoc={loaded.body}
            onChange={onChange}
            onSaveNow={saveNow}
            names={names}
            onSyntax={onSyntax}
            checkSyntax={live.checkSyntax}
            onView={onView}
          />
        </section>
        <PreviewPane
          blocks={live.blocks}
          echoes={live.echoes}
          error={syntax ? `${syntax.message}. ${SYNTAX_HINT}` : live.error}
          paneRef={preview}
          onFieldClick={onFieldClick}
        />
        <SidePanel
          entries={entries}
          meta={meta}
          profile={profile.data}
          onJump={jumpTo}
          onMetaSaved={onMetaSaved}
          onProfileSaved={onProfileSaved}
          control={control.data}
          flush={flush}
        />
      </div>
    </div>
  );
};
