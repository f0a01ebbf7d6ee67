// Schemas of the settings messages (lib/protocol.ts declares the messages): a site's choices, the list
// of sites, the theme table with the patterns switched off.
import * as z from 'zod/mini';
import { HighlightGroupSchema, HighlightScopeSchema, SiteSettingsSchema } from '../messages';
import { StoredThemeTableSchema } from './theme-table';

/** A change to a site's settings: a field set to null goes back to the default (undefined does not survive messaging). */
export const SiteChangeSchema = z.strictObject({
  enabled: z.optional(z.nullable(z.boolean())),
  groups: z.optional(z.nullable(z.array(HighlightGroupSchema))),
  scope: z.optional(z.nullable(HighlightScopeSchema)),
});
export type SiteChange = z.infer<typeof SiteChangeSchema>;

/** A host name as `URL.hostname` gives it (lower case; IPv6 in brackets). */
export const HostSchema = z.string().check(z.regex(/^[a-z0-9.:[\]-]{1,253}$/, 'Not a host name.'));

export const SettingsErrorSchema = z.object({ ok: z.literal(false), error: z.string() });
export type SettingsError = z.infer<typeof SettingsErrorSchema>;

export const SiteAnswerSchema = z.object({ ok: z.literal(true), site: z.string(), settings: SiteSettingsSchema });
export const SitesAnswerSchema = z.object({ ok: z.literal(true), sites: z.record(z.string(), SiteSettingsSchema) });

export const PatternReportSchema = z.object({ pattern: z.string(), themes: z.array(z.string()), site: z.string(), at: z.string() });

/** `table: null`: the default themes are in use. */
export const ThemesAnswerSchema = z.object({ ok: z.literal(true), table: z.nullable(StoredThemeTableSchema), reports: z.array(PatternReportSchema) });
