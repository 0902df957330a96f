import { isLocale, type Locale } from '../i18n/locales';
import {
  mergeRelays,
  missingRelays,
  parseNetworkSettings,
  type IceServer,
} from '../sync/connection-settings';
import type { Settings } from './storage-items';

// What an IT department presets through the browser's managed storage (public/managed_schema.json,
// docs/managed-deployment.md). Each field is absent when the policy does not set it; a field it
// sets wins over the member's own setting and cannot be changed in the settings page.

/** The managed policy, as read and checked from managed storage. */
export interface ManagedPolicy {
  /** Relays every member uses; shown first and not removable. */
  relays?: string[];
  /** STUN/TURN servers; replace the member's own. */
  iceServers?: IceServer[];
  /** The interface language; replaces the member's choice. */
  language?: Locale;
  /**
   * Whether relays outside `relays` ("public" relays: any relay not in the managed list) may be
   * added, in settings or through an invite code. Unset means yes.
   */
  allowOtherRelays?: boolean;
}

/** Reads managed storage, keeping only well-formed fields (junk reads as "not set"). */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const policy: ManagedPolicy = {};
  const network = parseNetworkSettings(value);
  if (Array.isArray(value.relays)) policy.relays = network.relays;
  if (Array.isArray(value.iceServers)) policy.iceServers = network.iceServers;
  if (isLocale(value.language)) policy.language = value.language;
  if (typeof value.allowOtherRelays === 'boolean') policy.allowOtherRelays = value.allowOtherRelays;
  return policy;
}

/** Whether the policy sets anything at all. */
export function isManaged(policy: ManagedPolicy): boolean {
  return Object.keys(policy).length > 0;
}

/** Whether a relay may be used: it is in the managed list, or the policy allows others. */
export function relayAllowed(policy: ManagedPolicy, relay: string): boolean {
  if (policy.allowOtherRelays !== false) return true;
  return missingRelays(policy.relays ?? [], [relay]).length === 0;
}

/** The relays of a list that the policy does not allow (empty when all are allowed). */
export function relaysNotAllowed(policy: ManagedPolicy, relays: readonly string[]): string[] {
  return relays.filter((relay) => !relayAllowed(policy, relay));
}

/** The settings in effect: the member's own with the managed values laid over them. */
export function applyManagedPolicy(own: Settings, policy: ManagedPolicy): Settings {
  const ownRelays = own.relays.filter((relay) => relayAllowed(policy, relay));
  return {
    ...own,
    language: policy.language ?? own.language,
    relays: mergeRelays(policy.relays ?? [], ownRelays).relays,
    iceServers: policy.iceServers ? policy.iceServers.map((s) => ({ ...s })) : own.iceServers,
  };
}

/**
 * The member's own settings to store, from settings in effect that a view changed: managed
 * values are not stored as the member's (so that they follow the policy when it changes).
 */
export function ownSettings(
  next: Settings,
  previousOwn: Settings,
  policy: ManagedPolicy,
): Settings {
  return {
    ...next,
    language: policy.language ? previousOwn.language : next.language,
    relays: missingRelays(policy.relays ?? [], next.relays),
    iceServers: policy.iceServers ? previousOwn.iceServers : next.iceServers,
  };
}
