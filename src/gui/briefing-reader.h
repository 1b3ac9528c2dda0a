/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shows one article for reading: headline, byline and text, with the quote of a citation
 * highlighted and scrolled into view. Quote offsets are bytes of briefing_article_get_text() and
 * refer to the article shown; briefing_reader_show_quote() changes both at once. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-article.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_READER (briefing_reader_get_type ())

G_DECLARE_FINAL_TYPE (BriefingReader, briefing_reader, BRIEFING, READER, GtkWidget)

GtkWidget       *briefing_reader_new             (void);
/* "article" (nullable): without one the reader shows a placeholder. */
BriefingArticle *briefing_reader_get_article     (BriefingReader  *self);
void             briefing_reader_set_article     (BriefingReader  *self,
                                                  BriefingArticle *article);
/* "quote-start", "quote-end": byte offsets in the article's text; -1 for no quote. */
gint64           briefing_reader_get_quote_start (BriefingReader  *self);
void             briefing_reader_set_quote_start (BriefingReader  *self,
                                                  gint64           start);
gint64           briefing_reader_get_quote_end   (BriefingReader  *self);
void             briefing_reader_set_quote_end   (BriefingReader  *self,
                                                  gint64           end);
/* Shows @article with the bytes @start..@end highlighted (both -1 for none). */
void             briefing_reader_show_quote      (BriefingReader  *self,
                                                  BriefingArticle *article,
                                                  gint64           start,
                                                  gint64           end);
/* The words highlighted now, as shown in the view; NULL when there is no valid quote. */
const char      *briefing_reader_get_quote_text  (BriefingReader  *self);
/* "zoom": the scale of the text, 1.0 normally; the "reader.zoom-in", "reader.zoom-out" and
 * "reader.zoom-reset" actions change it. */
double           briefing_reader_get_zoom        (BriefingReader  *self);
void             briefing_reader_set_zoom        (BriefingReader  *self,
                                                  double           zoom);

void             briefing_reader_set_annotations (BriefingReader  *self,
                                                  GListModel      *annotations);
gboolean         briefing_reader_get_selection   (BriefingReader  *self,
                                                  gsize           *start,
                                                  gsize           *end);
void             briefing_reader_select          (BriefingReader  *self,
                                                  gsize            start,
                                                  gsize            end);
void             briefing_reader_set_extra_menu  (BriefingReader  *self,
                                                  GMenuModel      *menu);

G_END_DECLS
