/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One row of the article list: the headline on up to two lines, the publisher and day, and the
 * source grade. It draws them itself at a height set by its fonts alone, so rebinding it to another
 * article costs a redraw (see briefing-article-row.c). */
#pragma once

#include <gtk/gtk.h>

#include "briefing-article.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_ARTICLE_ROW (briefing_article_row_get_type ())

G_DECLARE_FINAL_TYPE (BriefingArticleRow, briefing_article_row, BRIEFING, ARTICLE_ROW, GtkWidget)

GtkWidget       *briefing_article_row_new         (void);
/* "article" (nullable) */
BriefingArticle *briefing_article_row_get_article (BriefingArticleRow *self);
void             briefing_article_row_set_article (BriefingArticleRow *self,
                                                   BriefingArticle    *article);

G_END_DECLS
