import { useI18n } from '../app/services';

/** The ⤢ button that opens what the side panel shows in a full tab. */
export function OpenInTabButton(props: { onClick: () => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      class="button button--icon"
      aria-label={t('openInTab')}
      title={t('openInTab')}
      onClick={() => props.onClick()}
    >
      <span aria-hidden="true">⤢</span>
    </button>
  );
}
