/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A small round swatch in an annotation colour label's colour, the same colour the reader
 * highlights with. It only decorates: a word beside it (the colour's meaning) says which label it
 * is. Without a colour it is an empty ring. CSS node "annotationswatch", with the style classes
 * "annotation-color" and the colour's name ("yellow"), or "none". */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_ANNOTATION_SWATCH (briefing_annotation_swatch_get_type ())

G_DECLARE_FINAL_TYPE (BriefingAnnotationSwatch, briefing_annotation_swatch, BRIEFING, ANNOTATION_SWATCH, GtkWidget)

GtkWidget  *briefing_annotation_swatch_new       (const char               *color);
/* "color": one of briefing_annotation_colors, or NULL for none. */
const char *briefing_annotation_swatch_get_color (BriefingAnnotationSwatch *self);
void        briefing_annotation_swatch_set_color (BriefingAnnotationSwatch *self,
                                                  const char               *color);

G_END_DECLS
