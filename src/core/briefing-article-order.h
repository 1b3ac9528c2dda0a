/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Articles newest first, undated ones last in their list's order (briefing_date_compare()'s
 * order, the latest first). A list of articles read on a thread can have its order worked out
 * there and kept with it, so that the window showing it need not: the order is dropped as soon as
 * the list changes. */
#pragma once

#include <gio/gio.h>

#include "briefing-article.h"

G_BEGIN_DECLS

/* The articles of @articles (element-type BriefingArticle), newest first, each with a reference
 * of the array's. */
GPtrArray *briefing_article_order_newest_first (GListModel *articles);
/* Works the order out and keeps it on @articles until they change. Call it before the list is
 * shared with another thread. */
void       briefing_article_order_keep         (GListModel *articles);
/* A reference on the order kept on @articles, or NULL when none is (never kept, or they changed
 * since). It stays whole, and its articles alive, after they change. */
GPtrArray *briefing_article_order_dup_kept     (GListModel *articles);

G_END_DECLS
