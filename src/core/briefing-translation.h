/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Briefing's words in a language chosen for one piece of work, whatever the interface speaks: a
 * briefing exported in Ukrainian from an English window. gettext has one language per process and
 * remembers what it has looked up, so a catalogue is read from Briefing's own .mo file and made
 * current for the calling thread while the work runs. With none current, words come from gettext in
 * the interface's language, as everywhere else. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _BriefingCatalog BriefingCatalog;

/* The catalogue of @language ("uk"), read once and kept. English, the language of the source, has
 * an empty one. Fails with G_IO_ERROR_NOT_FOUND for a language Briefing does not know or whose
 * translations are not installed, and G_IO_ERROR_INVALID_DATA for a damaged file. */
BriefingCatalog *briefing_catalog_get          (const char      *language,
                                                GError         **error);
BriefingCatalog *briefing_catalog_ref          (BriefingCatalog *catalog);
void             briefing_catalog_unref        (BriefingCatalog *catalog);
const char      *briefing_catalog_get_language (BriefingCatalog *catalog);

/* Where the .mo files are: $BRIEFING_LOCALEDIR (tests), else the installed ones, else those of the
 * build tree Briefing was built in (running it before installing). */
const char      *briefing_catalog_locale_dir   (void);

/* Makes @catalog (NULL: the interface's language) current for this thread until the matching pop;
 * pushes nest. */
void             briefing_translation_push     (BriefingCatalog *catalog);
void             briefing_translation_pop      (void);

/* gettext, pgettext and ngettext through the current catalogue. @msgctxtid is "context\004msgid"
 * and @msgidoffset the offset of msgid in it, as for g_dpgettext(). */
const char      *briefing_gettext              (const char      *msgid) G_GNUC_FORMAT (1);
const char      *briefing_pgettext             (const char      *msgctxtid,
                                                gsize            msgidoffset) G_GNUC_FORMAT (1);
/* Like g_dpgettext2(): context and msgid apart, for tables of words. */
const char      *briefing_pgettext2            (const char      *context,
                                                const char      *msgid) G_GNUC_FORMAT (2);
const char      *briefing_ngettext             (const char      *msgid,
                                                const char      *msgid_plural,
                                                gulong           n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingCatalog, briefing_catalog_unref)

G_END_DECLS
