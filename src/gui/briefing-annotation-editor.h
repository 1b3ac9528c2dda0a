/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A dialog to write or change one annotation: its colour, note, tags and, for a question, its
 * owner and deadline. It changes nothing itself: "saved" hands the caller an edited copy, which the
 * caller applies with briefing_annotation_store_change() so it can be undone. Closes itself after
 * "saved" and on Cancel or Escape. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-annotation-store.h"
#include "briefing-bundle.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_ANNOTATION_EDITOR (briefing_annotation_editor_get_type ())

G_DECLARE_FINAL_TYPE (BriefingAnnotationEditor, briefing_annotation_editor, BRIEFING, ANNOTATION_EDITOR, GtkWindow)

/* @annotation is the one to edit (the store's own or a copy) or a new one not yet in @store; the
 * editor never changes it. @parent may be NULL; @bundle names parties and targets (nullable). */
BriefingAnnotationEditor *briefing_annotation_editor_new            (GtkWindow                *parent,
                                                                     BriefingAnnotationStore  *store,
                                                                     BriefingBundle           *bundle,
                                                                     BriefingAnnotation       *annotation);
/* "annotation": the annotation given, as it was. (transfer none) */
BriefingAnnotation       *briefing_annotation_editor_get_annotation (BriefingAnnotationEditor *self);
/* "store" and "bundle", as given. (transfer none) */
BriefingAnnotationStore  *briefing_annotation_editor_get_store      (BriefingAnnotationEditor *self);
BriefingBundle           *briefing_annotation_editor_get_bundle     (BriefingAnnotationEditor *self);
/* Whether @annotation is new: @store has no annotation with its id. */
gboolean                  briefing_annotation_editor_get_is_new     (BriefingAnnotationEditor *self);

G_END_DECLS
