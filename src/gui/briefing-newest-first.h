/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A list of articles, newest first, undated ones last in their list's order: a view of another
 * list that takes the order kept with it when it was read (briefing-article-order.h) or sorts it
 * itself, and sorts it anew when it changes. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_NEWEST_FIRST (briefing_newest_first_get_type ())

G_DECLARE_FINAL_TYPE (BriefingNewestFirst, briefing_newest_first, BRIEFING, NEWEST_FIRST, GObject)

BriefingNewestFirst *briefing_newest_first_new       (void);
/* "model" (nullable) (element-type BriefingArticle) */
GListModel          *briefing_newest_first_get_model (BriefingNewestFirst *self);
void                 briefing_newest_first_set_model (BriefingNewestFirst *self,
                                                      GListModel          *model);

G_END_DECLS
