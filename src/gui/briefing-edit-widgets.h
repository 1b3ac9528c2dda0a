/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small pieces the bundle editors share: drop-downs of the format's vocabularies and of the
 * bundle's parties and events, and how a source reads in an editor. Not a widget type. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-bundle.h"

G_BEGIN_DECLS

typedef const char *(*BriefingLabelFunc) (int value);

/* A drop-down of the @n_values labels of an enum, with @selected chosen. */
GtkWidget  *briefing_enum_drop_down_new      (BriefingLabelFunc  label,
                                              guint              n_values,
                                              guint              selected,
                                              const char        *accessible_name);
/* A drop-down of the parties or events of @items (their labels), with the item of @selected_id
 * chosen; @none_label (nullable) adds a first choice for none. */
GtkWidget  *briefing_item_drop_down_new      (GListModel        *items,
                                              const char        *selected_id,
                                              const char        *none_label,
                                              const char        *accessible_name);
/* The id chosen, or NULL for the "none" choice. */
const char *briefing_item_drop_down_get_id   (GtkWidget         *drop_down);
/* "“the quoted words” — Headline", or a word saying there is no source. */
char       *briefing_citation_describe       (BriefingBundle    *bundle,
                                              GPtrArray         *citations);
/* A label with a mnemonic for @widget, at the start of a form row. */
GtkWidget  *briefing_form_label_new          (const char        *text,
                                              GtkWidget         *widget);

/* The menu of an item's edit button: edit, add a demand (parties, events), delete. @item is a
 * party, an event or a demand. (transfer full) */
GMenuModel *briefing_item_menu_new           (GObject           *item);

G_END_DECLS
