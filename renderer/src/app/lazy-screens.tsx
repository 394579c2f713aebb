import { lazy, Suspense, type ReactNode } from 'react';

// Every screen but the documents list loads on first visit, so the list paints with only the code
// it needs: the editor carries CodeMirror, the registers their tables, and the organisation,
// template and settings screens the schemas (zod) they validate forms with.

export const DocumentEditor = lazy(() =>
  import('../features/editor/DocumentEditor').then((m) => ({ default: m.DocumentEditor })),
);
export const RegisterScreen = lazy(() =>
  import('../features/registers/RegisterScreen').then((m) => ({ default: m.RegisterScreen })),
);
export const ReadinessPage = lazy(() =>
  import('../features/readiness/ReadinessPage').then((m) => ({ default: m.ReadinessPage })),
);
export const OrganisationPage = lazy(() =>
  import('../features/organisation/OrganisationPage').then((m) => ({
    default: m.OrganisationPage,
  })),
);
export const TemplateLibrary = lazy(() =>
  import('../features/templates/TemplateLibrary').then((m) => ({ default: m.TemplateLibrary })),
);
export const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
export const BrandingPage = lazy(() =>
  import('../features/branding/BrandingPage').then((m) => ({ default: m.BrandingPage })),
);

/** Shows a polite, announced "Loading the X…" until a lazily loaded screen is ready. */
export const Loading = ({ what, children }: { what: string; children: ReactNode }) => (
  <Suspense
    fallback={
      <p className="page-loading" role="status" aria-live="polite" data-testid="screen-loading">
        Loading the {what}…
      </p>
    }
  >
    {children}
  </Suspense>
);
