// Routes: the public portal loads eagerly (the first view of most visitors); every other page,
// sign-in included, and the signed-in layout are lazy chunks, so the portal's first load carries
// none of their code. `preloadFor` starts loading the chunks of a signed-in address at once.
import { lazy, Suspense, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { assessmentFormPath, signedInAreaPattern, type AccountRole, type SessionInfo } from '@dti/contract';
import { prefetchAssessmentForm } from './features/assessment/form-prefetch';
import { RequireRole } from './features/session/require-role';
import { BootScreen } from './features/shell/boot-screen';
import { useSession } from './features/session/session-context';
import PublicHomePage from './routes/public-home.page';

const loadAppLayout = () => import('./features/shell/app-layout');
const loadAssessmentPage = () => import('./routes/assessment.page');
const AppLayout = lazy(() => loadAppLayout().then((m) => ({ default: m.AppLayout })));

const SignInPage = lazy(() => import('./routes/sign-in.page'));
const WorkspacePage = lazy(() => import('./routes/workspace.page'));
const FrameworksPage = lazy(() => import('./routes/frameworks.page'));
const FrameworkPage = lazy(() => import('./routes/framework.page'));
const FrameworkDiffPage = lazy(() => import('./routes/framework-diff.page'));
const UnitsPage = lazy(() => import('./routes/units.page'));
const UsersPage = lazy(() => import('./routes/users.page'));
const ReorganisationPage = lazy(() => import('./routes/reorganisation.page'));
const AuditPage = lazy(() => import('./routes/audit.page'));
const NotFoundPage = lazy(() => import('./routes/not-found.page'));
const AssessmentPage = lazy(loadAssessmentPage);
const AppraisalPage = lazy(() => import('./routes/appraisal.page'));
const ReviewUnitPage = lazy(() => import('./routes/review-unit.page'));
const ResultsPage = lazy(() => import('./routes/results.page'));
const PeriodsPage = lazy(() => import('./routes/periods.page'));
const ProvenancePage = lazy(() => import('./routes/provenance.page'));
const ObjectionsPage = lazy(() => import('./routes/objections.page'));
const MyResultsPage = lazy(() => import('./routes/my-results.page'));

function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="40vh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

function SignedIn({ roles, children }: { roles?: readonly AccountRole[]; children: ReactNode }) {
  const { user } = useSession();
  const guarded = roles ? (
    <RequireRole roles={roles}>{children}</RequireRole>
  ) : (
    <RequireRole>{children}</RequireRole>
  );
  if (!user) return guarded;
  return (
    <AppLayout>
      <Suspense fallback={<PageLoader />}>{guarded}</Suspense>
    </AppLayout>
  );
}

/**
 * Starts loading what an address needs before the session is known: the signed-in layout's code for
 * every /app and /admin address; for the officer's form also its code, and its reads as soon as
 * `session` answers (form-prefetch.ts). Without it, these would wait for the session request, then
 * for each other.
 */
export function preloadFor(
  address: { pathname: string; search: string },
  session: Promise<SessionInfo | null>,
): void {
  if (!signedInAreaPattern.test(address.pathname)) return;
  void loadAppLayout();
  if (address.pathname !== assessmentFormPath) return;
  void loadAssessmentPage();
  void prefetchAssessmentForm(session, address.search);
}

/** The application's routes. */
export function App() {
  return (
    <Suspense fallback={<BootScreen />}>
      <Switch>
        <Route path="/" component={PublicHomePage} />
        <Route path="/sign-in" component={SignInPage} />
        <Route path="/nguon-goc-bo-chi-so" component={ProvenancePage} />
        <Route path="/app">
          <SignedIn>
            <WorkspacePage />
          </SignedIn>
        </Route>
        <Route path="/app/assessment">
          <SignedIn roles={['unit_officer', 'unit_head']}>
            <AssessmentPage />
          </SignedIn>
        </Route>
        <Route path="/app/my-results">
          <SignedIn roles={['unit_officer', 'unit_head']}>
            <MyResultsPage />
          </SignedIn>
        </Route>
        <Route path="/app/appraisal">
          <SignedIn roles={['council_member', 'admin']}>
            <AppraisalPage />
          </SignedIn>
        </Route>
        <Route path="/app/appraisal/:year/:unitCode">
          {(params) => (
            <SignedIn roles={['council_member', 'admin', 'leader']}>
              <ReviewUnitPage year={Number(params.year)} unitCode={decodeURIComponent(params.unitCode)} />
            </SignedIn>
          )}
        </Route>
        <Route path="/app/results">
          <SignedIn roles={['admin', 'council_member', 'leader']}>
            <ResultsPage />
          </SignedIn>
        </Route>
        <Route path="/app/objections">
          <SignedIn roles={['unit_officer', 'unit_head', 'council_member', 'admin', 'leader']}>
            <ObjectionsPage />
          </SignedIn>
        </Route>
        <Route path="/admin/periods">
          <SignedIn roles={['admin']}>
            <PeriodsPage />
          </SignedIn>
        </Route>
        <Route path="/frameworks">
          <SignedIn>
            <FrameworksPage />
          </SignedIn>
        </Route>
        <Route path="/frameworks/compare">
          <SignedIn>
            <FrameworkDiffPage />
          </SignedIn>
        </Route>
        <Route path="/frameworks/:id">
          {(params) => (
            <SignedIn>
              <FrameworkPage id={params.id} />
            </SignedIn>
          )}
        </Route>
        <Route path="/admin/units/reorganise">
          <SignedIn roles={['admin']}>
            <ReorganisationPage />
          </SignedIn>
        </Route>
        <Route path="/admin/units">
          <SignedIn roles={['admin', 'leader']}>
            <UnitsPage />
          </SignedIn>
        </Route>
        <Route path="/admin/users">
          <SignedIn roles={['admin']}>
            <UsersPage />
          </SignedIn>
        </Route>
        <Route path="/admin/audit">
          <SignedIn roles={['admin']}>
            <AuditPage />
          </SignedIn>
        </Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </Suspense>
  );
}
