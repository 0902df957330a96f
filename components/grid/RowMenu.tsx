import { Menu } from '../common/Menu';
import { useI18n } from '../app/services';

export type RowAction = 'insertAbove' | 'insertBelow' | 'moveUp' | 'moveDown' | 'delete';

/** What can be done to a row (or the selected rows), from its number or Shift+F10. */
export function RowMenu(props: {
  x: number;
  y: number;
  count: number;
  onAction: (action: RowAction) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Menu<RowAction>
      label={t('rowActions')}
      x={props.x}
      y={props.y}
      items={[
        { id: 'insertAbove', label: t('insertAbove') },
        { id: 'insertBelow', label: t('insertBelow'), hint: 'Ctrl+Shift++' },
        { id: 'moveUp', label: t('moveUp'), hint: 'Alt+↑' },
        { id: 'moveDown', label: t('moveDown'), hint: 'Alt+↓' },
        {
          id: 'delete',
          label: props.count > 1 ? t('deleteRows', { count: props.count }) : t('deleteRow'),
          hint: 'Ctrl+−',
        },
      ]}
      onSelect={(id) => props.onAction(id)}
      onClose={() => props.onClose()}
    />
  );
}
