/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Changing what a bundle holds in place: inserting, removing and replacing items at a position,
 * each emitting "items-changed" on the collection concerned. The editing API
 * (briefing-bundle-edit.h) checks every change and records it for undo; nothing else should call
 * these. */
#pragma once

#include "briefing-bundle.h"

G_BEGIN_DECLS

/* The id of a party, article, event or demand. */
const char *briefing_bundle_item_get_id    (GObject        *item);
/* The collection that holds items of @item's type, or NULL for other types. (transfer none) */
GListStore *briefing_bundle_get_store_for  (BriefingBundle *self,
                                            GObject        *item);
/* Position of @item in its collection; FALSE when the bundle does not hold it. */
gboolean    briefing_bundle_find_item      (BriefingBundle *self,
                                            GObject        *item,
                                            guint          *position);
/* FALSE when the id of @item is taken or @position is past the end. */
gboolean    briefing_bundle_insert_item    (BriefingBundle *self,
                                            GObject        *item,
                                            guint           position);
/* FALSE when the bundle does not hold @item. */
gboolean    briefing_bundle_remove_item    (BriefingBundle *self,
                                            GObject        *item);
/* Puts @replacement, of the same type and id, where @item was. */
gboolean    briefing_bundle_replace_item   (BriefingBundle *self,
                                            GObject        *item,
                                            GObject        *replacement);

G_END_DECLS
