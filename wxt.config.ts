import { defineConfig } from 'wxt';

// The public key fixes the Chromium extension id (foojdolkcogbfjnlbaiojemoklakpcfg) for
// unpacked builds, so that scripts and tests can open its pages by address. Stores ignore it.
const CHROMIUM_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6c2aLaB3WWP8hRG5/4MZxvTYQcGvCbqe7J47L0i9i3dUHuYn9P7PByzototU0d+0GZscPW74hZznyy4B4shcnmxWHEd+qAiZdFH6OVfDf6Droquw0eLWxYcjxoGOabuxMjb92ULzxPM/c/FzQ6eVMsRvvg53uKgbrOJD9398lNG/Nnd/wdVttEO97UIJaKzTpmpf53p7xwpzX3a2/CmYACgZ4Uve3Y0RI/OoF4fX1a1CY8k4XsaDqe8w6Wrp5C9SVTN/8/Aq5OvXbrF4cjNeKbq6ZE9Kt0+z60FCMnyxhZPNIZCm6nhkCsQttAX61uAZSyX0Wgf5BETs8ZalqUoFPQIDAQAB';

// Manifest as a function of the target: a static `sidePanel` permission would leak into
// Firefox's manifest, where the sidebar is declared instead.
export default defineConfig({
  modules: ['@wxt-dev/module-solid'],
  // Explicit imports only: auto-imported globals would slip past the layering lint rules.
  imports: false,
  zip: { excludeSources: ['test-results/**', '.cache/**', '.ci/**'] },
  manifest: ({ browser }) => ({
    // Name and description in the browser's language, from public/_locales/<lang>/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      // Reminders: the daily notification and the hourly badge count.
      'alarms',
      'notifications',
      // "Add to plan" on selected text: the menu item, and the clicked tab's title and address
      // for that click only. No host permissions, no content script.
      'contextMenus',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The toolbar icon, in both browsers (each would otherwise fall back to `icons`).
    action: {
      default_title: 'Forankra',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    // What an IT department may preset (docs/managed-deployment.md). Firefox reads managed
    // storage from its enterprise policies instead and rejects this key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // Only the extension's own scripts run in its pages: no remote code, no eval, no plugins.
    // connect-src stays open: members and their IT department choose the relays.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'; base-uri 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    // Alt+Shift+F opens the panel; the browser's shortcut settings may change it, and list it
    // by its description, in the browser's language.
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+F' },
              description: '__MSG_commandToggleSidebar__',
            },
          }
        : {
            'open-side-panel': {
              suggested_key: { default: 'Alt+Shift+F' },
              description: '__MSG_commandOpenPanel__',
            },
          },
    ...(browser === 'firefox' ? {} : { key: CHROMIUM_KEY }),
    // The code needs Array.prototype.at (Firefox 90) and Web Locks (96, one page per browser
    // connecting to the members): 115 is the oldest ESR newer than both.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'forankra@forankra.app', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
