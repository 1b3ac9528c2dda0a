/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application: opens windows for the files it is given, owns the settings and the
 * accelerators. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_APPLICATION (briefing_application_get_type ())

G_DECLARE_FINAL_TYPE (BriefingApplication, briefing_application, BRIEFING, APPLICATION, GtkApplication)

BriefingApplication *briefing_application_new          (void);
/* (nullable): NULL when the settings schema is not installed and no build tree is at hand */
GSettings           *briefing_application_get_settings (BriefingApplication *self);

G_END_DECLS
