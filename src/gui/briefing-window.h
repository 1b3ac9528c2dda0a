/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A window showing one bundle. It loads bundles off the main thread and keeps the bundle it has
 * when a new one fails to load. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-bundle.h"
#include "briefing-document.h"
#include "briefing-session.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_WINDOW (briefing_window_get_type ())

G_DECLARE_FINAL_TYPE (BriefingWindow, briefing_window, BRIEFING, WINDOW, GtkApplicationWindow)

BriefingWindow *briefing_window_new           (GtkApplication *application);
void            briefing_window_open          (BriefingWindow *self,
                                               GFile          *file);
/* Fetches the bundle at @uri (http or https), then loads it as briefing_window_open() loads a file. */
void            briefing_window_open_location (BriefingWindow *self,
                                               const char     *uri);
/* The session every view of the window binds to. (transfer none) */
BriefingSession *briefing_window_get_session  (BriefingWindow *self);
/* (nullable) (transfer none) */
BriefingBundle *briefing_window_get_bundle    (BriefingWindow *self);
/* The message of the last failed load, or NULL. */
const char     *briefing_window_get_error_message (BriefingWindow *self);
gboolean        briefing_window_get_loading   (BriefingWindow *self);
/* The bundle shown, as the user edits it. (nullable) (transfer none) */
BriefingDocument *briefing_window_get_document (BriefingWindow *self);
/* Shows a new, empty bundle called @title, to be saved with Save As. */
void            briefing_window_new_bundle    (BriefingWindow *self,
                                               const char     *title);
/* Imports the news page @file (a local file, or an http(s) address as a GFile of its URI): reads or
 * fetches it with the loading banner's progress and Cancel, proposes what it says against the bundle
 * open (a new bundle when none is) and shows the review dialog; "Add to Bundle" adds the accepted
 * proposals as one undo step. */
void            briefing_window_import_article (BriefingWindow *self,
                                                GFile          *file);
/* Saves the bundle to @file in the background, as Save As does once a file is chosen. */
void            briefing_window_save_to_file  (BriefingWindow *self,
                                               GFile          *file);
/* The words selected in the reader as a citation of the open article; NULL when none are. */
BriefingCitation *briefing_window_dup_selected_citation (BriefingWindow  *self,
                                                         GError         **error);
/* Prints the whole briefing as "win.print" does, to a PDF file instead of a printer. */
gboolean        briefing_window_print_to_file (BriefingWindow *self,
                                               const char     *path,
                                               GError        **error);

G_END_DECLS
