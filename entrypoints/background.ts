import { defineBackground } from 'wxt/utils/define-background';
import { installPanelOpener } from '@/lib/browser/panel-opener';
import { installReminders } from '@/lib/browser/reminders';

export default defineBackground(() => {
  installPanelOpener();
  installReminders();
});
