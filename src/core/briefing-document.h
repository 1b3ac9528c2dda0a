/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A bundle the user is editing, as GNOME Text Editor's EditorDocument is a buffer: the bundle, the
 * file it is saved to, whether it has changes not yet saved, and the error a banner shows. Every
 * edit (briefing-bundle-edit.h) is one undo record in the window's BriefingUndoContext, so bundle
 * edits and annotations share one history in the order the user made them. The window owns it. */
#pragma once

#include <gio/gio.h>

#include "briefing-bundle.h"
#include "briefing-undo-context.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_DOCUMENT (briefing_document_get_type ())

G_DECLARE_FINAL_TYPE (BriefingDocument, briefing_document, BRIEFING, DOCUMENT, GObject)

/* @undo (nullable): where edits are recorded; without one they cannot be undone. */
BriefingDocument    *briefing_document_new               (BriefingBundle      *bundle,
                                                          BriefingUndoContext *undo);
/* A new bundle with @title (not empty), in @language (NULL: "en"), created now, with no file. */
BriefingDocument    *briefing_document_new_empty         (const char          *title,
                                                          const char          *language,
                                                          BriefingUndoContext *undo);
BriefingBundle      *briefing_document_get_bundle        (BriefingDocument    *self);
BriefingUndoContext *briefing_document_get_undo_context  (BriefingDocument    *self);
/* "file" (nullable): where Save writes; NULL for a new bundle never saved. */
GFile               *briefing_document_get_file          (BriefingDocument    *self);
/* "title": the bundle's title. */
const char          *briefing_document_get_title         (BriefingDocument    *self);
/* "modified": changes were made since the bundle was read or saved. Undoing them all clears it. */
gboolean             briefing_document_get_modified      (BriefingDocument    *self);
/* "error-message" (nullable): the last save's failure, for a banner; cleared by a good save. */
const char          *briefing_document_get_error_message (BriefingDocument    *self);
void                 briefing_document_set_error_message (BriefingDocument    *self,
                                                          const char          *message);

/* Everything edited between begin and end is one undo record under @label. Groups nest: the
 * outermost label wins. A group with no change records nothing. */
void                 briefing_document_begin_group       (BriefingDocument    *self,
                                                          const char          *label);
void                 briefing_document_end_group         (BriefingDocument    *self);

/* Writes the bundle to @file (a local file), atomically, after checking that what is written reads
 * back as a valid bundle; sets "file" and clears "modified". Nothing is written on failure. */
gboolean             briefing_document_save              (BriefingDocument    *self,
                                                          GFile               *file,
                                                          GError             **error);
/* The same on a worker thread; the bundle is serialised before it returns. */
void                 briefing_document_save_async        (BriefingDocument    *self,
                                                          GFile               *file,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean             briefing_document_save_finish       (BriefingDocument    *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);

G_END_DECLS
