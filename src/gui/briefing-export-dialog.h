/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Export dialog: what goes into a briefing (format, sections, events, parties, cover) and where
 * it is written. It composes the briefing on the main thread, writes it in a thread with a progress
 * bar and a Cancel, and says where the file went or why it could not be written. Modal on the window
 * that opened it; it keeps its own references to the bundle and the annotations it exports. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-annotation-store.h"
#include "briefing-bundle.h"
#include "briefing-export.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_EXPORT_DIALOG (briefing_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BriefingExportDialog, briefing_export_dialog, BRIEFING, EXPORT_DIALOG, GtkWindow)

/* @annotations, @selected_event and @settings may be NULL. With @selected_event the dialog offers
 * to export only that event; with @settings it remembers who prepared the briefing and the folder. */
BriefingExportDialog *briefing_export_dialog_new                 (GtkWindow               *parent,
                                                                  BriefingBundle          *bundle,
                                                                  BriefingAnnotationStore *annotations,
                                                                  BriefingEvent           *selected_event,
                                                                  GSettings               *settings);

BriefingExportFormat  briefing_export_dialog_get_format          (BriefingExportDialog    *self);
void                  briefing_export_dialog_set_format          (BriefingExportDialog    *self,
                                                                  BriefingExportFormat     format);

/* "output-path": the file to write, as chosen with "Choose…" or set here (the file chooser cannot
 * be driven without a person). NULL until one is chosen; Export is insensitive until then. */
const char           *briefing_export_dialog_get_output_path     (BriefingExportDialog    *self);
void                  briefing_export_dialog_set_output_path     (BriefingExportDialog    *self,
                                                                  const char              *path);

/* Fills @options (initialised here; clear it with briefing_export_options_clear()) from the
 * dialog's controls. FALSE, with @options still filled, when they cannot be exported as they are:
 * an invalid date range, no section or no party. */
gboolean              briefing_export_dialog_build_options       (BriefingExportDialog    *self,
                                                                  BriefingExportOptions   *options);

/* "exporting": TRUE while a file is being written. */
gboolean              briefing_export_dialog_get_exporting       (BriefingExportDialog    *self);
/* "last-exported-path": the file the last successful export wrote, or NULL. */
const char           *briefing_export_dialog_get_last_exported_path (BriefingExportDialog *self);
/* "error-message": why the last export failed, or NULL. */
const char           *briefing_export_dialog_get_error_message   (BriefingExportDialog    *self);

G_END_DECLS
