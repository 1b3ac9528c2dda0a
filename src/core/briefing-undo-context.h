/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One undo history for a window. Whatever changes the user's data (an annotation, later an edited
 * bundle) registers a record with the BriefingUndoHandler that can take it back and do it again,
 * so Ctrl+Z works the same everywhere. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_UNDO_HANDLER (briefing_undo_handler_get_type ())

G_DECLARE_INTERFACE (BriefingUndoHandler, briefing_undo_handler, BRIEFING, UNDO_HANDLER, GObject)

struct _BriefingUndoHandlerInterface
{
  GTypeInterface parent_iface;

  void (*undo)      (BriefingUndoHandler *handler,
                     gpointer             data);
  void (*redo)      (BriefingUndoHandler *handler,
                     gpointer             data);
  void (*free_data) (BriefingUndoHandler *handler,
                     gpointer             data);
};

#define BRIEFING_TYPE_UNDO_CONTEXT (briefing_undo_context_get_type ())

/* The oldest records are forgotten beyond this many. */
#define BRIEFING_UNDO_CONTEXT_MAX_RECORDS 500

G_DECLARE_FINAL_TYPE (BriefingUndoContext, briefing_undo_context, BRIEFING, UNDO_CONTEXT, GObject)

BriefingUndoContext *briefing_undo_context_new      (void);
/* Records a change already made. @data belongs to the context (freed through the handler);
 * @label says what it was, for "Undo <label>" ("Add Highlight"). Clears the redo history. */
void                 briefing_undo_context_push     (BriefingUndoContext *self,
                                                     BriefingUndoHandler *handler,
                                                     gpointer             data,
                                                     const char          *label);
gboolean             briefing_undo_context_undo     (BriefingUndoContext *self);
gboolean             briefing_undo_context_redo     (BriefingUndoContext *self);
/* "can-undo", "can-redo", "undo-label", "redo-label" */
gboolean             briefing_undo_context_get_can_undo (BriefingUndoContext *self);
gboolean             briefing_undo_context_get_can_redo (BriefingUndoContext *self);
const char          *briefing_undo_context_get_undo_label (BriefingUndoContext *self);
const char          *briefing_undo_context_get_redo_label (BriefingUndoContext *self);
/* Forgets everything, e.g. when another bundle is opened. */
void                 briefing_undo_context_clear    (BriefingUndoContext *self);

G_END_DECLS
