import { installPanelOpener } from '@/lib/browser/panel-opener';

export default defineBackground(() => {
  installPanelOpener();
});
