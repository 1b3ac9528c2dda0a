/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application: opens windows for the files it is given, owns the settings and the
 * accelerators. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-annotation-store.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_APPLICATION (briefing_application_get_type ())

G_DECLARE_FINAL_TYPE (BriefingApplication, briefing_application, BRIEFING, APPLICATION, GtkApplication)

BriefingApplication *briefing_application_new          (void);
/* (nullable): NULL when the settings schema is not installed and no build tree is at hand */
GSettings           *briefing_application_get_settings (BriefingApplication *self);
/* Bundles opened most recently, newest first, as URIs. (element-type GtkStringObject) */
GListModel          *briefing_application_get_recent   (BriefingApplication *self);
void                 briefing_application_add_recent   (BriefingApplication *self,
                                                        GFile               *file);
BriefingAnnotationStore *briefing_application_get_annotation_store (BriefingApplication *self,
                                                                    const char          *bundle_id);
/* The sample bundle: installed, or in the source tree when Briefing runs from its build. */
GFile               *briefing_application_dup_sample   (void);

G_END_DECLS
