/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tooltips given when GTK asks for them. gtk_widget_set_tooltip_text() on a shown widget asks the
 * X server where the pointer is, a round trip per widget: the rows of a big bundle, made by the
 * hundred, were slow to build for it. A widget given its tooltip here only says that it has one,
 * and gives the text when asked; a screen reader gets the text as the widget's description, as it
 * would from gtk_widget_set_tooltip_text(). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @text: nullable; NULL or empty removes the tooltip */
void        briefing_widget_set_tooltip (GtkWidget  *widget,
                                         const char *text);
/* The text briefing_widget_set_tooltip() gave @widget, or NULL. */
const char *briefing_widget_get_tooltip (GtkWidget  *widget);

G_END_DECLS
