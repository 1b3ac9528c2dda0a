/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A dialog that adds an event to a bundle or changes one: title, kind, dates with their precision,
 * place, participants, mediators, and the outcomes with their status and source. A source is the
 * words selected in the window's reader ("Use Selected Words"), so the dialog leaves the window
 * usable. Saving is one undoable edit; a refusal is shown in the dialog, which stays open. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-document.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_EVENT_EDITOR (briefing_event_editor_get_type ())

G_DECLARE_FINAL_TYPE (BriefingEventEditor, briefing_event_editor, BRIEFING, EVENT_EDITOR, GtkWindow)

/* @parent: a BriefingWindow, whose reader gives sources. @event (nullable): NULL adds one. */
GtkWidget *briefing_event_editor_new  (GtkWindow        *parent,
                                       BriefingDocument *document,
                                       BriefingEvent    *event);
gboolean   briefing_event_editor_save (BriefingEventEditor *self);

G_END_DECLS
