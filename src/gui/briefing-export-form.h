/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What goes into a briefing, as the Export dialog asks for it: the cover (title, who prepared it,
 * the user's summary), the sections and how annotations are grouped, the events (all, a range of
 * dates, or the selected one) and the parties. It turns the user's choices into
 * BriefingExportOptions and says whether they can be exported. Sections the format cannot carry
 * are shown switched off with a tooltip that says why. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-bundle.h"
#include "briefing-export.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_EXPORT_FORM (briefing_export_form_get_type ())

G_DECLARE_FINAL_TYPE (BriefingExportForm, briefing_export_form, BRIEFING, EXPORT_FORM, GtkWidget)

GtkWidget           *briefing_export_form_new                (void);

/* "bundle": set once; fills in the title, the span of dates and the parties. */
BriefingBundle      *briefing_export_form_get_bundle         (BriefingExportForm   *self);
void                 briefing_export_form_set_bundle         (BriefingExportForm   *self,
                                                              BriefingBundle       *bundle);
/* "selected-event" (nullable): offered as "Only the selected event". */
BriefingEvent       *briefing_export_form_get_selected_event (BriefingExportForm   *self);
void                 briefing_export_form_set_selected_event (BriefingExportForm   *self,
                                                              BriefingEvent        *event);
/* "format": decides which sections can be chosen. */
BriefingExportFormat briefing_export_form_get_format         (BriefingExportForm   *self);
void                 briefing_export_form_set_format         (BriefingExportForm   *self,
                                                              BriefingExportFormat  format);
void                 briefing_export_form_set_prepared_by    (BriefingExportForm   *self,
                                                              const char           *prepared_by);
/* "valid": whether the choices can be exported (a valid range, a section, a party). */
gboolean             briefing_export_form_get_valid          (BriefingExportForm   *self);

/* Fills @options (initialised here; clear it with briefing_export_options_clear()). Returns
 * whether they are valid; @options is filled either way. */
gboolean             briefing_export_form_build_options      (BriefingExportForm    *self,
                                                              BriefingExportOptions *options);

G_END_DECLS
