/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The articles of a bundle, newest first, with a filter on headline and publisher. It shows and
 * sets the selected article; the window keeps that in step with the session. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-article.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_ARTICLE_LIST (briefing_article_list_get_type ())

G_DECLARE_FINAL_TYPE (BriefingArticleList, briefing_article_list, BRIEFING, ARTICLE_LIST, GtkWidget)

GtkWidget       *briefing_article_list_new                  (void);
/* "articles" (nullable) (element-type BriefingArticle) */
GListModel      *briefing_article_list_get_articles         (BriefingArticleList *self);
void             briefing_article_list_set_articles         (BriefingArticleList *self,
                                                             GListModel          *articles);
/* "selected-article" (nullable). Setting it selects the article's row and scrolls to it. An
 * article the filter hides stays selected and its row is selected again when it shows. */
BriefingArticle *briefing_article_list_get_selected_article (BriefingArticleList *self);
void             briefing_article_list_set_selected_article (BriefingArticleList *self,
                                                             BriefingArticle     *article);

G_END_DECLS
