/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every annotation of the open bundle in one list, newest first, with filters by colour, kind, tag
 * and article and a search through notes, quotes and tags. The pane changes nothing itself: it asks
 * the window, through its signals, to show, edit or delete an annotation, and the window makes the
 * change through the store, with undo. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-annotation-store.h"
#include "briefing-bundle.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_NOTES_PANE (briefing_notes_pane_get_type ())

G_DECLARE_FINAL_TYPE (BriefingNotesPane, briefing_notes_pane, BRIEFING, NOTES_PANE, GtkWidget)

GtkWidget               *briefing_notes_pane_new       (void);
/* "store": the annotations listed, a GListModel of BriefingAnnotation. (nullable) (transfer none) */
BriefingAnnotationStore *briefing_notes_pane_get_store  (BriefingNotesPane       *self);
void                     briefing_notes_pane_set_store  (BriefingNotesPane       *self,
                                                         BriefingAnnotationStore *store);
/* "bundle": names the articles, events, demands and parties annotations refer to. (nullable) */
BriefingBundle          *briefing_notes_pane_get_bundle (BriefingNotesPane       *self);
void                     briefing_notes_pane_set_bundle (BriefingNotesPane       *self,
                                                         BriefingBundle          *bundle);
/* Shows every annotation again: all colours, kinds, tags and articles, no search words. */
void                     briefing_notes_pane_clear_filters (BriefingNotesPane    *self);

G_END_DECLS
