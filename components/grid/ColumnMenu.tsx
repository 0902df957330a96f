import { Menu, type MenuItem } from '../common/Menu';
import type { ColumnInfo } from '@/lib/model/schema';
import { useI18n } from '../app/services';
import type { ColumnAction } from './ColumnHeader';

/** What can be done to a column: sort, filter, group, and (when editable) change it. */
export function ColumnMenu(props: {
  column: ColumnInfo;
  x: number;
  y: number;
  readOnly: boolean;
  isFirst: boolean;
  isLast: boolean;
  onAction: (action: ColumnAction) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const items = (): MenuItem<ColumnAction>[] => [
    { id: 'sortAsc', label: t('sortAscending') },
    { id: 'sortDesc', label: t('sortDescending') },
    { id: 'clearSort', label: t('clearSort') },
    { id: 'filter', label: t('filterColumn') },
    { id: 'groupBy', label: t('groupByColumn'), disabled: props.column.type !== 'choice' },
    { id: 'rename', label: t('renameColumn'), disabled: props.readOnly },
    { id: 'retype', label: t('changeType'), disabled: props.readOnly },
    { id: 'insertLeft', label: t('insertColumnLeft'), disabled: props.readOnly },
    { id: 'insertRight', label: t('insertColumnRight'), disabled: props.readOnly },
    { id: 'moveLeft', label: t('moveColumnLeft'), disabled: props.readOnly || props.isFirst },
    { id: 'moveRight', label: t('moveColumnRight'), disabled: props.readOnly || props.isLast },
    { id: 'hide', label: t('hideColumn'), disabled: props.readOnly },
  ];
  return (
    <Menu<ColumnAction>
      label={t('columnMenu', { column: props.column.name })}
      x={props.x}
      y={props.y}
      items={items()}
      onSelect={(id) => props.onAction(id)}
      onClose={() => props.onClose()}
    />
  );
}
