/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What briefing-bundle-edit.c checks before it changes a bundle (briefing-bundle-check.c): the
 * rules of the reader for one item, unique ids, and the words that name an item in a message. */
#pragma once

#include "briefing-bundle-edit.h"

G_BEGIN_DECLS

/* Sets a BRIEFING_EDIT_ERROR on @error and returns FALSE. */
gboolean  briefing_edit_fail          (GError         **error,
                                       int              code,
                                       const char      *format,
                                       ...) G_GNUC_PRINTF (3, 4);
gboolean  briefing_edit_is_empty      (const char      *text);
/* "the event “Talks in Istanbul”", for messages. (transfer full) */
char     *briefing_edit_describe      (GObject         *item);
gboolean  briefing_edit_check_new_id  (BriefingBundle  *bundle,
                                       const char      *id,
                                       GError         **error);
/* Whether @item, a party, article, event or demand, is valid in @bundle; sets the anchors of its
 * citations. */
gboolean  briefing_edit_check_item    (BriefingBundle  *bundle,
                                       GObject         *item,
                                       GError         **error);

G_END_DECLS
