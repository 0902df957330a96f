import { defineBackground } from 'wxt/utils/define-background';
import { installPanelOpener } from '@/lib/browser/panel-opener';

export default defineBackground(() => {
  installPanelOpener();
});
