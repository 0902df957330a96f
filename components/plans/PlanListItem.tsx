import { createSignal, Show } from 'solid-js';
import { formatRelative } from '@/lib/i18n/format';
import type { PlanEntry } from '@/lib/sync/plan-index';
import { useI18n, useServices } from '../app/services';

/** One plan in the list: open it, rename it in place, or ask to delete it. */
export function PlanListItem(props: {
  entry: PlanEntry;
  onOpen: () => void;
  onDelete: () => void;
  onRenamed: () => void;
}) {
  const services = useServices();
  const { t, locale } = useI18n();
  const [renaming, setRenaming] = createSignal(false);
  const [title, setTitle] = createSignal('');

  const startRename = () => {
    setTitle(props.entry.title);
    setRenaming(true);
  };
  const saveRename = async (event: SubmitEvent) => {
    event.preventDefault();
    const next = title().trim();
    if (next !== '' && next !== props.entry.title) {
      await services.directory.rename(props.entry.id, next);
      props.onRenamed();
    }
    setRenaming(false);
  };

  return (
    <li class="plan-item">
      <Show
        when={renaming()}
        fallback={
          <>
            <button type="button" class="plan-item__open" onClick={() => props.onOpen()}>
              <span class="plan-item__title">{props.entry.title}</span>
              <span class="plan-item__meta">
                <Show when={props.entry.organisation}>{props.entry.organisation} · </Show>
                {t('lastChanged', {
                  when: formatRelative(props.entry.updatedAt, services.now(), locale()),
                })}
              </span>
            </button>
            <div class="plan-item__actions">
              <button type="button" class="button button--small" onClick={startRename}>
                {t('rename')}
              </button>
              <button
                type="button"
                class="button button--small button--quiet-danger"
                onClick={() => props.onDelete()}
              >
                {t('delete')}
              </button>
            </div>
          </>
        }
      >
        <form class="plan-item__rename" onSubmit={(e) => void saveRename(e)}>
          <input
            class="input"
            aria-label={t('planTitle')}
            value={title()}
            ref={(el) => queueMicrotask(() => el.select())}
            onInput={(e) => setTitle(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setRenaming(false);
            }}
          />
          <button type="submit" class="button button--small button--primary">
            {t('save')}
          </button>
          <button type="button" class="button button--small" onClick={() => setRenaming(false)}>
            {t('cancel')}
          </button>
        </form>
      </Show>
    </li>
  );
}
