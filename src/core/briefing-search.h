/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Full-text search over a bundle: article headlines and paragraphs, event titles, descriptions and
 * outcomes, demands and parties. The index is built once (off the main thread); queries ignore case
 * and accents ("CIRAGAN" finds "Çırağan") and return results with the match's place in the item. */
#pragma once

#include <gio/gio.h>

#include "briefing-bundle.h"
#include "briefing-enums.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_SEARCH_RESULT (briefing_search_result_get_type ())

G_DECLARE_FINAL_TYPE (BriefingSearchResult, briefing_search_result, BRIEFING, SEARCH_RESULT, GObject)

BriefingSearchKind briefing_search_result_get_kind    (BriefingSearchResult *self);
/* The article, event, demand or party. (transfer none) */
GObject           *briefing_search_result_get_item    (BriefingSearchResult *self);
/* A line of text around the match, with the match between @match_start and @match_end (bytes). */
const char        *briefing_search_result_get_snippet (BriefingSearchResult *self);
void               briefing_search_result_get_snippet_match (BriefingSearchResult *self,
                                                             gsize                *match_start,
                                                             gsize                *match_end);
/* For articles: the match's byte range in briefing_article_get_text(); FALSE for other items and
 * for matches in the headline. */
gboolean           briefing_search_result_get_text_range (BriefingSearchResult *self,
                                                          gsize                *start,
                                                          gsize                *end);

#define BRIEFING_TYPE_SEARCH_INDEX (briefing_search_index_get_type ())

G_DECLARE_FINAL_TYPE (BriefingSearchIndex, briefing_search_index, BRIEFING, SEARCH_INDEX, GObject)

BriefingSearchIndex *briefing_search_index_new          (BriefingBundle       *bundle);
void                 briefing_search_index_new_async    (BriefingBundle       *bundle,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
BriefingSearchIndex *briefing_search_index_new_finish   (GAsyncResult         *result,
                                                         GError              **error);
BriefingBundle      *briefing_search_index_get_bundle   (BriefingSearchIndex  *self);
/* Results in order: parties, events, demands, articles; at most @max_results.
 * (element-type BriefingSearchResult) (transfer full) */
GListModel          *briefing_search_index_query        (BriefingSearchIndex  *self,
                                                         const char           *query,
                                                         guint                 max_results,
                                                         GCancellable         *cancellable);
void                 briefing_search_index_query_async  (BriefingSearchIndex  *self,
                                                         const char           *query,
                                                         guint                 max_results,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GListModel          *briefing_search_index_query_finish (BriefingSearchIndex  *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

G_END_DECLS
