import {
  createMemo,
  createResource,
  createSignal,
  Match,
  onCleanup,
  onMount,
  Show,
  Switch,
} from 'solid-js';
import type { ManagedPolicy } from '@/lib/browser/managed-policy';
import { parseRoute, routeHash, type ItemRef, type Route } from '@/lib/browser/route';
import type { Clip } from '@/lib/clip/clip';
import type { Settings } from '@/lib/browser/storage-items';
import type { StartingSettings } from '@/lib/browser/app-services';
import { matchLocale } from '@/lib/i18n/locales';
import { makeTranslator } from '@/lib/i18n/translate';
import { ClipDialog } from '../clip/ClipDialog';
import { DashboardPage } from '../dashboard/DashboardPage';
import { DemoLoader } from '../plans/DemoLoader';
import { PlanListPage } from '../plans/PlanListPage';
import { PlanPage } from '../plan/PlanPage';
import { ReportPage } from '../report/ReportPage';
import { SettingsPage } from '../settings/SettingsPage';
import {
  I18nContext,
  ServicesContext,
  SettingsContext,
  type AppServices,
  type I18n,
} from './services';
import './app.css';

/** The whole planner, for the side panel and the full tab alike. */
export function App(props: { services: AppServices }) {
  // The services are wired once per page and never replaced.
  // eslint-disable-next-line solid/reactivity
  const services = props.services;
  const [settings, setSettings] = createSignal<Settings | null>(null);
  const [managed, setManaged] = createSignal<ManagedPolicy>({});
  const readManaged = async () => {
    if (services.loadManagedPolicy) setManaged(await services.loadManagedPolicy());
  };
  const [route, setRoute] = createSignal<Route>(parseRoute(location.hash));
  // Where "Back" on the settings page leads: the page the user came from.
  const [returnTo, setReturnTo] = createSignal<Route>({ page: 'list' });
  const goTo = (next: Route) => {
    const current = route();
    if (next.page === 'settings' && current.page !== 'settings') setReturnTo(current);
    setRoute(next);
  };
  const [storageFull, setStorageFull] = createSignal(false);
  // Text clipped with "Add to plan", waiting for the member to say where it goes.
  const [clip, setClip] = createSignal<Clip | null>(null);

  const locale = createMemo(() => {
    const chosen = settings()?.language ?? 'auto';
    return chosen === 'auto' ? matchLocale(services.browserLanguage) : chosen;
  });
  const translator = createMemo(() => makeTranslator(locale()));
  const i18n: I18n = { locale, t: (key, params) => translator()(key, params) };

  const navigate = (next: Route) => {
    goTo(next);
    const hash = routeHash(next);
    if (location.hash !== hash) history.replaceState(null, '', hash);
    if (next.page === 'plan') void services.lastPlan.set(next.planId);
  };

  // Where the services have no stand-in for a slow managed storage: both read, neither waiting.
  const readSettingsAndPolicy = async (): Promise<StartingSettings> => {
    const [settings, policy] = await Promise.all([
      services.loadSettings(),
      services.loadManagedPolicy?.() ?? {},
    ]);
    return { settings, policy, fresh: Promise.resolve(null) };
  };

  const [initial] = createResource(async () => {
    const start = await (services.loadStartingSettings?.() ?? readSettingsAndPolicy());
    setManaged(start.policy);
    setSettings(start.settings);
    // Shown with the policy read last time: the browser's answer replaces it when it comes.
    void start.fresh.then((next) => {
      if (!next) return;
      setManaged(next.policy);
      setSettings(next.settings);
    });
    // The side panel reopens the plan it showed last; a tab follows its address.
    if (services.surface === 'panel' && route().page === 'list') {
      const last = await services.lastPlan.get();
      const entry = last ? await services.directory.get(last) : undefined;
      if (entry && entry.deletedAt === null) navigate({ page: 'plan', planId: last });
    }
    void services.directory.purgeExpired();
    return true;
  });

  onMount(() => {
    const onHash = () => goTo(parseRoute(location.hash));
    const onRejection = (event: PromiseRejectionEvent) => {
      const reason: unknown = event.reason;
      if (reason instanceof DOMException && reason.name === 'QuotaExceededError')
        setStorageFull(true);
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('unhandledrejection', onRejection);
    // A change of policy reaches the page as changed settings: read the policy again then.
    const unwatchClips = services.clips?.watch(setClip);
    const unwatch = services.watchSettings((next) => {
      setSettings(next);
      void readManaged();
    });
    onCleanup(() => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('unhandledrejection', onRejection);
      unwatch();
      unwatchClips?.();
    });
  });

  // A clip went into a sheet: the panel opens the plan on that sheet.
  const afterClip = async (planId: string, sheetId: string) => {
    setClip(null);
    await services.clips?.clear();
    const place = { sheetId, scrollTop: 0, scrollLeft: 0, at: services.now() };
    await services.panelPlace?.set(planId, place);
    navigate({ page: 'plan', planId });
  };

  const updateSettings = (next: Settings) => {
    setSettings(next);
    void services.saveSettings(next);
  };

  return (
    <ServicesContext.Provider value={services}>
      <I18nContext.Provider value={i18n}>
        <div class="app" classList={{ 'app--panel': services.surface === 'panel' }} lang={locale()}>
          <Show when={storageFull()}>
            <p class="banner banner--error" role="alert">
              {i18n.t('storageFull')}
            </p>
          </Show>
          <Show when={initial() && settings()}>
            {(current) => (
              <SettingsContext.Provider
                value={{
                  settings: current,
                  update: updateSettings,
                  openSettings: () => navigate({ page: 'settings' }),
                  managed,
                }}
              >
                <Switch>
                  <Match when={route().page === 'list'}>
                    <PlanListPage
                      settings={current()}
                      onSettings={updateSettings}
                      onOpen={(planId) => navigate({ page: 'plan', planId })}
                    />
                  </Match>
                  <Match when={route().page === 'settings'}>
                    <SettingsPage onBack={() => navigate(returnTo())} />
                  </Match>
                  <Match when={route().page === 'demo'}>
                    <DemoLoader onReady={(planId) => navigate({ page: 'plan', planId })} />
                  </Match>
                  <Match when={reportIdOf(route())}>
                    {(planId) => (
                      <ReportPage
                        planId={planId()}
                        onBack={() => navigate({ page: 'plan', planId: planId() })}
                      />
                    )}
                  </Match>
                  <Match when={dashboardIdOf(route())}>
                    {(planId) => (
                      <DashboardPage
                        planId={planId()}
                        onBack={() => navigate({ page: 'plan', planId: planId() })}
                      />
                    )}
                  </Match>
                  <Match when={planIdOf(route())}>
                    {(planId) => (
                      <PlanPage
                        planId={planId()}
                        item={itemOf(route())}
                        actor={current().displayName}
                        onBack={() => navigate({ page: 'list' })}
                        onOpenPlan={(id) => navigate({ page: 'plan', planId: id })}
                      />
                    )}
                  </Match>
                </Switch>
                <Show when={clip()}>
                  {(current) => (
                    <ClipDialog
                      clip={current()}
                      currentPlanId={planIdOf(route()) || null}
                      onAdded={(planId, sheetId) => void afterClip(planId, sheetId)}
                      onCancel={() => {
                        setClip(null);
                        void services.clips?.clear();
                      }}
                    />
                  )}
                </Show>
              </SettingsContext.Provider>
            )}
          </Show>
        </div>
      </I18nContext.Provider>
    </ServicesContext.Provider>
  );
}

function planIdOf(route: Route): string | false {
  return route.page === 'plan' ? route.planId : false;
}

function itemOf(route: Route): ItemRef | undefined {
  return route.page === 'plan' ? route.item : undefined;
}

function reportIdOf(route: Route): string | false {
  return route.page === 'report' ? route.planId : false;
}

function dashboardIdOf(route: Route): string | false {
  return route.page === 'dashboard' ? route.planId : false;
}
