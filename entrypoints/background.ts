import { defineBackground } from 'wxt/utils/define-background';
import { installClipping } from '@/lib/browser/clipping';
import { installPanelOpener } from '@/lib/browser/panel-opener';
import { installReminders } from '@/lib/browser/reminders';

export default defineBackground(() => {
  installPanelOpener();
  installReminders();
  installClipping();
});
