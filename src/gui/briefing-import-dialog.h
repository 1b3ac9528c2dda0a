/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Import Article…": where the article comes from — a saved page chosen with the file chooser, or a
 * web address pasted into the entry, checked as it is typed. Emits "import" with the file (a web
 * address as a GFile of its URI) and closes. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_IMPORT_DIALOG (briefing_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BriefingImportDialog, briefing_import_dialog, BRIEFING, IMPORT_DIALOG, GtkWindow)

BriefingImportDialog *briefing_import_dialog_new     (GtkWindow            *parent);
/* The web address typed, as it will be fetched, or NULL while it is not one. (transfer full) */
char                 *briefing_import_dialog_dup_uri (BriefingImportDialog *self);

G_END_DECLS
