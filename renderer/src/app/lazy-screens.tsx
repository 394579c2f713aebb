import { lazy, Suspense, type ReactNode } from 'react';

// Screens that carry heavy code (CodeMirror, the register tables, the readiness report and pack,
// the branding preview, management reviews) load on first visit, so the documents list paints
// with only the code it needs.

export const DocumentEditor = lazy(() =>
  import('../features/editor/DocumentEditor').then((m) => ({ default: m.DocumentEditor })),
);
export const RegisterScreen = lazy(() =>
  import('../features/registers/RegisterScreen').then((m) => ({ default: m.RegisterScreen })),
);
export const ReadinessPage = lazy(() =>
  import('../features/readiness/ReadinessPage').then((m) => ({ default: m.ReadinessPage })),
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
