/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The colours of the annotation colour labels, in one table, so highlights in the reader and the
 * swatches of the notes pane and the editor show the same colour. Highlight backgrounds are
 * semi-transparent, with values for light and for dark themes, so the text on them stays readable. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The background of a highlight in @color (one of briefing_annotation_colors), for a light or a
 * @dark theme. FALSE, and @rgba left alone, for NULL or an unknown colour. */
gboolean    briefing_annotation_color_rgba          (const char *color,
                                                     gboolean    dark,
                                                     GdkRGBA    *rgba);
/* The colour's own name, translated ("Yellow"); NULL for an unknown colour. */
const char *briefing_annotation_color_name          (const char *color);
/* Whether @widget is drawn with a dark theme: its text colour is light. */
gboolean    briefing_annotation_color_is_dark_theme (GtkWidget  *widget);

G_END_DECLS
