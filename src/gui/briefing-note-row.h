/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One annotation as a row of the notes pane: its colour and the colour's meaning, its kind, what it
 * is attached to, the quoted words, the note, its tags, a question's owner and deadline, and a
 * "Detached" badge. The Edit and Delete buttons activate "notes.edit" and "notes.delete" with the
 * annotation's id, which the pane installs. Rows are recycled by the pane's list view. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-annotation-store.h"
#include "briefing-bundle.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_NOTE_ROW (briefing_note_row_get_type ())

G_DECLARE_FINAL_TYPE (BriefingNoteRow, briefing_note_row, BRIEFING, NOTE_ROW, GtkWidget)

GtkWidget               *briefing_note_row_new            (void);
/* "annotation" (nullable) (transfer none) */
BriefingAnnotation      *briefing_note_row_get_annotation (BriefingNoteRow         *self);
void                     briefing_note_row_set_annotation (BriefingNoteRow         *self,
                                                           BriefingAnnotation      *annotation);
/* "store": where colours' meanings are looked up. (nullable) (transfer none) */
BriefingAnnotationStore *briefing_note_row_get_store      (BriefingNoteRow         *self);
void                     briefing_note_row_set_store      (BriefingNoteRow         *self,
                                                           BriefingAnnotationStore *store);
/* "bundle": where article headlines, events, demands and parties are named. (nullable) */
BriefingBundle          *briefing_note_row_get_bundle     (BriefingNoteRow         *self);
void                     briefing_note_row_set_bundle     (BriefingNoteRow         *self,
                                                           BriefingBundle          *bundle);

G_END_DECLS
