/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Articles newest first, undated ones last in their list's order (briefing_date_compare()'s
 * order, the latest first). A list of articles read on a thread can have its order worked out
 * there and kept with it, so that the window showing it need not: the order is dropped as soon as
 * the list changes. */
#pragma once

#include <gio/gio.h>

#include "briefing-article.h"

G_BEGIN_DECLS

/* Positions in @articles (element-type BriefingArticle), newest first; @n_items of them. */
guint       *briefing_article_order_newest_first (GListModel *articles,
                                                  guint      *n_items);
/* Works the order out and keeps it on @articles until they change. Call it before the list is
 * shared with another thread. */
void         briefing_article_order_keep         (GListModel *articles);
/* The order kept on @articles, or NULL when none is (never kept, or they changed since). */
const guint *briefing_article_order_peek         (GListModel *articles,
                                                  guint      *n_items);

G_END_DECLS
