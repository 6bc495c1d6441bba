import { isRuleCode, isSeveritySetting, type RuleCode, type SeveritySetting } from '../core';

export interface ServerSettings {
  /** Severities from the editor (`articlemark.rules`); articlemark.json wins where both speak. */
  readonly rules: Partial<Record<RuleCode, SeveritySetting>>;
  readonly inlayHints: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = { rules: {}, inlayHints: true };

/** Reads the `articlemark` settings section, ignoring what it does not understand (settings come from users). */
export function readSettings(section: unknown): ServerSettings {
  if (typeof section !== 'object' || section === null) return DEFAULT_SETTINGS;
  const raw = section as { rules?: unknown; inlayHints?: unknown };
  const rules: Partial<Record<RuleCode, SeveritySetting>> = {};
  if (typeof raw.rules === 'object' && raw.rules !== null) {
    for (const [code, severity] of Object.entries(raw.rules as Record<string, unknown>)) {
      if (isRuleCode(code) && isSeveritySetting(severity)) rules[code] = severity;
    }
  }
  const hints = raw.inlayHints as { enabled?: unknown } | undefined;
  const inlayHints = typeof hints === 'object' && hints !== null && typeof hints.enabled === 'boolean' ? hints.enabled : true;
  return { rules, inlayHints };
}
