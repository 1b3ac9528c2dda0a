/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A dialog that adds a demand to a bundle or changes one: the party making it, its words, its
 * issue, the event where it was first stated, its source, and the responses of other parties
 * (party, event, stance, note, source). Sources are the words selected in the window's reader.
 * Saving is one undoable edit; a refusal is shown in the dialog, which stays open. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-document.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_DEMAND_EDITOR (briefing_demand_editor_get_type ())

G_DECLARE_FINAL_TYPE (BriefingDemandEditor, briefing_demand_editor, BRIEFING, DEMAND_EDITOR, GtkWindow)

/* @demand (nullable): NULL adds one, made by @party_id (nullable) and first stated at @event_id
 * (nullable). */
GtkWidget *briefing_demand_editor_new  (GtkWindow        *parent,
                                        BriefingDocument *document,
                                        BriefingDemand   *demand,
                                        const char       *party_id,
                                        const char       *event_id);
gboolean   briefing_demand_editor_save (BriefingDemandEditor *self);

G_END_DECLS
