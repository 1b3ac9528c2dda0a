/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Preferences: the interface language (applied when Briefing starts again) and the largest bundle
 * Briefing opens. Every choice is a GSettings key, bound directly. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_PREFERENCES_DIALOG (briefing_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BriefingPreferencesDialog, briefing_preferences_dialog, BRIEFING, PREFERENCES_DIALOG, GtkWindow)

BriefingPreferencesDialog *briefing_preferences_dialog_new (GtkWindow *parent,
                                                            GSettings *settings);

G_END_DECLS
