/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Open Location…": asks for the web address of a bundle, checks it as it is typed, and emits
 * "open" with it (https:// added when no scheme was typed). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_LOCATION_DIALOG (briefing_location_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BriefingLocationDialog, briefing_location_dialog, BRIEFING, LOCATION_DIALOG, GtkWindow)

BriefingLocationDialog *briefing_location_dialog_new     (GtkWindow              *parent);
/* The address as it will be opened, or NULL while what is typed is not one. (transfer full) */
char                   *briefing_location_dialog_dup_uri (BriefingLocationDialog *self);

/* The web address @text means (https:// added when no scheme was typed), or NULL with @why saying
 * what is wrong with it (NULL too when @text is empty). (transfer full) */
char                   *briefing_location_dialog_check_address (const char  *text,
                                                                char       **why);

G_END_DECLS
